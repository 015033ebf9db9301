/**
 * The service's logs: pino. On a terminal they are pretty, one human line per record (pino-pretty,
 * in this thread so nothing is lost at exit); otherwise one JSON object per line, for machines.
 * LOG_FORMAT=pretty|json overrides the choice.
 */
import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

/** How log records are written. */
export type LogFormat = 'pretty' | 'json';

/**
 * @param requested - LOG_FORMAT (`pretty`, `json`, or empty for the default)
 * @param isTty - whether stdout is a terminal
 * @returns pretty on a terminal, JSON otherwise, unless one was asked for
 * @throws Error naming LOG_FORMAT when it is neither
 */
export function logFormat(requested: string | undefined, isTty: boolean): LogFormat {
  if (requested === undefined || requested === '') return isTty ? 'pretty' : 'json';
  if (requested === 'pretty' || requested === 'json') return requested;
  throw new Error(`LOG_FORMAT must be "pretty" or "json", got "${requested}"`);
}

/**
 * @param level - pino level (`info` by default; `silent` for tests)
 * @param format - `json` (the default) or `pretty`
 * @param destination - where pretty lines go (default stdout)
 * @returns the service logger
 */
export function createLogger(
  level: string = 'info',
  format: LogFormat = 'json',
  destination?: NodeJS.WritableStream,
): Logger {
  const options = { level, base: { service: 'pathwise-api' } };
  if (format === 'json') return pino(options);
  return pino(
    options,
    pretty({
      sync: true,
      colorize: destination === undefined ? process.stdout.isTTY === true : false,
      translateTime: 'SYS:HH:MM:ss.l',
      ignore: 'pid,hostname,service',
      singleLine: true,
      ...(destination ? { destination } : {}),
    }),
  );
}

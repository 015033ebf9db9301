/**
 * The service's logs: pino. On a terminal they are pretty, one human line per record (pino-pretty,
 * in this thread so nothing is lost at exit); otherwise one JSON object per line, for machines.
 * LOG_FORMAT=pretty|json overrides the choice. Every line passes through the redactor (redact.ts) on
 * its way out, so no URI credential or secret setting reaches the log, whichever field, message or
 * stack trace carries it.
 */
import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';
import { redactor, secretsFromEnv } from './redact.js';

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
 * @param destination - where lines go (default stdout)
 * @param secrets - values never to log (default: NEO4J_PASSWORD and the API keys of process.env)
 * @returns the logger
 */
export function createLogger(
  level = 'info',
  format: LogFormat = 'json',
  destination?: NodeJS.WritableStream,
  secrets: readonly string[] = secretsFromEnv(process.env),
): Logger {
  const redact = redactor(secrets);
  const target = destination ?? process.stdout;
  // A stream that redacts each finished line (fields, message and serialised errors) on its way out.
  const redacted = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      target.write(redact(chunk.toString()));
      done();
    },
  });
  const options = { level, base: { service: 'pathwise-api' } };
  if (format === 'json') return pino(options, redacted);
  return pino(
    options,
    pretty({
      sync: true,
      colorize: destination === undefined ? process.stdout.isTTY === true : false,
      translateTime: 'SYS:HH:MM:ss.l',
      ignore: 'pid,hostname,service',
      singleLine: true,
      destination: redacted,
    }),
  );
}

/**
 * Structured logs: pino, one JSON object per line on stdout.
 */
import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * @param level - pino level (`info` by default; `silent` for tests)
 * @returns the service logger
 */
export function createLogger(level: string = 'info'): Logger {
  return pino({ level, base: { service: 'pathwise-api' } });
}

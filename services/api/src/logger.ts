/**
 * Structured logs: pino, one JSON object per line on stdout. Every line passes through the redactor
 * (redact.ts) on its way out, so no URI credential or secret setting reaches the log, whichever field,
 * message or stack trace carries it.
 */
import { pino, type Logger } from 'pino';
import { redactor, secretsFromEnv } from './redact.js';

export type { Logger };

/**
 * @param level - pino level (`info` by default; `silent` for tests)
 * @param secrets - values never to log (default: NEO4J_PASSWORD and the API keys of process.env)
 * @returns the service logger
 */
export function createLogger(
  level: string = 'info',
  secrets: readonly string[] = secretsFromEnv(process.env),
): Logger {
  const redact = redactor(secrets);
  // A destination object: pino hands it each finished line (fields, message and serialised errors).
  const destination = { write: (line: string): void => void process.stdout.write(redact(line)) };
  return pino({ level, base: { service: 'pathwise-api' } }, destination);
}

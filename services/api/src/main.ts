/**
 * The GraphQL service entry point (`pnpm start`): reads the environment, opens the store, starts the
 * server, and stops gracefully on SIGTERM / SIGINT. Start-up faults are logged as one record and
 * exit with status 1 (no stack trace on the console).
 */
import { parseApiKeys } from './api-keys.js';
import { readConfig } from './config.js';
import { createLogger, logFormat } from './logger.js';
import { openStore } from './open-store.js';
import { startServer } from './start-server.js';
import { stopOnSignals } from './stop-on-signals.js';

const isTty = process.stdout.isTTY === true;
// Until the configuration is read (and LOG_FORMAT checked), a malformed LOG_FORMAT counts as unset.
const bootFormat = process.env.LOG_FORMAT === 'json' || process.env.LOG_FORMAT === 'pretty';
const bootLogger = createLogger(
  process.env.LOG_LEVEL || 'info',
  logFormat(bootFormat ? process.env.LOG_FORMAT : undefined, isTty),
);

async function main(): Promise<void> {
  const config = readConfig(process.env);
  const logger = createLogger(config.logLevel, logFormat(config.logFormat, isTty));
  // The handlers go in before anything starts. The "ready" line is written synchronously, and a
  // signal that came between it and a later `process.on` would find no listener: Node's default
  // action then ends the process by the signal, and `pnpm start` reports the signal instead of
  // status 0 (seen once under load in test/api/logs.test.ts). A signal during start-up stops the
  // server as soon as it has started.
  const serve = stopOnSignals(logger);
  const apiKeys = parseApiKeys(config.apiKeys);
  const store = await openStore(config, logger);
  const started = startServer({
    store,
    port: config.port,
    host: config.host,
    apiKeys,
    limits: config.limits,
    logger,
    planWorkers: config.planWorkers,
    serverTiming: config.serverTiming,
  }).catch(async (error: unknown) => {
    await store.close();
    throw error;
  });
  serve(started);
  await started;
}

main().catch((err: unknown) => {
  const faults = (err as { faults?: unknown }).faults;
  bootLogger.fatal(
    { code: (err as { code?: unknown }).code, faults, message: (err as Error).message },
    'cannot start the service',
  );
  process.exitCode = 1;
  setTimeout(() => process.exit(1), 5000).unref();
});

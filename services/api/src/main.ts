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

/** What a signal stops. */
interface Stoppable {
  stop(): Promise<void>;
}

/**
 * Stops the server gracefully on the first SIGTERM / SIGINT, once it has started (a start-up
 * failure is main's to report). A second signal forces the exit. Under a package manager (`pnpm
 * start`), each Ctrl-C comes twice: from the terminal and passed on by pnpm, so one more is expected
 * before forcing.
 * @param logger - the service's logger
 * @returns a function to call with the server's start, once it is under way
 */
function stopOnSignals(
  logger: ReturnType<typeof createLogger>,
): (started: Promise<Stoppable>) => void {
  let serve!: (started: Promise<Stoppable>) => void;
  const started = new Promise<Stoppable>((resolve) => (serve = resolve));
  // A start-up failure is main's to report, not an unhandled rejection here.
  started.catch(() => undefined);
  const forwarded = process.env.npm_lifecycle_event ? 1 : 0;
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (++signals > 1 + forwarded) process.exit(1);
    if (signals > 1) return;
    logger.info({ signal }, 'shutting down');
    // Once stopped, the process ends by itself when the log is flushed; the unref'd timer only
    // forces the exit if some library left a handle open.
    const leave = (code: number): void => {
      process.exitCode = code;
      setTimeout(() => process.exit(code), 5000).unref();
    };
    started.then(
      (server) =>
        server.stop().then(
          () => leave(0),
          (err: unknown) => {
            logger.error({ err }, 'shutdown failed');
            leave(1);
          },
        ),
      () => undefined,
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return serve;
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

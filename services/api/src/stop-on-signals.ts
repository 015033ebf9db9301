/**
 * How the service stops on SIGTERM / SIGINT: gracefully on the first, by force on one more than a
 * package manager passes on, and always by an explicit exit once stopped.
 */
import type { Logger } from './logger.js';

/** What a signal stops. */
export interface Stoppable {
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
export function stopOnSignals(logger: Logger): (started: Promise<Stoppable>) => void {
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
    // Once stopped, the process exits explicitly when the log is flushed, not by the event loop
    // running dry: a natural end closes Node's signal handlers some milliseconds before the process
    // is gone, and a Ctrl-C that pnpm passes on late (under load) landing there ends the process by
    // the signal, which pnpm reports as a failure (CI saw `pnpm start` end with no status). Through
    // process.exit the handlers stay to the end; test/api/signal-exit.test.ts shows both.
    const leave = (code: number): void => {
      process.exitCode = code;
      process.stdout.write('', () => process.exit(code));
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

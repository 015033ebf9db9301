/**
 * A process that stops on SIGINT as the service does, with a heap of 3x10^6 objects so that the
 * end of the process takes a while: `stop-on-signals` (argv[2] = `service`) or the event loop left
 * to run dry (`natural`, the way the service ended before). It writes `ready` once it listens for
 * signals and `exiting` when the process begins to end (its 'exit' event). Run by
 * test/api/signal-exit.test.ts.
 */
// Plain JavaScript on the built service (`pnpm test` builds first): a loader such as tsx adds a
// thread of its own whose end closes the gap this file is about.
import { createLogger } from '../../../services/api/dist/logger.js';
import { stopOnSignals } from '../../../services/api/dist/stop-on-signals.js';

const heap = [];
for (let i = 0; i < 3_000_000; i++) heap.push({ i, s: `x${i}` });
globalThis.heap = heap;

const keepAlive = setTimeout(() => undefined, 600_000);
const stop = async () => {
  clearTimeout(keepAlive);
};
process.on('exit', () => process.stdout.write('exiting\n'));
if (process.argv[2] === 'natural') {
  process.on('SIGINT', () => void stop());
} else {
  stopOnSignals(createLogger('silent'))(Promise.resolve({ stop }));
}
process.stdout.write('ready\n');

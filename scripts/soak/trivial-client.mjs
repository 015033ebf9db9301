// The soak's measuring client: trivial plans timed from a worker thread of their own, so their
// latencies are the service's and not the wait for the soak's own busy event loop (it also runs
// a dozen load clients and parses their answers). The worker follows the service across restarts
// (the soak posts each new URL, and the deadline once it is known) and reports its latencies, tallies,
// unanswered requests and own event-loop delay at the end.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Soak, trivialPlans } from './workload.mjs';

if (!isMainThread && workerData?.trivialClient) {
  const soak = new Soak(workerData.deadline);
  soak.url = workerData.url;
  parentPort.on('message', (message) => {
    if ('url' in message) soak.url = message.url;
    if ('deadline' in message) soak.deadline = message.deadline;
  });
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  await trivialPlans(soak);
  delay.disable();
  parentPort.postMessage({
    requests: soak.requests,
    errors: soak.errors,
    unanswered: soak.unanswered,
    trivialMs: soak.trivialMs,
    trivialAt: soak.trivialAt,
    trivialTiming: soak.trivialTiming,
    eventLoopDelayMs: {
      p99: Math.round(delay.percentile(99) / 1e5) / 10,
      max: Math.round(delay.max / 1e5) / 10,
    },
  });
  parentPort.close();
}

/**
 * Runs the trivial-plan client in a worker thread until the soak's deadline, then adds its results to
 * the soak's tallies.
 * @param soak - the soak (its URL changes are passed on)
 * @returns a promise of the client's own event-loop delay (p99 and max, milliseconds)
 */
export function trivialClient(soak) {
  const worker = new Worker(new URL(import.meta.url), {
    workerData: { trivialClient: true, deadline: soak.deadline, url: soak.url },
  });
  soak.onChange((change) => worker.postMessage(change));
  return new Promise((resolve, reject) => {
    worker.once('message', (result) => {
      soak.requests += result.requests;
      soak.unanswered.push(...result.unanswered);
      for (const [code, n] of Object.entries(result.errors))
        soak.errors[code] = (soak.errors[code] ?? 0) + n;
      soak.trivialMs.push(...result.trivialMs);
      soak.trivialAt.push(...result.trivialAt);
      soak.trivialTiming.push(...result.trivialTiming);
      resolve(result.eventLoopDelayMs);
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`the trivial-plan client's thread exited (${code}) without its results`)),
    );
  });
}

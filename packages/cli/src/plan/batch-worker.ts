/**
 * The body of one batch worker thread: builds its own planner once from the catalog the main thread
 * validated (received by structured clone in workerData, so it is neither parsed nor validated
 * again) and, when shared, the compiled snapshot of its index (read in place: not compiled), then
 * answers each chunk of lines it is sent with answerBatchLines, the same function the main thread
 * uses alone.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createPlanner, readIndexSnapshot } from '@pathwise/engine';
import { answerBatchLines } from './answer-batch-lines.js';
import type { ChunkRequest, WorkerInit } from './batch-pool.js';

const init = workerData as WorkerInit;
const compiled = init.shared
  ? readIndexSnapshot(new Uint8Array(init.shared.snapshot), init.shared.key, { shared: true })
  : undefined;
const planner = createPlanner(init.catalog, { compiled });
parentPort!.on('message', (request: ChunkRequest) => {
  parentPort!.postMessage({
    seq: request.seq,
    answer: answerBatchLines(request.chunk, planner, init.defaults, init.format),
  });
});

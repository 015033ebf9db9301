/**
 * The body of one batch worker thread: compiles its own planner once from the catalog the main thread
 * validated (received by structured clone in workerData, so it is neither parsed nor validated
 * again), then answers each chunk of lines it is sent with answerBatchLines, the same function the
 * main thread uses alone.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createPlanner } from '@pathwise/engine';
import { answerBatchLines } from './answer-batch-lines.js';
import type { ChunkRequest, WorkerInit } from './batch-pool.js';

const init = workerData as WorkerInit;
const planner = createPlanner(init.catalog);
parentPort!.on('message', (request: ChunkRequest) => {
  parentPort!.postMessage({
    seq: request.seq,
    answer: answerBatchLines(request.chunk, planner, init.defaults, init.format),
  });
});

/**
 * The body of one batch worker thread: builds its own planner once from the catalog the main thread
 * validated, either shared with its compiled snapshot (read in place: not compiled, credentials
 * decoded on demand, engine's shared-catalog.ts) or received by structured clone; then answers each
 * chunk of lines it is sent with answerBatchLines, the same function the main thread uses alone.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createPlanner, readSharedCatalog, solverFor } from '@pathwise/engine';
import { answerBatchLines } from './answer-batch-lines.js';
import type { ChunkRequest, WorkerInit } from './batch-pool.js';

const init = workerData as WorkerInit;
const shared = init.shared && readSharedCatalog(init.shared.catalog, init.shared.key);
const catalog = shared ? shared.catalog : init.catalog!;
// Messages sent while the solver loads wait in the port until the listener below is attached.
const mip = await solverFor(catalog);
const planner = createPlanner(catalog, { ...shared?.options, mip });
parentPort!.on('message', (request: ChunkRequest) => {
  parentPort!.postMessage({
    seq: request.seq,
    answer: answerBatchLines(request.chunk, planner, init.defaults, init.format),
  });
});

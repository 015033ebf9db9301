/**
 * A pool of worker threads for `plan --batch`, each with its own planner over the same catalog. A
 * chunk of lines goes to the worker with the fewest chunks in hand; its answer comes back as a
 * promise. With its compact index, the catalog goes to the workers once, in shared memory (engine's
 * shared-catalog.ts): the index as a compiled snapshot every worker's planner reads in place, the
 * JSON with each credential's span, decoded by a worker only when its planner reads that credential.
 * No worker compiles, parses the whole catalog or holds a copy of it. Without the index, the
 * validated catalog goes to each worker by structured clone, and each compiles it. Nobody validates
 * the catalog twice. A worker that dies fails its chunks (a fault
 * of Pathwise, exit 1), never silently.
 */
import { randomBytes } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { Catalog } from '@pathwise/core';
import { shareCatalog, type CompactIndex, type SharedCatalog } from '@pathwise/engine';
import type { BatchDefaults } from './batch-line.js';
import type { BatchChunk, BatchFormat, ChunkAnswer } from './answer-batch-lines.js';

/** What each worker starts from. */
export interface WorkerInit {
  /** The validated catalog, when it is not shared. */
  catalog?: Catalog;
  defaults: BatchDefaults;
  format: BatchFormat;
  /** The catalog with its compiled snapshot in shared memory, and the key it is bound to. */
  shared?: { catalog: SharedCatalog; key: Uint8Array };
}

/** A message to a worker: a chunk and its sequence number. */
export interface ChunkRequest {
  seq: number;
  chunk: BatchChunk;
}

interface Pending {
  resolve(answer: ChunkAnswer): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

// Built code runs dist/plan/batch-worker.js. The sources (benches under tsx) run the .ts beside this,
// through a first script that registers tsx in the worker: Node 20 does not apply the parent's
// `--import tsx` to a worker thread's own modules, even when passed in its execArgv.
const fromSource = import.meta.url.endsWith('.ts');

function startWorker(workerData: WorkerInit): Worker {
  if (!fromSource) return new Worker(new URL('./batch-worker.js', import.meta.url), { workerData });
  const entry = JSON.stringify(new URL('./batch-worker.ts', import.meta.url).href);
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  return new Worker(`import(${tsx}).then((t) => { t.register(); return import(${entry}); })`, {
    eval: true,
    workerData,
    execArgv: ['--conditions=source'],
  });
}

/** Worker threads answering chunks of batch lines. */
export class BatchWorkerPool {
  private readonly slots: Slot[] = [];
  private seq = 0;

  /**
   * @param size - how many worker threads (at least 1)
   * @param init - the validated catalog, the batch's defaults and the output format
   * @param compiled - the catalog's compact index, shared with every worker (absent: each compiles)
   */
  constructor(size: number, init: WorkerInit & { catalog: Catalog }, compiled?: CompactIndex) {
    let sent: WorkerInit = init;
    if (compiled) {
      const key = randomBytes(32);
      const { catalog, ...rest } = init;
      sent = { ...rest, shared: { catalog: shareCatalog(catalog, key, compiled), key } };
    }
    for (let i = 0; i < size; i++) {
      const slot: Slot = {
        worker: startWorker(sent),
        pending: new Map(),
      };
      slot.worker.on('message', (reply: { seq: number; answer: ChunkAnswer }) => {
        const waiting = slot.pending.get(reply.seq);
        slot.pending.delete(reply.seq);
        waiting?.resolve(reply.answer);
      });
      const fail = (error: Error): void => {
        for (const waiting of slot.pending.values()) waiting.reject(error);
        slot.pending.clear();
      };
      slot.worker.on('error', fail);
      slot.worker.on('exit', (code) => fail(new Error(`a batch worker stopped (exit ${code})`)));
      this.slots.push(slot);
    }
  }

  /**
   * @param chunk - lines to answer
   * @returns their answers, from whichever worker had the least to do
   */
  answer(chunk: BatchChunk): Promise<ChunkAnswer> {
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const seq = this.seq++;
    return new Promise((resolve, reject) => {
      slot.pending.set(seq, { resolve, reject });
      slot.worker.postMessage({ seq, chunk } satisfies ChunkRequest);
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

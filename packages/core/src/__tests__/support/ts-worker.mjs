// Worker entry for tests: loads the TypeScript module named in workerData.module through tsx (from
// the worker's execArgv). Node 20 does not apply module hooks inside workers, so, as piscina falls
// back to, the module is required: tsx's require hook compiles it.
import { createRequire } from 'node:module';
import { workerData } from 'node:worker_threads';

createRequire(import.meta.url)(workerData.module);

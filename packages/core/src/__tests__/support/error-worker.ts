// A worker thread for revive-error.test.ts: throws the error its data names, then posts what the
// error's toJSON() gives back to the parent (through structured clone, as piscina does).
import { parentPort, workerData } from 'node:worker_threads';
import {
  CatalogInvalidError,
  InvalidInputError,
  PathwiseError,
  UnknownCredentialError,
  type CatalogFault,
} from '../../index.js';

const { kind, faults } = workerData as { kind: string; faults: CatalogFault[] };

function fail(): never {
  if (kind === 'catalog') throw new CatalogInvalidError(faults);
  if (kind === 'unknown') throw new UnknownCredentialError('ghost');
  if (kind === 'input') throw new InvalidInputError('asOf must be a calendar date');
  throw new PathwiseError('TIMEOUT', 'out of time', { cause: new Error('inner') });
}

try {
  fail();
} catch (error) {
  parentPort!.postMessage((error as PathwiseError).toJSON());
}

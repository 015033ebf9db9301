// Errors across a boundary: each PathwiseError class thrown in a real worker thread, posted as its
// toJSON(), comes back as the same class with its code, message and fields; JSON text round-trips
// too; data that is not a serialised PathwiseError is refused.
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CatalogInvalidError,
  InvalidInputError,
  PathwiseError,
  UnknownCredentialError,
  isSerialisedError,
  reviveError,
  type CatalogFault,
} from '../index.js';

const faults: CatalogFault[] = [
  { code: 'DANGLING_CREDENTIAL', path: 'credentials[1].requires', message: 'no such', ids: ['x'] },
  { code: 'CYCLE', path: 'credentials[2].requires', message: 'cycle', ids: ['a', 'b'] },
];

/** @returns what the worker posted after throwing the error `kind` names */
function throwInWorker(kind: string): Promise<unknown> {
  // As piscina does: the worker imports the TypeScript module once tsx (from execArgv) is registered.
  const worker = new Worker(new URL('./support/ts-worker.mjs', import.meta.url), {
    workerData: {
      module: fileURLToPath(new URL('./support/error-worker.ts', import.meta.url)),
      kind,
      faults,
    },
    execArgv: ['--conditions=source', '--import', 'tsx'],
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (data) => {
      void worker.terminate();
      resolve(data);
    });
    worker.once('error', reject);
  });
}

describe('reviveError across a worker thread', () => {
  it('rebuilds a CatalogInvalidError with every fault', async () => {
    const error = reviveError((await throwInWorker('catalog')) as never);
    expect(error).toBeInstanceOf(CatalogInvalidError);
    expect(error).toMatchObject({
      name: 'CatalogInvalidError',
      code: 'CATALOG_INVALID',
      message: 'catalog is invalid: 2 faults',
      faults,
    });
  });

  it('rebuilds an UnknownCredentialError with its id and an InvalidInputError', async () => {
    const unknown = reviveError((await throwInWorker('unknown')) as never);
    expect(unknown).toBeInstanceOf(UnknownCredentialError);
    expect(unknown).toMatchObject({ code: 'UNKNOWN_CREDENTIAL', id: 'ghost' });
    const input = reviveError((await throwInWorker('input')) as never);
    expect(input).toBeInstanceOf(InvalidInputError);
    expect(input).toMatchObject({ code: 'INVALID_INPUT', message: 'asOf must be a calendar date' });
  });

  it('rebuilds a plain PathwiseError with its code, without the cause', async () => {
    const data = await throwInWorker('timeout');
    expect(data).toEqual({ name: 'PathwiseError', code: 'TIMEOUT', message: 'out of time' });
    const error = reviveError(data as never);
    expect(error.constructor).toBe(PathwiseError);
    expect(error).toMatchObject({ code: 'TIMEOUT', message: 'out of time' });
  });
});

describe('reviveError', () => {
  it('round-trips through JSON text, keeping the exact message', () => {
    const original = new UnknownCredentialError('ghost');
    original.message = 'reworded by the sender';
    const revived = reviveError(JSON.parse(JSON.stringify(original)));
    expect(revived).toBeInstanceOf(UnknownCredentialError);
    expect(revived.toJSON()).toEqual(original.toJSON());
  });

  it('uses a registered reviver for a subclass core does not know, else the base class', () => {
    class Special extends PathwiseError {
      constructor() {
        super('CONFLICT', 'special');
      }
    }
    const data = new Special().toJSON();
    expect(data.name).toBe('Special');
    expect(reviveError(data, { Special: () => new Special() })).toBeInstanceOf(Special);
    const plain = reviveError(data);
    expect(plain.constructor).toBe(PathwiseError);
    expect(plain).toMatchObject({ code: 'CONFLICT', message: 'special' });
  });

  it('recognises only data with a known code, a name and a message', () => {
    expect(isSerialisedError(new InvalidInputError('x').toJSON())).toBe(true);
    expect(isSerialisedError({ name: 'Error', code: 'ENOENT', message: 'x' })).toBe(false);
    expect(isSerialisedError({ message: 'x' })).toBe(false);
    expect(isSerialisedError({ name: 'E', code: 'CYCLE', message: 'x' })).toBe(false);
    expect(
      isSerialisedError({ name: 'E', code: 'CONFLICT', message: 'x', faults: 'not a list' }),
    ).toBe(false);
    expect(isSerialisedError(null)).toBe(false);
  });
});

// The planning pool's error path across its real worker threads: a planner error thrown in a worker
// reaches the service as the same PathwiseError subclass with its code and fields (core's toJSON /
// reviveError), and anything else as a plain Error that names the worker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidInputError, PathwiseError, UnknownCredentialError } from '@pathwise/core';
import { betweenCatalog } from '@pathwise/test-support';
import { PlanPool } from '../plan-pool.js';
import { shareCatalog } from '../plan-task.js';

let pool: PlanPool;
beforeAll(() => {
  pool = new PlanPool(1);
});
afterAll(async () => {
  await pool?.close();
});

describe('PlanPool errors', () => {
  const shared = shareCatalog(betweenCatalog(), 'v1');

  it('plans in the worker', async () => {
    const { plan } = await pool.plan('v1', shared, { target: 'cert', asOf: '2026-01-01' });
    expect(plan.steps.map((s) => s.credential)).toEqual(['slow', 'cert']);
  });

  it('rebuilds an unknown credential as UnknownCredentialError with its id', async () => {
    const error: unknown = await pool.plan('v1', shared, { target: 'ghost' }).catch((e) => e);
    expect(error).toBeInstanceOf(UnknownCredentialError);
    expect(error).toMatchObject({ code: 'UNKNOWN_CREDENTIAL', id: 'ghost' });
  });

  it('rebuilds a malformed query as InvalidInputError with its message', async () => {
    const error: unknown = await pool
      .plan('v1', shared, { target: 'cert', asOf: '2026-02-30' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).message).toMatch(/2026-02-30/);
  });

  it('reports a fault that is not a PathwiseError as a plain Error', async () => {
    // The shared document's first byte is no longer JSON: the worker's parse fails (a SyntaxError).
    const broken = shareCatalog(betweenCatalog(), 'broken');
    new Uint8Array(broken.json)[0] = 0x23;
    const error: unknown = await pool.plan('broken', broken, { target: 'cert' }).catch((e) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(PathwiseError);
    expect((error as Error).message).toMatch(/^planning worker: /);
  });
});

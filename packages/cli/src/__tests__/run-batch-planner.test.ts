// runBatch with the real planner: order kept over more lines than one output chunk, bad lines
// answered in place, and a fault of the planner itself reported as INTERNAL without stopping the batch.
import { describe, expect, it } from 'vitest';
import type { Catalog } from '@pathwise/core';
import { createPlanner } from '@pathwise/engine';
import type { Planner } from '@pathwise/engine';
import type { CliIo } from '../io.js';
import { runBatch } from '../plan/run-batch.js';

const catalog: Catalog = {
  format: 'pathwise.catalog/v1',
  credentials: [
    { id: 'a', name: 'A', kind: 'course', cost: 10, durationWeeks: 2 },
    { id: 'b', name: 'B', kind: 'course', cost: 30, durationWeeks: 1 },
    {
      id: 't',
      name: 'T',
      kind: 'certificate',
      cost: 5,
      durationWeeks: 1,
      requires: { any: ['a', 'b'] },
    },
  ],
};
const defaults = { asOf: '2026-06-01', objective: 'cheapest' as const };
const capture = (): CliIo & { text: () => string; writes: number } => {
  const chunks: string[] = [];
  return {
    out: (t) => void chunks.push(t),
    err: () => undefined,
    readText: () => Promise.reject(new Error('no files here')),
    text: () => chunks.join(''),
    get writes() {
      return chunks.length;
    },
  };
};

describe('runBatch', () => {
  it('keeps input order over 1,200 lines and answers bad lines in place', () => {
    const lines = Array.from({ length: 1200 }, (_, i) =>
      i % 100 === 7
        ? '{oops'
        : JSON.stringify({ target: i % 2 ? 't' : 'a', objective: i % 3 ? 'cheapest' : 'fastest' }),
    );
    const io = capture();
    const outcome = runBatch(`${lines.join('\n')}\n`, createPlanner(catalog), defaults, io);
    expect(outcome).toEqual({ lines: 1200, errors: 12, internal: 0 });
    expect(io.writes).toBeGreaterThan(1);
    const out = io
      .text()
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(1200);
    out.forEach((o, i) => {
      if (i % 100 === 7) expect(o).toMatchObject({ error: { code: 'INVALID_INPUT' } });
      else
        expect(o).toMatchObject({
          target: i % 2 ? 't' : 'a',
          objective: i % 3 ? 'cheapest' : 'fastest',
        });
    });
    expect(out[1]).toMatchObject({ totalCost: 15 });
    expect(out[3]).toMatchObject({ objective: 'fastest', totalWeeks: 2 });
  });

  it('reports a fault of the planner as INTERNAL on its line and goes on', () => {
    const real = createPlanner(catalog);
    const failing: Planner = {
      index: real.index,
      plan: (q) => {
        if (q.target === 'b') throw new TypeError('boom');
        return real.plan(q);
      },
    };
    const io = capture();
    const outcome = runBatch('{"target":"b"}\n{"target":"t"}', failing, defaults, io);
    expect(outcome).toEqual({ lines: 2, errors: 1, internal: 1 });
    const [first, second] = io
      .text()
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(first).toMatchObject({ error: { code: 'INTERNAL' } });
    expect(second).toMatchObject({ target: 't', totalCost: 15 });
  });
});

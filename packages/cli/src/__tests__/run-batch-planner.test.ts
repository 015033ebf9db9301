// runBatch with the real planner: order kept over more lines than one output chunk, bad lines
// answered in place, and a fault of the planner itself reported as INTERNAL without stopping the batch.
import { describe, expect, it } from 'vitest';
import type { Catalog } from '@pathwise/core';
import { createPlanner } from '@pathwise/engine';
import type { Planner } from '@pathwise/engine';
import type { CliIo } from '../io.js';
import { batchSummary, runBatch } from '../plan/run-batch.js';

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
  it('keeps input order over 1,200 lines and answers bad lines in place', async () => {
    const lines = Array.from({ length: 1200 }, (_, i) =>
      i % 100 === 7
        ? '{oops'
        : JSON.stringify({ target: i % 2 ? 't' : 'a', objective: i % 3 ? 'cheapest' : 'fastest' }),
    );
    const io = capture();
    const outcome = await runBatch(`${lines.join('\n')}\n`, createPlanner(catalog), defaults, io);
    expect(outcome).toMatchObject({ lines: 1200, errors: 12, internal: 0 });
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

  it('reports a fault of the planner as INTERNAL on its line and goes on', async () => {
    const real = createPlanner(catalog);
    const failing: Planner = {
      index: real.index,
      frontier: (q) => real.frontier(q),
      plan: (q) => {
        if (q.target === 'b') throw new TypeError('boom');
        return real.plan(q);
      },
    };
    const io = capture();
    const outcome = await runBatch('{"target":"b"}\n{"target":"t"}', failing, defaults, io);
    expect(outcome).toMatchObject({ lines: 2, errors: 1, internal: 1 });
    const [first, second] = io
      .text()
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(first).toMatchObject({ error: { code: 'INTERNAL' } });
    expect(second).toMatchObject({ target: 't', totalCost: 15 });
  });

  it('passes each value to the engine, whose errors answer the line (INVALID_INPUT)', async () => {
    const lines = [
      ['no target', '{"have":[]}'],
      ['a bad objective', '{"target":"t","objective":"slowest"}'],
      ['have not an array', '{"target":"t","have":"a"}'],
      ['a bad date', '{"target":"t","asOf":"2026-02-30"}'],
      ['a negative maxWeeks', '{"target":"t","maxWeeks":-1}'],
      ['a string maxCost', '{"target":"t","maxCost":"500"}'],
      ['exclude not a list of ids', '{"target":"t","exclude":"a"}'],
      ['zero weeklyHours', '{"target":"t","weeklyHours":0}'],
      ['a string weeklyHours', '{"target":"t","weeklyHours":"10"}'],
    ];
    const io = capture();
    const outcome = await runBatch(
      lines.map(([, l]) => l).join('\n'),
      createPlanner(catalog),
      defaults,
      io,
    );
    expect(outcome).toMatchObject({ lines: lines.length, errors: lines.length, internal: 0 });
    const codes = io
      .text()
      .trimEnd()
      .split('\n')
      .map((l, i) => [lines[i]![0], (JSON.parse(l) as { error: { code: string } }).error.code]);
    expect(codes).toEqual(lines.map(([label]) => [label, 'INVALID_INPUT']));
  });

  it('skips blank lines, keeps ids, writes CSV, and suggests near ids', async () => {
    const io = capture();
    const text = '{"id":"x","target":"t"}\n\n  \n{"id":2,"target":"tt"}\n';
    const outcome = await runBatch(text, createPlanner(catalog), defaults, io, {
      format: 'csv',
    });
    expect(outcome).toEqual({
      lines: 2,
      blank: 2,
      feasible: 1,
      infeasible: 0,
      errors: 1,
      internal: 0,
    });
    expect(io.text()).toMatchInlineSnapshot(`
      "line,id,target,objective,feasible,optimal,totalCost,totalWeeks,bound,peakWeeklyHours,steps,reason,errorCode,errorMessage
      1,x,t,cheapest,true,true,15,3,,0,a t,,,
      4,2,,,,,,,,,,,UNKNOWN_CREDENTIAL,"line 4: unknown credential ""tt"". Did you mean ""t""?"
      "
    `);
    expect(batchSummary(outcome)).toBe(
      'batch: 2 queries: 1 feasible, 0 infeasible, 1 error; 2 blank lines skipped\n',
    );
  });
});

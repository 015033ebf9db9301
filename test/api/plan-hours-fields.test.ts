// The weekly-hours fields of plans over HTTP (a real server on a free port): PlanStep's hoursPerWeek,
// startDate and endDate, Plan's peakWeeklyHours and its 40-hour warning (only without a budget),
// PlanInput.startDate (a bad date is BAD_USER_INPUT naming it), totals without float noise, and
// reachable / pathways under weeklyHours: a four-exam, 360-hour path that fits 26 weeks only when
// hours are ignored is dropped at 10 hours a week, and each weeks figure says whether it is proven.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, Credential } from '@pathwise/core';
import { startTestApi, errorCodes, type TestApi } from './helpers/api-server.js';

const course = (i: number): Credential => ({
  id: `c${i}`,
  name: `Course ${i}`,
  kind: 'course',
  cost: 0.1,
  durationWeeks: 1,
  effortHours: 6,
});
const exam = (i: number): Credential => ({
  id: `exam${i}`,
  name: `Exam ${i}`,
  kind: 'assessment',
  cost: 100,
  durationWeeks: 2,
  effortHours: 90,
});
const catalog: Catalog = {
  format: 'pathwise.catalog/v1',
  credentials: [
    ...Array.from({ length: 8 }, (_, i) => course(i)),
    {
      id: 'cert',
      name: 'Certificate',
      kind: 'certificate',
      cost: 0.2,
      durationWeeks: 0,
      requires: { all: Array.from({ length: 8 }, (_, i) => `c${i}`) },
    },
    ...Array.from({ length: 4 }, (_, i) => exam(i)),
    {
      id: 'board-path',
      name: 'Four-exam certification',
      kind: 'certification',
      cost: 0,
      durationWeeks: 0,
      requires: { all: ['exam0', 'exam1', 'exam2', 'exam3'] },
    },
    {
      id: 'short',
      name: 'Short course',
      kind: 'certification',
      cost: 50,
      durationWeeks: 2,
      effortHours: 20,
    },
  ],
};

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(catalog);
});
afterAll(async () => {
  await api?.stop();
});

const PLAN = `query ($hours: Float, $start: String) {
  plan(input: { target: "cert", asOf: "2026-06-01", weeklyHours: $hours, startDate: $start }) {
    totalCost totalWeeks peakWeeklyHours warnings
    steps { credential { id } startWeek endWeek hoursPerWeek startDate endDate }
  }
}`;

describe('plan hours fields over HTTP', () => {
  it('gives each step its load and dates, the peak, and warns past 40 h/week only without a budget', async () => {
    const free = await api.gql(PLAN, {});
    expect(free.errors).toBeUndefined();
    const plan = (free.data as any).plan;
    expect(plan.peakWeeklyHours).toBe(48);
    expect(plan.warnings).toHaveLength(1);
    expect(plan.warnings[0]).toMatch(/^peak load 48 hours a week is more than 40/);
    // 8 × 0.1 + 0.2 sums to 1.0000000000000002 in floating point: shown as 1, as the CLI does.
    expect(plan.totalCost).toBe(1);
    const c0 = plan.steps.find((s: any) => s.credential.id === 'c0');
    expect(c0).toEqual({
      credential: { id: 'c0' },
      startWeek: 0,
      endWeek: 1,
      hoursPerWeek: 6,
      startDate: '2026-06-01',
      endDate: '2026-06-08',
    });

    const paced = await api.gql(PLAN, { hours: 12, start: '2026-09-07' });
    expect(paced.errors).toBeUndefined();
    const p = (paced.data as any).plan;
    expect(p.peakWeeklyHours).toBe(12);
    expect(p.warnings).toEqual([]);
    expect(p.totalWeeks).toBe(4);
    const first = p.steps.reduce((a: any, s: any) => (s.startWeek < a.startWeek ? s : a));
    expect(first.startDate).toBe('2026-09-07');
    expect(p.steps.find((s: any) => s.credential.id === 'cert').endDate).toBe('2026-10-05');
  });

  it('refuses a startDate that is not a date with BAD_USER_INPUT naming the field', async () => {
    const res = await api.gql(PLAN, { start: '2026-02-30' });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.message).toMatch(/startDate/);
  });
});

const REACH = `query ($hours: Float, $weeks: Float = 26) {
  reachable(from: [], maxWeeks: $weeks, asOf: "2026-06-01", kinds: ["certification"], weeklyHours: $hours) {
    credential { id } totalWeeks objective optimal undecided weeksProven peakWeeklyHours
  }
}`;
const PATHWAYS = `query ($hours: Float) {
  pathways(target: "board-path", asOf: "2026-06-01", weeklyHours: $hours) {
    objective feasible optimal totalWeeks weeksProven peakWeeklyHours
  }
}`;

describe('reachable and pathways under weeklyHours', () => {
  it('drops the 360-hour path from a 26-week answer at 10 hours a week', async () => {
    const free = await api.gql(REACH, {});
    expect(free.errors).toBeUndefined();
    const ids = (r: any): string[] => r.reachable.map((x: any) => x.credential.id).sort();
    expect(ids(free.data)).toEqual(['board-path', 'short']);
    const board = (free.data as any).reachable.find((x: any) => x.credential.id === 'board-path');
    expect([board.totalWeeks, board.weeksProven, board.peakWeeklyHours]).toEqual([2, true, 180]);

    const paced = await api.gql(REACH, { hours: 10 });
    expect(paced.errors).toBeUndefined();
    expect((paced.data as any).reachable).toEqual([
      {
        credential: { id: 'short' },
        totalWeeks: 2,
        objective: 'CHEAPEST',
        optimal: true,
        undecided: false,
        weeksProven: true,
        peakWeeklyHours: 10,
      },
    ]);
  });

  it('lists the path at 10 hours a week when the deadline leaves its 36 weeks', async () => {
    const res = await api.gql(REACH, { hours: 10, weeks: 40 });
    expect(res.errors).toBeUndefined();
    const board = (res.data as any).reachable.find((x: any) => x.credential.id === 'board-path');
    expect(board).toEqual({
      credential: { id: 'board-path' },
      totalWeeks: 36,
      objective: 'CHEAPEST',
      optimal: true,
      undecided: false,
      weeksProven: true,
      peakWeeklyHours: 10,
    });
  });

  it('refuses a weeklyHours out of range with BAD_USER_INPUT naming it', async () => {
    const res = await api.gql(REACH, { hours: 0 });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.message).toMatch(/weeklyHours/);
  });

  it('schedules pathways under the hours and says whether the weeks are proven', async () => {
    const free = (await api.gql(PATHWAYS, {})).data as any;
    expect(free.pathways.map((p: any) => [p.objective, p.totalWeeks, p.weeksProven])).toEqual([
      ['CHEAPEST', 2, true],
      ['FASTEST', 2, true],
    ]);
    const res = await api.gql(PATHWAYS, { hours: 10 });
    expect(res.errors).toBeUndefined();
    const paced = (res.data as any).pathways;
    // 4 exams × 90 hours at 10 hours a week: 36 weeks, proven (the hours bound meets the schedule).
    expect(paced.map((p: any) => [p.objective, p.totalWeeks, p.peakWeeklyHours])).toEqual([
      ['CHEAPEST', 36, 10],
      ['FASTEST', 36, 10],
    ]);
    const fastest = paced[1];
    expect(fastest.weeksProven).toBe(fastest.optimal);
    expect(fastest.weeksProven).toBe(true);
  });
});

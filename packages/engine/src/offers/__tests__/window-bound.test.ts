// The window bound (window-bound.ts) and its catalog (window-catalog.ts) on hand-worked cases: a
// monthly subscription that pays a1 -> a2 (3 + 3 weeks) or b1 -> b2 (2 + 2 weeks) toward a
// certificate, where only the shorter chain fits one month (52/12 weeks).
import { describe, expect, it } from 'vitest';
import type { Catalog, Credential } from '@pathwise/core';
import { CATALOG_FORMAT } from '@pathwise/core';
import { compileIndex } from '../../compile/compact-index.js';
import { Workspace } from '../../compile/workspace.js';
import type { CompiledOffer } from '../offer-table.js';
import { windowBound, type WindowBoundInput } from '../window-bound.js';
import { windowCatalog, withinWeeks } from '../window-catalog.js';

const MONTH = 52 / 12;

const course = (id: string, cost: number, weeks: number, requires?: string): Credential => ({
  id,
  name: id,
  kind: 'course',
  cost,
  durationWeeks: weeks,
  ...(requires === undefined ? {} : { requires }),
});

const catalog: Catalog = {
  format: CATALOG_FORMAT,
  credentials: [
    course('a1', 100, 3),
    course('a2', 100, 3, 'a1'),
    course('b1', 101, 2),
    course('b2', 100, 2, 'b1'),
    { ...course('cert', 10, 1), credits: 2, requires: { any: ['a2', 'b2'] } },
  ],
};
const index = compileIndex(catalog);
const int = (id: string): number => index.idOf.get(id)!;
const monthly: CompiledOffer = {
  id: 'monthly',
  provider: undefined,
  price: 49,
  periodWeeks: MONTH,
  prices: new Map([
    [int('a1'), 0],
    [int('a2'), 0],
    [int('b1'), 1],
    [int('b2'), 0],
  ]),
  requires: undefined,
};

/**
 * The bound for S = {monthly}, fixed 49, the month paying freely (least 10: a1, a2 and cert), and
 * the ids of the sets its searches found.
 */
function found(total: number, held: string[] = [], exclude: string[] = []): [number, string[][]] {
  const ws = new Workspace(index);
  ws.setHeld(held.map(int));
  const input: WindowBoundInput = {
    ws,
    cone: ws.cone(int('cert')),
    exclude: exclude.map(int),
    taken: [monthly],
    offer: monthly,
    fixed: 49,
    least: 10,
    total,
    stopAt: Infinity,
    now: () => 0,
  };
  const { bound, sets } = windowBound(input);
  return [bound, sets.map((plan) => plan.set.map((c) => index.ids[c]!).sort())];
}
const bound = (total: number, held?: string[], exclude?: string[]): number =>
  found(total, held, exclude)[0];

describe('windowBound', () => {
  it('sees that one month cannot pay both a1 and a2: the b chain, 49 + 1 + 10 = 60', () => {
    // The set's own bound is 49 + 10 = 59; a1 -> a2 takes 6 weeks, over a month. The search's plan
    // for one month is the b chain.
    expect(found(60)).toEqual([60, [['b1', 'b2', 'cert']]]);
    // Two months (98 + 10) already reach a plan of 100: the least over k is one month's 60.
    expect(bound(100)).toBe(60);
  });

  it('says which steps of its plan run within the span, for the offer to pay', () => {
    const ws = new Workspace(index);
    const base = { ws, cone: ws.cone(int('cert')), exclude: [], taken: [monthly], offer: monthly };
    const { sets } = windowBound({
      ...base,
      fixed: 49,
      least: 10,
      total: 60,
      stopAt: Infinity,
      now: () => 0,
    });
    expect(sets.map((p) => p.within.map((c) => index.ids[c]!).sort())).toEqual([['b1', 'b2']]);
  });

  it('stops at the first number of months that leaves the plan unproven', () => {
    // A plan of 61 is not proven by one month (60): the bound is that, not a later month's.
    expect(bound(61)).toBe(60);
  });

  it('keeps held credentials held: with a1 held, a2 alone fits a month (49 + 10)', () => {
    expect(found(60, ['a1'])).toEqual([59, [['a2', 'cert']]]);
  });

  it('honours exclusions: without b1, one month costs 49 + 100 + 10, two 98 + 10', () => {
    // Two months: the periods alone reach the plan of 108, so only one month is searched.
    expect(found(108, [], ['b1'])).toEqual([108, [['a1', 'a2', 'cert']]]);
    expect(bound(200, [], ['b1'])).toBe(108);
  });

  it('with no best plan to reach, stops at the first number of months it bounds', () => {
    // One month's 60 is below any total: the least over k is found at k = 1.
    expect(bound(Infinity)).toBe(60);
  });

  it('ends once a span holds every step the offer saves on, though no plan exists', () => {
    // Without a1 and b1 no plan reaches cert: the spans of 1 and 2 months find none (Infinity). 3
    // months (13 weeks) hold all 10 weeks of a1, a2, b1 and b2: from there on the bound is the
    // periods and the set's least step cost, 3 × 49 + 10, and no search is run (its none would give
    // 4 × 49 + 10). Without that end the loop would search ever longer spans.
    expect(found(Infinity, [], ['a1', 'b1'])).toEqual([157, []]);
  });
});

describe('windowCatalog', () => {
  it('makes a choice of copies only where the offer saves, each copy with the requirement', () => {
    const ws = new Workspace(index);
    ws.setHeld([int('a1')]);
    const cone = ws.cone(int('cert'));
    const w = windowCatalog({
      index,
      cone,
      isHeld: (c) => ws.isHeld(c),
      outside: (c) => index.cost[c]!,
      inside: (c) => monthly.prices.get(c) ?? index.cost[c]!,
    });
    const byId = new Map(w.catalog.credentials.map((c) => [c.id, c]));
    const a2 = int('a2');
    const [outside, within] = w.copiesOf(a2);
    expect(byId.get(w.idOf(a2))).toMatchObject({ cost: 0, durationWeeks: 0 });
    expect(byId.get(w.idOf(a2))!.requires).toEqual({ any: [outside, within] });
    expect(byId.get(outside!)).toMatchObject({ cost: 100, durationWeeks: 0 });
    expect(byId.get(within!)).toMatchObject({ cost: 0, durationWeeks: 3 });
    expect(byId.get(within!)!.requires).toBe(w.idOf(int('a1')));
    // The certificate: no saving, one copy, no weeks, its credits kept; a1 is held, named once.
    expect(w.copiesOf(int('cert'))).toEqual([]);
    expect(byId.get(w.idOf(int('cert')))).toMatchObject({ cost: 10, durationWeeks: 0, credits: 2 });
    expect(w.held).toEqual([w.idOf(int('a1'))]);
  });

  it('counts as within weeks exactly the weeks of its within copies', () => {
    const ws = new Workspace(index);
    const cone = ws.cone(int('cert'));
    const prices = {
      outside: (c: number) => index.cost[c]!,
      inside: (c: number) => monthly.prices.get(c) ?? index.cost[c]!,
    };
    const w = windowCatalog({ index, cone, isHeld: (c) => ws.isHeld(c), ...prices });
    const copies = w.catalog.credentials.filter((_, i) => w.within[i] === 1);
    // a1, a2, b1 and b2: 3 + 3 + 2 + 2 weeks; the certificate (no saving) counts none.
    expect(copies.reduce((s, c) => s + c.durationWeeks, 0)).toBe(10);
    expect(withinWeeks(index, cone, prices)).toBe(10);
  });
});

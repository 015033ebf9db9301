/**
 * The cheapest plan with offers for one query as a mixed-integer programme over the target's cone,
 * in continuous time, for the MIP solver of the portfolio (mip-proof.ts). Exact for the queries it
 * is built for (mipScope): cheapest, no weekly hours, no start days in the cone, no deadline or cost
 * budget, no sponsor.
 *
 * Columns, per cone credential c (local l): x (earned, binary) and s (start week); per requirement
 * group g: y (met, binary) and m (met week), and per child of an `any`, `atLeast` or `credits` group
 * a binary u (counted). Per usable offer o: t (taken); per credential it lowers the price of, z
 * (o pays c); for a periodic offer also n (periods, integer) and a, b (its span's start and end).
 * Rows: the target earned; an earned credential's requirement met, and its start at least the week
 * it is met (big-M on x); a group met as its kind says, at the latest of what it counts; z ≤ t,
 * Σ_o z ≤ x; a periodic offer's span around every step it pays, and n·P ≥ span (to the pricing's
 * tolerance, offer-pricing.ts). Minimise Σ own(c)·x + Σ (price − own)·z + one-off prices·t +
 * periodic prices·n.
 *
 * Big M is the cone's total weeks plus one: a week in which no step runs can be cut out of any
 * schedule without lengthening any offer's span, so some optimum finishes within it.
 *
 * Under a weekly-hours budget H the same programme, given `hours`, is a relaxation: its optimum is a
 * lower bound on every plan's cost, and its solutions are not plans. Each step lasts its fewest weeks
 * under H instead of durationWeeks, and each periodic offer o gets one more row: Σ effort(c)·z(o, c)
 * ≤ H·P·n, since every step o pays runs inside its span, each spends its effortHours there however it
 * is stretched, and together they load at most H a week. Any plan under H maps to a solution costing
 * no more: each step cut to its fewest weeks from the same start (no requirement is met later, no span
 * grows), then the weeks in which no step runs cut out; o still bills the plan's periods. Start days,
 * deadlines and cost budgets are left out (they only remove plans).
 */
import type { CompactIndex } from '../compile/compact-index.js';
import { GROUP_ALL, GROUP_ANY, GROUP_CREDITS, GROUP_REF } from '../compile/compact-index.js';
import type { Workspace } from '../compile/workspace.js';
import { MipModel, type MipTerm } from '../mip/mip-model.js';
import { EPS } from '../numeric/tolerance.js';
import type { CompiledOffer } from './offer-table.js';

/** A built programme and where its columns are. */
export interface OffersProgramme {
  readonly model: MipModel;
  /** Column of x, by cone local index. */
  readonly x: Int32Array;
  /** Column of s, by cone local index. */
  readonly s: Int32Array;
  /** Each z: the offer, the cone local index it pays, and its column. */
  readonly pays: readonly Pay[];
  /** Column of n (periods billed) by periodic offer. */
  readonly periods: ReadonlyMap<CompiledOffer, number>;
}

/** A column z: `offer` pays the credential at cone local index `local`. */
export interface Pay {
  readonly offer: CompiledOffer;
  readonly local: number;
  readonly col: number;
}

/** The budget of a relaxed programme (see the file's comment). */
export interface ProgrammeHours {
  /** H, hours a week. */
  readonly hours: number;
  /** effortHours by credential int. */
  readonly effort: ArrayLike<number>;
  /** Each credential's fewest weeks under H, by credential int. */
  readonly weeks: ArrayLike<number>;
}

/** A requirement's met indicator and met week as linear expressions. */
interface Met {
  /** Column of its indicator; -1: always met (held). */
  readonly y: number;
  /** Its met week: Σ terms + constant. */
  readonly week: readonly MipTerm[];
  readonly weekConst: number;
}

const HELD: Met = { y: -1, week: [], weekConst: 0 };

/**
 * @param ws - the workspace with the query's held set and the cone of `order`
 * @param order - the cone in post-order (target last)
 * @param exclude - credential ints that may not be earned
 * @param usable - the offers the query may take
 * @param hours - a weekly-hours budget: the programme is then its relaxation (a lower bound only)
 * @returns the programme
 */
export function offersProgramme(
  ws: Workspace,
  order: Int32Array,
  exclude: readonly number[],
  usable: readonly CompiledOffer[],
  hours?: ProgrammeHours,
): OffersProgramme {
  const index = ws.index;
  const { cost } = index;
  const duration = hours?.weeks ?? index.duration;
  const model = new MipModel();
  let big = 1;
  for (const c of order) big += duration[c]!;
  const barred = new Set(exclude);
  const x = new Int32Array(order.length);
  const s = new Int32Array(order.length);
  for (let l = 0; l < order.length; l++) {
    const c = order[l]!;
    const last = l === order.length - 1;
    x[l] = model.column(cost[c]!, last ? 1 : 0, barred.has(c) && !last ? 0 : 1, true);
    s[l] = model.column(0, 0, big, false);
  }
  const credentialMet = (c: number): Met => {
    if (ws.isHeld(c)) return HELD;
    const l = ws.local(c);
    return { y: x[l]!, week: [{ col: s[l]!, k: 1 }], weekConst: duration[c]! };
  };
  const groups = groupMets(index, order, model, big, credentialMet);
  const met = (ref: number): Met => (ref < GROUP_REF ? credentialMet(ref) : groups.get(ref)!);
  for (let l = 0; l < order.length; l++) {
    const r = index.req[order[l]!]!;
    if (r >= 0) gate(model, big, x[l]!, s[l]!, met(r));
  }
  const periods = new Map<CompiledOffer, number>();
  const pays = offerColumns(model, big, { ws, duration, hours }, usable, barred, x, s, periods);
  return { model, x, s, pays, periods };
}

/**
 * `col ≤ y(met)` and, when `col` is 1, `week ≥ met week` (big-M). The one place a requirement's
 * rows are written: for an earned credential (col x, week s) and a counted child (col u or y).
 */
function gate(model: MipModel, big: number, col: number, week: number, m: Met): void {
  if (m.y < 0) return; // held: met at week 0, every week ≥ 0
  model.row(
    [
      { col, k: 1 },
      { col: m.y, k: -1 },
    ],
    -Infinity,
    0,
  );
  // week − met − big·col ≥ −big + const
  const terms: MipTerm[] = [
    { col: week, k: 1 },
    { col, k: -big },
  ];
  for (const t of m.week) terms.push({ col: t.col, k: -t.k });
  model.row(terms, m.weekConst - big, Infinity);
}

/**
 * The rows of every requirement group the cone's credentials reach, children before parents
 * (an explicit stack: nesting comes from user data).
 * @returns each group ref's Met
 */
function groupMets(
  index: CompactIndex,
  order: Int32Array,
  model: MipModel,
  big: number,
  credentialMet: (c: number) => Met,
): Map<number, Met> {
  const { groupKind, groupParam, groupStart, groupChildren, credits } = index;
  const done = new Map<number, Met>();
  const stack: number[] = [];
  for (const c of order) if (index.req[c]! >= GROUP_REF) stack.push(index.req[c]!);
  while (stack.length > 0) {
    const ref = stack[stack.length - 1]!;
    if (done.has(ref)) {
      stack.pop();
      continue;
    }
    const g = ref - GROUP_REF;
    const from = groupStart[g]!;
    const to = groupStart[g + 1]!;
    let ready = true;
    for (let i = from; i < to; i++) {
      const child = groupChildren[i]!;
      if (child >= GROUP_REF && !done.has(child)) {
        stack.push(child);
        ready = false;
      }
    }
    if (!ready) continue;
    stack.pop();
    const y = model.binary();
    const m = model.column(0, 0, big, false);
    const kind = groupKind[g]!;
    const child = (i: number): Met => {
      const r = groupChildren[i]!;
      return r >= GROUP_REF ? done.get(r)! : credentialMet(r);
    };
    if (kind === GROUP_ALL) {
      for (let i = from; i < to; i++) gate(model, big, y, m, child(i));
    } else {
      // any: 1, atLeast: k, credits: n of the counted children's credits.
      const need = kind === GROUP_ANY ? 1 : groupParam[g]!;
      const count: MipTerm[] = [{ col: y, k: -need }];
      for (let i = from; i < to; i++) {
        const u = model.binary();
        const r = groupChildren[i]!;
        count.push({ col: u, k: kind === GROUP_CREDITS ? credits[r]! : 1 });
        gate(model, big, u, m, child(i));
      }
      model.row(count, 0, Infinity);
    }
    done.set(ref, { y, week: [{ col: m, k: 1 }], weekConst: 0 });
  }
  return done;
}

/** The offers' columns and rows (see the file's comment). @returns the z columns */
function offerColumns(
  model: MipModel,
  big: number,
  cone: { ws: Workspace; duration: ArrayLike<number>; hours: ProgrammeHours | undefined },
  usable: readonly CompiledOffer[],
  barred: ReadonlySet<number>,
  x: Int32Array,
  s: Int32Array,
  periods: Map<CompiledOffer, number>,
): Pay[] {
  const { ws, duration, hours } = cone;
  const { cost } = ws.index;
  const paidBy = new Map<number, MipTerm[]>();
  const pays: Pay[] = [];
  for (const o of usable) {
    const period = o.periodWeeks;
    const t = model.binary(period === undefined ? o.price : 0);
    let a = -1;
    let b = -1;
    let n = -1;
    // Under a budget: H·P·n − Σ effort·z ≥ −EPS·P·H (the span to periodsBilled's tolerance).
    const energy: MipTerm[] = [];
    if (period !== undefined) {
      n = model.column(o.price, 0, Math.ceil(big / period) + 1, true);
      periods.set(o, n);
      a = model.column(0, 0, big, false);
      b = model.column(0, 0, big, false);
      model.row(
        [
          { col: n, k: 1 },
          { col: t, k: -1 },
        ],
        0,
        Infinity,
      );
      // n·P ≥ b − a, to periodsBilled's tolerance: ceil(span / P − EPS)
      model.row(
        [
          { col: n, k: period },
          { col: b, k: -1 },
          { col: a, k: 1 },
        ],
        -EPS * period,
        Infinity,
      );
    }
    for (const [c, price] of o.prices) {
      const l = ws.local(c);
      if (l < 0 || barred.has(c) || ws.isHeld(c) || price >= cost[c]!) continue;
      const z = model.binary(price - cost[c]!);
      pays.push({ offer: o, local: l, col: z });
      model.row(
        [
          { col: z, k: 1 },
          { col: t, k: -1 },
        ],
        -Infinity,
        0,
      );
      const list = paidBy.get(l) ?? [];
      list.push({ col: z, k: 1 });
      paidBy.set(l, list);
      if (period === undefined) continue;
      if (hours !== undefined && hours.effort[c]! > 0)
        energy.push({ col: z, k: -hours.effort[c]! });
      // a ≤ s + big(1 − z);  b ≥ s + dur − big(1 − z)
      model.row(
        [
          { col: a, k: 1 },
          { col: s[l]!, k: -1 },
          { col: z, k: big },
        ],
        -Infinity,
        big,
      );
      model.row(
        [
          { col: b, k: 1 },
          { col: s[l]!, k: -1 },
          { col: z, k: -big },
        ],
        duration[c]! - big,
        Infinity,
      );
    }
    if (hours !== undefined && period !== undefined && energy.length > 0) {
      const perPeriod = hours.hours * period;
      model.row([{ col: n, k: perPeriod }, ...energy], -EPS * perPeriod, Infinity);
    }
  }
  for (const [l, zs] of paidBy) model.row([...zs, { col: x[l]!, k: -1 }], -Infinity, 0);
  return pays;
}

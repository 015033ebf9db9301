/**
 * The page's query as URL parameters, so a link restores it: view, goal, holdings, hours a week,
 * start date, budget, deadline, current earnings, months to keep the goal valid, the chosen plan (a
 * card or a frontier point); and the board's limits, hours a week, upkeep months and sponsor.
 */
import { isDate, today } from '../dates.js';

/** Which view is shown. */
export type View = 'learner' | 'board' | 'publisher';

/** Which plan drives the timeline: one of the two cards, or a frontier point by its index. */
export type Chosen = 'cheapest' | 'fastest' | number;

/** A learner's query. */
export interface LearnerQuery {
  goal: string;
  have: string[];
  /** YYYY-MM-DD earned dates of holdings, by id, when known (`have=id@date` in the URL). */
  earnedOn: Record<string, string>;
  hours: number;
  start: string;
  budget: number | null;
  deadline: string | null;
  /** Annual earnings now, for the plans' payback (`earnings` in the URL); null when not given. */
  earnings: number | null;
  /** Months the goal must stay valid once earned (`keepFor` in the URL); null when not given. */
  keepFor: number | null;
  chosen: Chosen;
}

/** A board's query. */
export interface BoardQuery {
  have: string[];
  maxCost: number | null;
  maxWeeks: number | null;
  kinds: string;
  /** Study hours a week each member has (`hours` in the URL); null when not given. */
  hours: number | null;
  /** Months each credential must stay valid once earned (`keepFor`); null when not given. */
  keepFor: number | null;
  /** What a sponsor pays per member, in dollars (`sponsor`); null when there is none. */
  sponsor: number | null;
}

/** Default hours a week. */
export const DEFAULT_HOURS = 10;

/**
 * @param value - a field's or parameter's text
 * @returns the number when it is one above 0, else null
 */
export function positiveNumber(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : null;
}
/**
 * @param value - a field's or parameter's text
 * @returns the number when it is a finite one >= 0, else null
 */
export function nonNegativeNumber(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/** `plan=` in the URL: cheapest, fastest, or frontier-N (N from 1, the N-th frontier point). */
function readChosen(value: string | null): Chosen {
  if (value === 'fastest') return 'fastest';
  const point = /^frontier-([1-9]\d{0,3})$/.exec(value ?? '');
  return point ? Number(point[1]) - 1 : 'cheapest';
}

const list = (value: string | null): string[] =>
  value ? value.split(',').filter((s) => s.length > 0) : [];

/**
 * @param search - `location.search`
 * @returns the view and both queries, defaults where a parameter is missing or malformed
 */
export function readQuery(search: string): {
  view: View;
  learner: LearnerQuery;
  board: BoardQuery;
} {
  const p = new URLSearchParams(search);
  const start = p.get('start');
  const deadline = p.get('deadline');
  const held = list(p.get('have')).map((h) => h.split('@') as [string, string?]);
  return {
    view:
      p.get('view') === 'board' || p.get('view') === 'publisher'
        ? (p.get('view') as View)
        : 'learner',
    learner: {
      goal: p.get('goal') ?? '',
      have: held.map(([id]) => id),
      earnedOn: Object.fromEntries(
        held.filter(([, d]) => d !== undefined && isDate(d)) as [string, string][],
      ),
      hours: positiveNumber(p.get('hours')) ?? DEFAULT_HOURS,
      start: start && isDate(start) ? start : today(),
      budget: positiveNumber(p.get('budget')),
      deadline: deadline && isDate(deadline) ? deadline : null,
      earnings: nonNegativeNumber(p.get('earnings')),
      keepFor: nonNegativeNumber(p.get('keepFor')),
      chosen: readChosen(p.get('plan')),
    },
    board: {
      have: list(p.get('from')),
      maxCost: positiveNumber(p.get('maxCost')),
      maxWeeks: positiveNumber(p.get('maxWeeks')),
      kinds: p.get('kinds') ?? 'certification',
      hours: positiveNumber(p.get('hours')),
      keepFor: nonNegativeNumber(p.get('keepFor')),
      sponsor: positiveNumber(p.get('sponsor')),
    },
  };
}

/**
 * @param q - a learner query
 * @returns its URL search string (`?view=learner&goal=…`)
 */
export function learnerSearch(q: LearnerQuery): string {
  const p = new URLSearchParams({ view: 'learner', goal: q.goal });
  const have = q.have.map((id) => (q.earnedOn[id] ? `${id}@${q.earnedOn[id]}` : id));
  if (have.length) p.set('have', have.join(','));
  p.set('hours', String(q.hours));
  p.set('start', q.start);
  if (q.budget !== null) p.set('budget', String(q.budget));
  if (q.deadline) p.set('deadline', q.deadline);
  if (q.earnings !== null) p.set('earnings', String(q.earnings));
  if (q.keepFor !== null) p.set('keepFor', String(q.keepFor));
  p.set('plan', typeof q.chosen === 'number' ? `frontier-${q.chosen + 1}` : q.chosen);
  return `?${p}`;
}

/**
 * @param q - a board query
 * @returns its URL search string
 */
export function boardSearch(q: BoardQuery): string {
  const p = new URLSearchParams({ view: 'board' });
  if (q.have.length) p.set('from', q.have.join(','));
  if (q.maxCost !== null) p.set('maxCost', String(q.maxCost));
  if (q.maxWeeks !== null) p.set('maxWeeks', String(q.maxWeeks));
  p.set('kinds', q.kinds);
  if (q.hours !== null) p.set('hours', String(q.hours));
  if (q.keepFor !== null) p.set('keepFor', String(q.keepFor));
  if (q.sponsor !== null) p.set('sponsor', String(q.sponsor));
  return `?${p}`;
}

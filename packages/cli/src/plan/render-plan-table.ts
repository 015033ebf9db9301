/**
 * The readable form of a plan for `pathwise plan` without `--json`: the holdings it uses ("uses: …",
 * implied ones marked), then one row per step in week order (start and end week, or its dates when
 * the query gave a start date; hours a week; credential name and id; cost; what it counts toward),
 * then the offers taken (offer-lines.ts), the totals (with what a sponsor pays) and the peak weekly load, with the engine's warning when a plan without a
 * weekly-hours budget runs more than a full-time week. Fitted to the terminal's width (names wrap;
 * numbers never do), weeks, hours and money rounded for reading.
 */
import type { CatalogIndex } from '@pathwise/core';
import { loadWarnings, type Plan, type PlanStep } from '@pathwise/engine';
import { fitTable, fitsIn, wrapText } from '../text/fit-table.js';
import { cleanNumber, formatHours, formatMoney, formatWeeks } from '../text/numbers.js';
import { offerLines } from './offer-lines.js';
import { reachedLine, targetLabel } from './target-label.js';

/** What the query asked that changes how its plan reads. */
export interface PlanTableOptions {
  /** Show each step's dates instead of its weeks (the query gave a start date). */
  dates?: boolean;
  /** The query's weekly-hours budget, when it had one. */
  weeklyHours?: number;
}

/**
 * @param plan - the plan to show
 * @param index - the catalog, for names and the currency
 * @param width - the widest a line may be (the terminal's width, 80 and up)
 * @param options - whether to show dates, and the query's weekly-hours budget
 * @returns the text to print, ending in a newline
 */
export function renderPlanTable(
  plan: Plan,
  index: CatalogIndex,
  width = 80,
  options: PlanTableOptions = {},
): string {
  const name = (id: string): string => index.byId.get(id)?.name ?? id;
  const currency = index.catalog.currency;
  const money = (n: number): string => formatMoney(n, currency);
  const lines = [`${plan.objective} plan for ${targetLabel(plan.target, index)}`];
  for (const l of plan.lapsed ?? []) {
    lines.push(
      `lapsed, not counted: ${name(l.id)} (${l.id}), earned ${l.earnedOn}, valid until ${l.validUntil}`,
    );
  }
  if (!plan.feasible) {
    lines.push(`no plan: ${plan.reason ?? 'the target cannot be reached'}`);
    return wrapLines(lines, width);
  }
  const used = plan.used ?? [];
  if (used.length > 0) {
    const said = used.map(
      (u) => `${name(u.credential)} (${u.credential}${u.implied ? ', implied' : ''})`,
    );
    lines.push(`uses: ${said.join(', ')}`);
  }
  if (plan.steps.length === 0) {
    lines.push('already held: nothing to earn', 'total: 0 cost, 0 weeks');
    return wrapLines(lines, width);
  }
  // "counts toward" names the credentials when the table fits; otherwise their ids, one a line
  // (the credential column shows the ids too). The currency is said once, in the cost header.
  // With an explanation, the last column says why each step is there instead of what it counts toward.
  const why = plan.explanation?.steps;
  // A credential without effortHours has no load to show ("-"), and a plan of only those no peak.
  const hasEffort = (id: string): boolean => index.byId.get(id)?.effortHours !== undefined;
  const dates = options.dates === true && plan.steps.every((s) => s.startDate && s.endDate);
  const when = (s: PlanStep): string =>
    dates
      ? `${s.startDate}\nto ${s.endDate}`
      : `${formatWeeks(s.startWeek)}-${formatWeeks(s.endWeek)}`;
  const rowsWith = (toward: (id: string) => string, separator: string): string[][] =>
    plan.steps.map((s, i) => [
      String(i + 1),
      when(s),
      hasEffort(s.credential) ? formatHours(s.hoursPerWeek ?? 0) : '-',
      `${name(s.credential)} (${s.credential})`,
      formatMoney(s.cost, undefined),
      why?.[i] !== undefined
        ? whyCell(why[i]!.text)
        : s.satisfies.map(toward).join(separator) ||
          (s.credential === plan.target || plan.reached?.credentials.includes(s.credential)
            ? '(target)'
            : ''),
    ]);
  const columns = [
    { header: '#', align: 'right' as const },
    { header: dates ? 'dates' : 'weeks' },
    { header: 'h/wk', align: 'right' as const },
    { header: 'credential', flex: 3, min: 16 },
    { header: currency ? `cost ${currency}` : 'cost', align: 'right' as const },
    { header: why ? 'why' : 'counts toward', flex: 2, min: 12 },
  ];
  const named = rowsWith(name, ', ');
  const table = fitsIn(columns, named, width)
    ? fitTable(columns, named, width)
    : fitTable(
        columns,
        rowsWith((id) => id, '\n'),
        width,
      );
  const steps = plan.steps.length;
  const tail = [
    `total: ${money(plan.totalCost)}, ${formatWeeks(plan.totalWeeks)} weeks, ${steps} step${steps === 1 ? '' : 's'}`,
    ...(plan.outOfPocket !== undefined
      ? [`out of pocket: ${money(plan.outOfPocket)}; sponsored: ${money(plan.sponsored ?? 0)}`]
      : []),
    ...(dates ? [`dates: ${firstStart(plan.steps)} to ${lastEnd(plan.steps)}`] : []),
    ...(plan.steps.some((s) => hasEffort(s.credential))
      ? [peakLine(plan, options.weeklyHours)]
      : []),
    ...loadWarnings(plan, options.weeklyHours).map((w) => `warning: ${w}`),
  ];
  // plan-v2 keepFor: each renewal the horizon needs (totalCost includes them, totalWeeks does not).
  for (const r of plan.renewals ?? [])
    tail.push(
      r.by === undefined
        ? `renewal due ${r.dueDate}: pay ${money(r.cost)}${r.effortHours === undefined ? '' : ` (${r.effortHours} h of continuing education)`}`
        : `renewal due ${r.dueDate}: by earning ${r.by} (its step above ends that day)`,
    );
  const reached = reachedLine(plan);
  if (reached !== undefined) tail.push(reached);
  if (plan.paybackMonths !== undefined)
    tail.push(
      `pays back in ${formatWeeks(plan.paybackMonths)} months of higher earnings after the target is held`,
    );
  if (!plan.optimal) {
    tail.push(
      `not proven optimal (time budget, or fastest under weekly hours); lower bound ${
        plan.objective === 'cheapest'
          ? money(Math.floor(cleanNumber(plan.bound ?? NaN) * 100) / 100)
          : `${formatWeeks(Math.floor(cleanNumber(plan.bound ?? NaN) * 100) / 100)} weeks`
      }`,
    );
  }
  const offers = offerLines(plan, index, dates, width);
  return `${wrapLines(lines, width)}\n${table}\n\n${offers}${wrapLines(tail, width)}${explanationLines(plan, width)}`;
}

/** @returns the earliest start date of the steps (ISO dates order as strings) */
function firstStart(steps: readonly PlanStep[]): string {
  return steps.reduce(
    (first, s) => (s.startDate! < first ? s.startDate! : first),
    steps[0]!.startDate!,
  );
}

/** @returns the latest end date of the steps (ISO dates order as strings) */
function lastEnd(steps: readonly PlanStep[]): string {
  return steps.reduce((last, s) => (s.endDate! > last ? s.endDate! : last), steps[0]!.endDate!);
}

/** @returns "peak load: N hours a week", with the budget when the query had one */
function peakLine(plan: Plan, weeklyHours: number | undefined): string {
  const peak = `peak load: ${formatHours(plan.peakWeeklyHours ?? 0)} hours a week`;
  return weeklyHours === undefined
    ? `${peak} (no weekly-hours budget)`
    : `${peak} (budget ${formatHours(weeklyHours)})`;
}

/** A step's sentence without its "Earn NAME (id): " opening, which the row already shows. */
function whyCell(text: string): string {
  return text.replace(/^Earn .*?\([^()]*\): /, '');
}

/** The explanation's choices, holdings and lapsed holdings, one sentence a line, indented options. */
function explanationLines(plan: Plan, width: number): string {
  const e = plan.explanation;
  if (e === undefined) return '';
  const lines: string[] = [];
  for (const c of e.choices) {
    lines.push(c.text);
    for (const p of c.passedOver) lines.push(`  - ${p.text}`);
  }
  for (const h of e.held) lines.push(h.text);
  for (const r of e.renewals ?? []) lines.push(r.text);
  if (lines.length === 0) return '';
  return `\nwhy:\n${wrapLines(lines, width)}`;
}

function wrapLines(lines: readonly string[], width: number): string {
  return `${lines.map((l) => wrapText(l, width)).join('\n')}\n`;
}

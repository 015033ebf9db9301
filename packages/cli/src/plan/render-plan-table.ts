/**
 * The readable form of a plan for `pathwise plan` without `--json`: one row per step in week order
 * (start and end week, credential name and id, cost, what it counts toward), then the totals, fitted
 * to the terminal's width (names wrap; numbers never do) with weeks and money rounded for reading.
 */
import type { CatalogIndex } from '@pathwise/core';
import type { Plan } from '@pathwise/engine';
import { fitTable, fitsIn, wrapText } from '../text/fit-table.js';
import { cleanNumber, formatMoney, formatWeeks } from '../text/numbers.js';
import { reachedLine, targetLabel } from './target-label.js';

/**
 * @param plan - the plan to show
 * @param index - the catalog, for names and the currency
 * @param width - the widest a line may be (the terminal's width, 80 and up)
 * @returns the text to print, ending in a newline
 */
export function renderPlanTable(plan: Plan, index: CatalogIndex, width = 80): string {
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
  if (plan.steps.length === 0) {
    lines.push('already held: nothing to earn', 'total: 0 cost, 0 weeks');
    return wrapLines(lines, width);
  }
  // "counts toward" names the credentials when the table fits; otherwise their ids, one a line
  // (the credential column shows the ids too). The currency is said once, in the cost header.
  const rowsWith = (toward: (id: string) => string, separator: string): string[][] =>
    plan.steps.map((s, i) => [
      String(i + 1),
      `${formatWeeks(s.startWeek)}-${formatWeeks(s.endWeek)}`,
      `${name(s.credential)} (${s.credential})`,
      formatMoney(s.cost, undefined),
      s.satisfies.map(toward).join(separator) ||
        (s.credential === plan.target || plan.reached?.credentials.includes(s.credential)
          ? '(target)'
          : ''),
    ]);
  const columns = [
    { header: '#', align: 'right' as const },
    { header: 'weeks' },
    { header: 'credential', flex: 3, min: 16 },
    { header: currency ? `cost ${currency}` : 'cost', align: 'right' as const },
    { header: 'counts toward', flex: 2, min: 12 },
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
  ];
  const reached = reachedLine(plan);
  if (reached !== undefined) tail.push(reached);
  if (!plan.optimal) {
    tail.push(
      `not proven optimal (time budget, or fastest under weekly hours); lower bound ${
        plan.objective === 'cheapest'
          ? money(Math.floor(cleanNumber(plan.bound ?? NaN) * 100) / 100)
          : `${formatWeeks(Math.floor(cleanNumber(plan.bound ?? NaN) * 100) / 100)} weeks`
      }`,
    );
  }
  return `${wrapLines(lines, width)}\n${table}\n\n${wrapLines(tail, width)}`;
}

function wrapLines(lines: readonly string[], width: number): string {
  return `${lines.map((l) => wrapText(l, width)).join('\n')}\n`;
}

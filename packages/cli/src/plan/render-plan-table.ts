/**
 * The readable form of a plan for `pathwise plan` without `--json`: one row per step in week order
 * (start and end week, credential name, cost, what it counts toward), then the totals.
 */
import type { CatalogIndex } from '@pathwise/core';
import type { Plan } from '@pathwise/engine';

/**
 * @param plan - the plan to show
 * @param index - the catalog, for names and the currency
 * @returns the text to print, ending in a newline
 */
export function renderPlanTable(plan: Plan, index: CatalogIndex): string {
  const name = (id: string): string => index.byId.get(id)?.name ?? id;
  const currency = index.catalog.currency ?? '';
  const money = (n: number): string => `${formatNumber(n)}${currency ? ` ${currency}` : ''}`;
  const lines = [`${plan.objective} plan for ${name(plan.target)} (${plan.target})`];
  for (const l of plan.lapsed ?? []) {
    lines.push(
      `lapsed, not counted: ${name(l.id)} (${l.id}), earned ${l.earnedOn}, valid until ${l.validUntil}`,
    );
  }
  if (!plan.feasible) {
    lines.push(`no plan: ${plan.reason ?? 'the target cannot be reached'}`);
    return `${lines.join('\n')}\n`;
  }
  if (plan.steps.length === 0) {
    lines.push('already held: nothing to earn', 'total: 0 cost, 0 weeks');
    return `${lines.join('\n')}\n`;
  }
  const header = ['step', 'weeks', 'credential', 'cost', 'counts toward'];
  const rows = plan.steps.map((s, i) => [
    String(i + 1),
    `${formatNumber(s.startWeek)}-${formatNumber(s.endWeek)}`,
    `${name(s.credential)} (${s.credential})`,
    money(s.cost),
    s.satisfies.map(name).join(', ') || (s.credential === plan.target ? '(target)' : ''),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const format = (cells: string[]): string =>
    cells
      .map((cell, c) => (c === 0 || c === 3 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd();
  lines.push('', format(header), format(widths.map((w) => '-'.repeat(w))), ...rows.map(format), '');
  lines.push(
    `total: ${money(plan.totalCost)}, ${formatNumber(plan.totalWeeks)} weeks, ${plan.steps.length} step${plan.steps.length === 1 ? '' : 's'}`,
  );
  if (!plan.optimal) {
    lines.push(
      `not proven optimal (time budget, or fastest under weekly hours); lower bound ${formatNumber(plan.bound ?? NaN)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

/**
 * The readable form of a frontier for `pathwise frontier`: one row per plan, fastest first (weeks,
 * cost, whether it is proven, the credentials to earn), fitted to the terminal; then what is known of
 * any part not settled. And the frontier's JSON without floating-point noise.
 */
import type { CatalogIndex } from '@pathwise/core';
import type { Frontier, Plan } from '@pathwise/engine';
import { fitTable } from '../text/fit-table.js';
import { wrapText } from '../text/fit-table.js';
import { cleanNumber, formatMoney, formatWeeks } from '../text/numbers.js';
import { cleanPlan } from '@pathwise/engine';
import { targetLabel } from '../plan/target-label.js';

/**
 * @param frontier - the frontier to show
 * @param index - the catalog, for names and the currency
 * @param width - the widest a line may be
 * @returns the text to print, ending in a newline
 */
export function renderFrontierTable(frontier: Frontier, index: CatalogIndex, width = 80): string {
  const name = (id: string): string => index.byId.get(id)?.name ?? id;
  const currency = index.catalog.currency;
  const lines = [`cost-time frontier for ${targetLabel(frontier.target, index)}`];
  for (const l of frontier.lapsed ?? [])
    lines.push(`lapsed, not counted: ${name(l.id)} (${l.id}), valid until ${l.validUntil}`);
  const wrap = (ls: readonly string[]): string =>
    `${ls.map((l) => wrapText(l, width)).join('\n')}\n`;
  if (!frontier.feasible) {
    lines.push(`no plan: ${frontier.reason ?? 'the target cannot be reached'}`);
    return wrap(lines);
  }
  // A payback column only when some plan has one (the query gave current earnings, outcomes known).
  const payback = frontier.plans.some((p) => p.paybackMonths !== undefined);
  // An upkeep column under keepFor (the plans carry `renewals`): the part of the cost that renews.
  const kept = frontier.plans.some((p) => p.renewals !== undefined);
  const rows = frontier.plans.map((p, i) => [
    String(i + 1),
    formatWeeks(p.totalWeeks),
    formatMoney(p.totalCost, undefined),
    ...(kept ? [formatMoney(upkeepOf(p), undefined)] : []),
    ...(payback ? [p.paybackMonths === undefined ? '-' : formatWeeks(p.paybackMonths)] : []),
    p.optimal ? 'yes' : 'no',
    p.steps.length === 0 ? '(already held)' : p.steps.map((s) => s.credential).join(', '),
  ]);
  const table = fitTable(
    [
      { header: '#', align: 'right' },
      { header: 'weeks', align: 'right' },
      { header: currency ? `cost ${currency}` : 'cost', align: 'right' },
      ...(kept ? [{ header: 'of it upkeep', align: 'right' as const }] : []),
      ...(payback ? [{ header: 'payback months', align: 'right' as const }] : []),
      { header: 'proven' },
      { header: 'credentials to earn', flex: 1, min: 16 },
    ],
    rows,
    width,
  );
  const n = frontier.plans.length;
  const tail = [`${n} plan${n === 1 ? '' : 's'}, fastest first; each is the cheapest by its weeks`];
  if (kept)
    tail.push(
      'cost includes the upkeep (renewals paid, or credentials earned to renew) to keep the target for --keep-for months; weeks count until the target is held',
    );
  if (frontier.complete) tail.push('complete: no other plan is as good on both cost and weeks');
  else if (frontier.gap) {
    const { fromWeeks, toWeeks, minCost } = frontier.gap;
    const upTo = toWeeks === undefined ? '' : ` and ${formatWeeks(toWeeks)}`;
    tail.push(
      `not complete: plans not listed would take between ${formatWeeks(fromWeeks)}${upTo} weeks and cost at least ${formatMoney(minCost, currency)}`,
    );
  }
  return `${wrap(lines)}\n${table}\n\n${wrap(tail)}`;
}

/**
 * @param plan - a plan under keepFor
 * @returns what its renewals cost: the paid ones, and the steps of the credentials earned to renew
 */
function upkeepOf(plan: Plan): number {
  const renewals = plan.renewals ?? [];
  const by = new Set(renewals.map((r) => r.by).filter((b) => b !== undefined));
  const paid = renewals.reduce((sum, r) => sum + r.cost, 0);
  return plan.steps.filter((s) => by.has(s.credential)).reduce((sum, s) => sum + s.cost, paid);
}

/**
 * @param frontier - a frontier from the engine
 * @returns a copy with every plan's and the gap's numbers cleaned
 */
export function cleanFrontier(frontier: Frontier): Frontier {
  const out: Frontier = { ...frontier, plans: frontier.plans.map(cleanPlan) };
  if (frontier.gap) {
    const { fromWeeks, toWeeks, minCost } = frontier.gap;
    out.gap = { fromWeeks: cleanNumber(fromWeeks), minCost: cleanNumber(minCost) };
    if (toWeeks !== undefined) out.gap.toWeeks = cleanNumber(toWeeks);
  }
  return out;
}

/**
 * The offers a plan takes, for the plan table (plan-v2 `offers`, `step.offer`): one line each with
 * the offer's name and id, what it costs, how it is billed (one-off, or the periods of its length),
 * the span it is billed for (weeks, or dates when the table shows dates) and the steps it pays, by
 * their row numbers. Nothing when the plan takes no offer, so a plan without offers reads as before.
 */
import type { CatalogIndex } from '@pathwise/core';
import type { Plan } from '@pathwise/engine';
import { wrapText } from '../text/fit-table.js';
import { formatMoney, formatWeeks } from '../text/numbers.js';

/**
 * @param plan - a feasible plan
 * @param index - the catalog, for offer names, billing periods and the currency
 * @param dates - say the billed span as dates (the table shows dates) instead of weeks
 * @param width - the widest a line may be
 * @returns the text to print after the table ("offers taken:" then one item per offer, wrapped
 *   under its first word, and a blank line), or "" without offers
 */
export function offerLines(plan: Plan, index: CatalogIndex, dates: boolean, width: number): string {
  const taken = plan.offers ?? [];
  if (taken.length === 0) return '';
  const byId = new Map((index.catalog.offers ?? []).map((o) => [o.id, o]));
  const lines = ['offers taken:'];
  for (const t of taken) {
    const offer = byId.get(t.offer);
    const rows = plan.steps.flatMap((s, i) => (s.offer === t.offer ? [i + 1] : []));
    const paid = plan.steps.filter((s) => s.offer === t.offer);
    const months = offer?.periodMonths;
    const billing =
      months === undefined
        ? 'one-off'
        : `${t.periods} × ${months} month${months === 1 ? '' : 's'} at ${formatMoney(offer!.price, undefined)}`;
    // "billed" is the span the offer is paid for; a one-off offer has no billing span of its own.
    const span =
      dates && paid.length > 0 && paid.every((s) => s.startDate && s.endDate)
        ? `${minOf(paid.map((s) => s.startDate!))} to ${maxOf(paid.map((s) => s.endDate!))}`
        : `weeks ${formatWeeks(t.startWeek)}-${formatWeeks(t.endWeek)}`;
    lines.push(
      hang(
        `- ${offer?.name ?? t.offer} (${t.offer}): ${formatMoney(t.cost, index.catalog.currency)} (${billing}), ${months === undefined ? 'used' : 'billed'} ${span}; pays step${rows.length === 1 ? '' : 's'} ${rows.join(', ')}`,
        width,
      ),
    );
  }
  return `${lines.join('\n')}\n\n`;
}

/** @returns an item wrapped to the width, its continuation lines indented under its text */
function hang(item: string, width: number): string {
  return wrapText(item, width - 2).replace(/\n/g, '\n  ');
}

/** @returns the earliest of ISO dates (they order as strings) */
function minOf(days: readonly string[]): string {
  return days.reduce((a, b) => (b < a ? b : a));
}

/** @returns the latest of ISO dates */
function maxOf(days: readonly string[]): string {
  return days.reduce((a, b) => (b > a ? b : a));
}

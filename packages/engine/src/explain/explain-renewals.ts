/**
 * Explanations under `keepFor` (plan-v2 "Explanations", "renewals"): each renewal the horizon needs,
 * said as a sentence ("Renew X by paying 150 USD, due D" or "Earning B renews X, due D"), and the
 * steps that renew the target by earning a `renewal.by` credential explained as that renewal rather
 * than as a requirement they meet. Read from the plan's `renewals` alone.
 */
import type { CatalogIndex } from '@pathwise/core';
import type { Plan } from '../plan-types.js';
import { show } from '../numeric/tolerance.js';
import type { RenewalNote, StepReason } from './explain-types.js';

/**
 * @param index - the catalog, for names and the currency
 * @param plan - a plan (with `renewals` under keepFor)
 * @returns a note per renewal, in order; undefined when the plan has no `renewals` (no keepFor)
 */
export function renewalNotes(index: CatalogIndex, plan: Plan): RenewalNote[] | undefined {
  if (plan.renewals === undefined) return undefined;
  const name = (id: string): string => `${index.byId.get(id)?.name ?? id} (${id})`;
  const currency = index.catalog.currency;
  const money = (n: number): string => `${show(n)}${currency ? ` ${currency}` : ''}`;
  return plan.renewals.map((r): RenewalNote => {
    const hours =
      r.effortHours === undefined ? '' : ` and ${show(r.effortHours)} h of continuing education`;
    const text =
      r.by === undefined
        ? `Renew ${name(r.credential)} by paying ${money(r.cost)}${hours}, due ${r.dueDate}.`
        : `Earning ${name(r.by)} renews ${name(r.credential)}, due ${r.dueDate}.`;
    const note: RenewalNote = { credential: r.credential, dueDate: r.dueDate, cost: r.cost, text };
    if (r.by !== undefined) note.by = r.by;
    return note;
  });
}

/**
 * @param index - the catalog, for names
 * @param plan - the plan the reasons explain
 * @param steps - its steps' reasons (explain-plan.ts), in the order of `plan.steps`
 * @returns the reasons, each step that renews the target by earning said as that renewal
 */
export function withRenewalSteps(
  index: CatalogIndex,
  plan: Plan,
  steps: readonly StepReason[],
): StepReason[] {
  const name = (id: string): string => `${index.byId.get(id)?.name ?? id} (${id})`;
  const byRenewal = new Map(
    (plan.renewals ?? []).filter((r) => r.by !== undefined).map((r) => [r.by!, r] as const),
  );
  return steps.map((s) => {
    const r = byRenewal.get(s.credential);
    if (r === undefined) return s;
    return {
      ...s,
      renews: { credential: r.credential, dueDate: r.dueDate },
      text: `Earn ${name(s.credential)}: it renews ${name(r.credential)}, due ${r.dueDate}.`,
    };
  });
}

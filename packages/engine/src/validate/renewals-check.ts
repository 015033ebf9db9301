/**
 * plan-v2 `keepFor` and `renewals` (docs/plan-v2.md, "Renewals"): under keepFor > 0, a feasible
 * plan lists one renewal of the target on each day it would lapse before the horizon (renewals/keep-horizon.ts:
 * calendar months from the day it is earned), in order; each is either paid (`cost` = renewal.cost)
 * or by a distinct credential of `renewal.by`, earned as a step after the target and ending on its
 * due date. A target that lapses before the horizon and has no renewal has no plan.
 */
import type { CatalogIndex } from '@pathwise/core';
import type { Plan, PlanQuery } from '../plan-types.js';
import { near } from '../numeric/tolerance.js';
import { renewalDueDates, weeksBetween } from '../renewals/keep-horizon.js';

/** The fault codes of this check. */
export type RenewalFaultCode = 'WRONG_RENEWALS' | 'RENEWAL_NOT_EARNED' | 'NOT_RENEWABLE';

/**
 * @param index - the catalog index
 * @param query - the query (keepFor > 0, a credential target)
 * @param plan - a feasible plan
 * @param startDate - the plan's week 0
 * @returns every renewal rule the plan breaks, as [code, message, credential?]
 */
export function checkRenewals(
  index: CatalogIndex,
  query: PlanQuery,
  plan: Plan,
  startDate: string,
): [RenewalFaultCode, string, string?][] {
  const target = index.byId.get(query.target as string);
  const keepFor = query.keepFor ?? 0;
  if (target === undefined || !(keepFor > 0)) return [];
  const step = plan.steps.find((s) => s.credential === target.id);
  const names = new Set([target.id, ...(target.aliases ?? [])]);
  const earnedOn = step?.endDate ?? (query.have ?? []).find((h) => names.has(h.id))?.earnedOn;
  const listed = plan.renewals ?? [];
  if (target.validityMonths === undefined || (step === undefined && earnedOn === undefined))
    return listed.length === 0 ? [] : [['WRONG_RENEWALS', 'the target never lapses: no renewals']];
  if (earnedOn === undefined) return [['WRONG_RENEWALS', 'the target step has no endDate']];
  const dues = renewalDueDates(earnedOn, target.validityMonths, keepFor);
  if (dues.length > 0 && target.renewal === undefined)
    return [['NOT_RENEWABLE', `"${target.id}" has no renewal and lapses before the horizon`]];
  const faults: [RenewalFaultCode, string, string?][] = [];
  if (listed.length !== dues.length)
    faults.push(['WRONG_RENEWALS', `${listed.length} renewals listed, ${dues.length} needed`]);
  const byUsed = new Set<string>();
  dues.forEach((due, i) => {
    const r = listed[i];
    if (r === undefined) return;
    const dueWeek = weeksBetween(startDate, due);
    if (r.credential !== target.id || r.dueDate !== due)
      faults.push(['WRONG_RENEWALS', `renewal ${i} should be of "${target.id}" due ${due}`]);
    if (r.dueWeek !== undefined && !near(r.dueWeek, dueWeek))
      faults.push(['WRONG_RENEWALS', `renewal ${i}: dueWeek ${r.dueWeek} != ${dueWeek}`]);
    if (r.by === undefined) {
      if (!near(r.cost, target.renewal!.cost))
        faults.push(['WRONG_RENEWALS', `renewal ${i}: cost ${r.cost} != ${target.renewal!.cost}`]);
      return;
    }
    const byStep = plan.steps.find((s) => s.credential === r.by);
    const earnedAt = step?.endWeek ?? 0;
    if (
      !(target.renewal!.by ?? []).includes(r.by) ||
      byUsed.has(r.by) ||
      r.cost !== 0 ||
      byStep === undefined ||
      byStep.endWeek < earnedAt ||
      !near(byStep.endWeek, dueWeek)
    )
      faults.push([
        'RENEWAL_NOT_EARNED',
        `renewal ${i} by "${r.by}": it must be a distinct renewal.by credential, earned after the target and ending on ${due}, with cost 0`,
        r.by,
      ]);
    byUsed.add(r.by);
  });
  return faults;
}

/**
 * @param plan - a plan
 * @returns the credentials of the steps that renew the target (a step placed on its due date)
 */
export function renewalSteps(plan: Plan): Set<string> {
  return new Set((plan.renewals ?? []).flatMap((r) => (r.by === undefined ? [] : [r.by])));
}

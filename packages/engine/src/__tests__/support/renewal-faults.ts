/**
 * Test support: plan-v2 `keepFor` / `renewals` read from the specs, sharing no code with the engine.
 * The target lapses validityMonths (calendar months) after the day it is earned (its step's endDate,
 * or its holding's earnedOn; a holding without a date never lapses); each renewal keeps it another
 * validityMonths from its due day, so renewals fall on earned + i × validityMonths months for every
 * i ≥ 1 with i × validityMonths < keepFor. Each is paid (renewal.cost) or by a distinct credential of
 * renewal.by, earned as a step after the target that ends on the due day (while still valid).
 */
import type { Catalog, Holding } from '@pathwise/core';
import type { Plan } from '../../plan-types.js';
import { plusMonths } from './held-set.js';

/** What the renewal rules find: faults, the renewing steps, the renewals' cost. */
export interface RenewalCheck {
  faults: string[];
  steps: Set<string>;
  cost: number;
}

/**
 * @param catalog - the catalog
 * @param query - target, holdings, asOf, startDate, keepFor
 * @param plan - a feasible plan
 * @returns the violations, the credentials whose steps renew, and the renewals' total cost
 */
export function renewalFaults(
  catalog: Catalog,
  query: {
    target: string;
    have: readonly Holding[];
    asOf: string;
    startDate?: string;
    keepFor?: number;
  },
  plan: Plan,
): RenewalCheck {
  const listed = plan.renewals ?? [];
  const out: RenewalCheck = { faults: [], steps: new Set(), cost: 0 };
  for (const r of listed) out.cost += r.cost;
  for (const r of listed) if (r.by !== undefined) out.steps.add(r.by);
  const keepFor = query.keepFor ?? 0;
  if (!(keepFor > 0)) {
    if (plan.renewals !== undefined) out.faults.push('renewals without keepFor');
    return out;
  }
  const t = catalog.credentials.find((c) => c.id === query.target)!;
  const step = plan.steps.find((s) => s.credential === t.id);
  const earned = step?.endDate ?? query.have.find((h) => h.id === t.id)?.earnedOn;
  const due: string[] = [];
  if (t.validityMonths !== undefined && earned !== undefined)
    for (let i = 1; i * t.validityMonths < keepFor; i++)
      due.push(plusMonths(earned, i * t.validityMonths));
  if (listed.length !== due.length)
    out.faults.push(`${listed.length} renewals, ${due.length} due (${due.join(', ')})`);
  const used = new Set<string>();
  listed.forEach((r, i) => {
    if (r.credential !== t.id || r.dueDate !== due[i])
      out.faults.push(`renewals[${i}] ${r.credential} due ${r.dueDate}, expected ${due[i]}`);
    if (r.by === undefined) {
      if (r.cost !== t.renewal?.cost) out.faults.push(`renewals[${i}] costs ${r.cost}`);
      return;
    }
    const s = plan.steps.find((x) => x.credential === r.by);
    if (!(t.renewal?.by ?? []).includes(r.by))
      out.faults.push(`renewals[${i}] by ${r.by}: not in renewal.by`);
    if (used.has(r.by)) out.faults.push(`renewals[${i}] by ${r.by} twice`);
    used.add(r.by);
    if (r.cost !== 0) out.faults.push(`renewals[${i}] by ${r.by} costs ${r.cost}`);
    if (s === undefined) out.faults.push(`renewals[${i}] by ${r.by}: not a step`);
    else if (s.endDate !== r.dueDate || s.endWeek < (step?.endWeek ?? 0))
      out.faults.push(`renewals[${i}] by ${r.by}: ends ${s.endDate}, due ${r.dueDate}`);
  });
  return out;
}

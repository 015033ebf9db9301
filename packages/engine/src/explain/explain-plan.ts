/**
 * explainPlan: the explanation of a feasible plan (explain-types.ts), from the plan, the catalog and
 * the holdings alone, plus the bounded re-plans of explain-alternatives.ts for the options passed
 * over. The rules a plan had to meet are its owners' requirements: each step's credential's, and for
 * a target form the goal's. A rule's branches the plan did not take are not explained further (an
 * option inside a branch not taken is noise, not a choice the plan made).
 */
import type { CatalogIndex, Requirement } from '@pathwise/core';
import { isAll, isAny, requirementIds, requirementMetAt, requirementText } from '@pathwise/core';
import type { Plan, PlanQuery } from '../plan-types.js';
import { show, within } from '../numeric/tolerance.js';
import type { AlternativeFigures } from './explain-alternatives.js';
import { renewalNotes, withRenewalSteps } from './explain-renewals.js';
import type {
  ChoiceExplanation,
  Explanation,
  HoldingUse,
  LapsedNote,
  PassedOver,
  RuleMet,
  StepReason,
} from './explain-types.js';

/** What explainPlan reads. */
export interface ExplainInput {
  index: CatalogIndex;
  query: PlanQuery;
  plan: Plan;
  /** The holdings that count as of `asOf`. */
  held: ReadonlySet<string>;
  /** The target's requirement: its id, or a target form's requirement. */
  target: Requirement;
  /** The figures of one option passed over (bounded; see explain-alternatives.ts). */
  figures: (option: Requirement) => AlternativeFigures;
}

/** A credential (or the goal) whose requirement the plan had to meet, and when it starts. */
interface Owner {
  credential?: string;
  requires: Requirement | undefined;
  start: number;
}

/**
 * @param input - the plan, its query and catalog, the holdings, and the alternatives' figures
 * @returns the explanation
 */
export function explainPlan(input: ExplainInput): Explanation {
  const { index, query, plan, held } = input;
  const name = (id: string): string => `${index.byId.get(id)?.name ?? id} (${id})`;
  const currency = index.catalog.currency;
  const money = (n: number): string => `${show(n)}${currency ? ` ${currency}` : ''}`;
  const endOf = new Map<string, number>();
  for (const s of plan.steps) endOf.set(s.credential, s.endWeek);
  const heldAt = (id: string): number | undefined => (held.has(id) ? 0 : endOf.get(id));
  const creditsOf = (id: string): number => index.byId.get(id)?.credits ?? 0;
  const metBy = (r: Requirement, start: number): boolean => {
    const at = requirementMetAt(r, { heldAt, creditsOf });
    return at !== undefined && within(at, start);
  };
  const form = typeof query.target !== 'string';
  const owners: Owner[] = plan.steps.map((s) => ({
    credential: s.credential,
    requires: index.byId.get(s.credential)?.requires,
    start: s.startWeek,
  }));
  if (form) owners.push({ requires: input.target, start: plan.totalWeeks });
  const ownerText = (o: Owner): string => (o.credential ? name(o.credential) : 'the goal');

  // Each owner's rules, walked iteratively: the rule naming each credential directly, and the
  // any / atLeast rules on the branches the plan took.
  const parentRule = owners.map(() => new Map<string, string>());
  const choices: ChoiceExplanation[] = [];
  const figuresOf = new Map<string, AlternativeFigures>();
  owners.forEach((owner, i) => {
    if (owner.requires === undefined) return;
    const stack: [Requirement, Requirement | undefined][] = [[owner.requires, undefined]];
    while (stack.length > 0) {
      const [r, parent] = stack.pop()!;
      if (typeof r === 'string') {
        if (!parentRule[i]!.has(r)) parentRule[i]!.set(r, parent ? requirementText(parent) : r);
        continue;
      }
      if ('credits' in r) {
        for (const id of r.of)
          if (!parentRule[i]!.has(id)) parentRule[i]!.set(id, requirementText(r));
        continue;
      }
      const children = isAll(r) ? r.all : isAny(r) ? r.any : r.of;
      const taken = isAll(r) ? children : children.filter((c) => metBy(c, owner.start));
      for (const c of taken) stack.push([c, r]);
      if (isAll(r)) continue;
      const passed = children.filter((c) => !taken.includes(c));
      choices.push(choice(owner, r, taken, passed));
    }
  });

  function choice(
    owner: Owner,
    rule: Requirement,
    taken: readonly Requirement[],
    passed: readonly Requirement[],
  ): ChoiceExplanation {
    const passedOver = passed.map((option): PassedOver => {
      const key = JSON.stringify(option);
      let f = figuresOf.get(key);
      if (f === undefined) figuresOf.set(key, (f = input.figures(option)));
      const text = requirementText(option);
      const label = typeof option === 'string' ? name(option) : text;
      const about = f.proven ? '' : 'about ';
      const sentence =
        f.outcome === 'compared'
          ? `${label} would have added ${about}${money(f.addedCost!)} and ${show(f.addedWeeks!)} weeks`
          : f.outcome === 'infeasible'
            ? `no plan within the limits also holds ${label}`
            : `${label} was not compared (${f.why ?? "the explanation's budget was spent"})`;
      const out: PassedOver = {
        option: text,
        outcome: f.outcome,
        proven: f.proven,
        text: `${sentence}.`,
      };
      if (f.addedCost !== undefined) out.addedCost = f.addedCost;
      if (f.addedWeeks !== undefined) out.addedWeeks = f.addedWeeks;
      return out;
    });
    const chosen = taken.map(requirementText);
    const pick = taken
      .map((c) => (typeof c === 'string' ? name(c) : requirementText(c)))
      .join(', ');
    const out: ChoiceExplanation = {
      rule: requirementText(rule),
      chosen,
      passedOver,
      text: capitalised(
        `${ownerText(owner)} needs ${requirementText(rule)}: this plan takes ${pick || 'what it holds'}.`,
      ),
    };
    if (owner.credential) out.credential = owner.credential;
    return out;
  }

  const steps = plan.steps.map((s): StepReason => {
    const isTarget = s.credential === query.target;
    const meets: RuleMet[] = [];
    owners.forEach((o, i) => {
      const rule = parentRule[i]!.get(s.credential);
      if (rule === undefined || !within(s.endWeek, o.start)) return;
      meets.push(o.credential ? { credential: o.credential, rule } : { rule });
    });
    const why = meets.map((m) => {
      const who = m.credential ? name(m.credential) : 'the goal';
      return m.rule === s.credential
        ? `${who} requires it`
        : `it counts toward ${who}, which needs ${m.rule}`;
    });
    const text = `Earn ${name(s.credential)}: ${isTarget ? 'the target' : why.join('; ') || 'it is part of the plan'}.`;
    return { credential: s.credential, target: isTarget, meets, text };
  });

  const held_: HoldingUse[] = [];
  for (const h of [...held].sort()) {
    const countsToward = owners
      .filter((o) => o.credential && requirementIds(o.requires).includes(h))
      .map((o) => o.credential!);
    const meetsGoal = form && requirementIds(input.target).includes(h);
    const isTarget = h === query.target;
    if (countsToward.length === 0 && !meetsGoal && !isTarget) continue;
    const toward = [...countsToward.map(name), ...(meetsGoal ? ['the goal'] : [])];
    const text = isTarget
      ? `You hold ${name(h)}, the target: nothing to earn.`
      : `You hold ${name(h)}: it counts toward ${toward.join(', ')}.`;
    held_.push({ credential: h, countsToward, meetsGoal, text });
  }

  const out: Explanation = {
    steps: withRenewalSteps(index, plan, steps),
    choices,
    held: held_,
    lapsed: lapsedNotes(index, plan),
  };
  const renewals = renewalNotes(index, plan);
  if (renewals !== undefined) out.renewals = renewals;
  return out;
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * @param index - the catalog, for names
 * @param plan - a plan
 * @returns a note per holding that lapsed and so did not count
 */
export function lapsedNotes(index: CatalogIndex, plan: Plan): LapsedNote[] {
  return (plan.lapsed ?? []).map((l) => ({
    credential: l.id,
    validUntil: l.validUntil,
    text: `Your ${index.byId.get(l.id)?.name ?? l.id} (${l.id}) lapsed on ${l.validUntil}, so it does not count.`,
  }));
}

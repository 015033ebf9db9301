/**
 * Plans and frontiers to a target form: the form's requirement (goal-requirement.ts) becomes the
 * requirement of one virtual credential, `(goal)` (cost 0, 0 weeks; no catalog id can take that
 * name, see core's ID_PATTERN), added to the catalog; the usual planner answers the query with that
 * credential as its target, so cheapest, fastest, constraints, hours and the frontier all stay exact
 * with no special case. The virtual step is then taken out, and the plan says what it `reached`.
 * Compiling the extended catalog costs what compiling the catalog costs (O(catalog)), so the last
 * few goals' planners are kept.
 */
import type { Catalog, CatalogIndex, Credential, Requirement } from '@pathwise/core';
import { activeHoldings } from '@pathwise/core';
import type { Plan, PlanQuery } from '../plan-types.js';
import type { Planner } from '../planner.js';
import type { Frontier } from '../frontier/frontier-types.js';
import { checkPlanQuery } from '../query/check-query.js';
import { UnknownQueryCredentialError } from '../query/query-errors.js';
import { goalRequirement } from './goal-requirement.js';
import type { Reached, TargetForm } from './target-types.js';

/** The id of the virtual credential a target form becomes. */
export const GOAL_ID = '(goal)';

/** How many goals' planners are kept. */
const KEPT_GOALS = 16;

/** Plans and frontiers to target forms over one catalog. */
export interface GoalPlanner {
  /** Planner.plan for a query whose target is a form. */
  plan(query: PlanQuery): Plan;
  /** Planner.frontier for a query whose target is a form. */
  frontier(query: PlanQuery): Frontier;
  /**
   * The plan (totals and steps, the virtual step taken out) to a virtual credential with this
   * requirement, for the query's holdings, objective and limits; for explanations' what-ifs.
   */
  planTo(requirement: Requirement, query: PlanQuery): Plan;
  /** @returns a checked form's requirement, or undefined when nothing can meet it */
  requirementOf(form: TargetForm): Requirement | undefined;
}

/**
 * @param catalog - the validated catalog
 * @param index - its lookups
 * @param build - compiles a planner for a catalog (createPlanner with the same options)
 * @param today - the date of a query without `asOf`
 * @returns the goal planner
 */
export function createGoalPlanner(
  catalog: Catalog,
  index: CatalogIndex,
  build: (catalog: Catalog) => Planner,
  today: () => string,
): GoalPlanner {
  const planners = new Map<string, Planner>();
  const plannerFor = (requirement: Requirement): Planner => {
    const key = JSON.stringify(requirement);
    let planner = planners.get(key);
    if (planner) planners.delete(key);
    else {
      const goal: Credential = {
        id: GOAL_ID,
        name: 'the goal',
        kind: 'certification',
        cost: 0,
        durationWeeks: 0,
        requires: requirement,
      };
      planner = build({ ...catalog, credentials: [...catalog.credentials, goal] });
      if (planners.size >= KEPT_GOALS) planners.delete(planners.keys().next().value!);
    }
    planners.set(key, planner);
    return planner;
  };

  /** Checks the query against the real catalog; returns the goal's requirement or why none. */
  const prepare = (query: PlanQuery): { requirement?: Requirement; reason?: string } => {
    checkPlanQuery(query);
    const form = query.target as TargetForm;
    const known = (id: string, path: string): void => {
      if (!index.byId.has(id)) throw new UnknownQueryCredentialError(id, path);
    };
    if ('anyOf' in form) form.anyOf.forEach((id, i) => known(id, `target.anyOf[${i}]`));
    (query.have ?? []).forEach((h, i) => known(h.id, `have[${i}].id`));
    (query.exclude ?? []).forEach((id, i) => known(id, `exclude[${i}]`));
    return goalRequirement(catalog, form);
  };
  // The virtual credential's plan is never explained itself (planner.ts explains the outer plan).
  const asked = (query: PlanQuery): PlanQuery => ({
    ...query,
    target: GOAL_ID,
    explain: undefined,
  });

  return {
    planTo(requirement, query) {
      const plan = plannerFor(requirement).plan(asked(query));
      return { ...plan, steps: plan.steps.filter((s) => s.credential !== GOAL_ID) };
    },
    requirementOf(form) {
      return goalRequirement(catalog, form).requirement;
    },
    plan(query) {
      const { requirement, reason } = prepare(query);
      if (requirement === undefined) return noGoal(query, reason!, index, today);
      const plan = plannerFor(requirement).plan(asked(query));
      return dress(plan, query, requirement, index, today);
    },
    frontier(query) {
      const { requirement, reason } = prepare(query);
      if (requirement === undefined) {
        const none = noGoal(query, reason!, index, today);
        const out: Frontier = {
          feasible: false,
          complete: true,
          target: query.target,
          plans: [],
          reason: none.reason!,
        };
        if (none.lapsed) out.lapsed = none.lapsed;
        return out;
      }
      const frontier = plannerFor(requirement).frontier(asked(query));
      const out: Frontier = {
        ...frontier,
        target: query.target,
        plans: frontier.plans.map((p) => dress(p, query, requirement, index, today)),
      };
      if (frontier.reason !== undefined) out.reason = renamed(frontier.reason);
      return out;
    },
  };
}

const renamed = (text: string): string => text.replaceAll(`"${GOAL_ID}"`, 'the goal');

/** The plan without its virtual step, for the form, with what it reached. */
function dress(
  plan: Plan,
  query: PlanQuery,
  requirement: Requirement,
  index: CatalogIndex,
  today: () => string,
): Plan {
  const steps = plan.steps
    .filter((s) => s.credential !== GOAL_ID)
    .map((s) => ({ ...s, satisfies: s.satisfies.filter((d) => d !== GOAL_ID) }));
  const out: Plan = { ...plan, target: query.target, steps };
  if (plan.reason !== undefined) out.reason = renamed(plan.reason);
  if (plan.feasible) out.reached = reached(out, query, requirement, index, today);
  return out;
}

/** An infeasible plan for a form nothing can meet. */
function noGoal(query: PlanQuery, reason: string, index: CatalogIndex, today: () => string): Plan {
  const { lapsed } = activeHoldings(index, query.have ?? [], query.asOf ?? today());
  return {
    feasible: false,
    optimal: true,
    objective: query.objective ?? 'cheapest',
    target: query.target,
    totalCost: 0,
    totalWeeks: 0,
    steps: [],
    reason,
    lapsed,
  };
}

/** The form's credentials held at the plan's end, earliest first; for skills, who covers each. */
function reached(
  plan: Plan,
  query: PlanQuery,
  requirement: Requirement,
  index: CatalogIndex,
  today: () => string,
): Reached {
  const { held } = activeHoldings(index, query.have ?? [], query.asOf ?? today());
  const endOf = new Map<string, number>();
  for (const id of held) endOf.set(id, 0);
  for (const s of plan.steps) if (!endOf.has(s.credential)) endOf.set(s.credential, s.endWeek);
  const earliest = (ids: readonly string[]): string[] =>
    ids.filter((id) => endOf.has(id)).sort((a, b) => endOf.get(a)! - endOf.get(b)!);
  const form = query.target as TargetForm;
  const groups = requirement as { all?: { any: string[] }[]; any?: string[] };
  if (!('skills' in form)) return { credentials: earliest(groups.any!) };
  const skills = [...new Set(form.skills)].map((skill, i) => ({
    skill,
    credential: earliest(groups.all![i]!.any)[0]!,
  }));
  return { credentials: earliest([...new Set(skills.map((s) => s.credential))]), skills };
}

/**
 * The page's frontier document: the exact cost-time frontier (Query.frontier) for the learner's query,
 * each point a whole plan with the fields the timeline and the pathway show.
 */
import { doc } from './client.js';
import {
  PLAN_FIELDS,
  PLAN_INPUT,
  PLAN_VARIABLES,
  type PlanData,
  type PlansVariables,
} from './documents.js';

/** A frontier as the page reads it. */
export interface FrontierData {
  feasible: boolean;
  complete: boolean;
  reason: string | null;
  /** By weeks ascending, cost descending; each the cheapest plan by its own weeks. */
  plans: PlanData[];
}

/** The frontier for the same variables as PLANS (the objective does not apply). */
export const FRONTIER = doc<{ frontier: FrontierData }, PlansVariables>(/* GraphQL */ `
  query Frontier(${PLAN_VARIABLES}) {
    frontier(input: { ${PLAN_INPUT} }) {
      feasible
      complete
      reason
      plans {
        ...PlanFields
      }
    }
  }
  ${PLAN_FIELDS}
`);

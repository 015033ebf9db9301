/**
 * The page's GraphQL documents, each typed with its result and variables (checked against the
 * server's schema by test/web/documents.test.ts, so they cannot drift from it).
 */
import { doc } from './client.js';

/** A requirement as catalog JSON: an id, or a group. */
export type RequirementJson =
  | string
  | { all: RequirementJson[] }
  | { any: RequirementJson[] }
  | { atLeast: number; of: RequirementJson[] }
  | { credits: number; of: RequirementJson[] };

/** A credential as the search lists it. */
export interface CredentialHit {
  id: string;
  name: string;
  kind: string;
  cost: number;
  durationWeeks: number;
  provider: { name: string } | null;
}

/** Search-as-you-type over ids and names (the API's `text` filter). */
export const SEARCH = doc<
  { credentials: { nodes: CredentialHit[]; totalCount: number } },
  { text: string; first: number }
>(/* GraphQL */ `
  query Search($text: String!, $first: Int!) {
    credentials(filter: { text: $text }, first: $first) {
      totalCount
      nodes {
        id
        name
        kind
        cost
        durationWeeks
        provider {
          name
        }
      }
    }
  }
`);

/** One step of a plan. */
export interface StepData {
  credential: {
    id: string;
    name: string;
    kind: string;
    effortHours: number | null;
    provider: { name: string } | null;
  };
  cost: number;
  startWeek: number;
  endWeek: number;
}

/** Why one step is in the plan (Plan.explanation's StepReason): its sentence. */
export interface StepReasonData {
  credential: { id: string };
  text: string;
}

/** An offer the plan takes (Plan.offers): what it costs, over which weeks. */
export interface OfferData {
  offer: string;
  cost: number;
  periods: number;
  startWeek: number;
  endWeek: number;
}

/** A renewal the plan pays to keep its target valid (Plan.renewals, under keepFor). */
export interface RenewalData {
  credential: { id: string; name: string };
  /** YYYY-MM-DD: the day the holding would lapse without it. */
  dueDate: string;
  /** The same day in weeks from the plan's start. */
  dueWeek: number | null;
  /** The paid renewal's cost; 0 when renewed by earning `by` (the step carries its cost). */
  cost: number;
  /** The paid renewal's continuing-education hours, when the catalog gives them. */
  effortHours: number | null;
  /** The credential earned to renew it, when not paid. */
  by: { id: string; name: string } | null;
}

/** One plan. */
export interface PlanData {
  feasible: boolean;
  optimal: boolean;
  objective: 'CHEAPEST' | 'FASTEST';
  totalCost: number;
  totalWeeks: number;
  reason: string | null;
  bound: number | null;
  /** With currentAnnualEarnings, when the target has outcomes above them: months to repay the cost. */
  paybackMonths: number | null;
  target: {
    id: string;
    name: string;
    requiresJson: RequirementJson | null;
    metrics: { delayFactor: number; pathwayComplexity: number; pathwaySize: number };
  };
  steps: StepData[];
  offers: OfferData[];
  /** Why each step is there (null when the API gave none). */
  explanation: { steps: StepReasonData[] } | null;
  /** Under keepFor: each renewal the horizon needs, in order (empty otherwise). */
  renewals: RenewalData[];
}

/** A holding as the API takes it. */
export interface HoldingInput {
  id: string;
  earnedOn?: string;
}

/** Variables of PLANS. */
export interface PlansVariables {
  target: string;
  have: HoldingInput[];
  asOf: string;
  maxWeeks: number | null;
  maxCost: number | null;
  weeklyHours: number | null;
  currentAnnualEarnings: number | null;
  /** Months the goal must stay valid once earned (plans add the renewals); null for none. */
  keepFor: number | null;
}

/** The fields the page shows of a plan (a fragment on Plan, shared by PLANS and FRONTIER). */
export const PLAN_FIELDS = /* GraphQL */ `
  fragment PlanFields on Plan {
    feasible
    optimal
    objective
    totalCost
    totalWeeks
    reason
    bound
    paybackMonths
    target {
      id
      name
      requiresJson
      metrics {
        delayFactor
        pathwayComplexity
        pathwaySize
      }
    }
    steps {
      credential {
        id
        name
        kind
        effortHours
        provider {
          name
        }
      }
      cost
      startWeek
      endWeek
    }
    offers {
      offer
      cost
      periods
      startWeek
      endWeek
    }
    explanation {
      steps {
        credential {
          id
        }
        text
      }
    }
    renewals {
      credential {
        id
        name
      }
      dueDate
      dueWeek
      cost
      effortHours
      by {
        id
        name
      }
    }
  }
`;

/** The variables of a learner's plan query, as GraphQL declares them (PLANS and FRONTIER). */
export const PLAN_VARIABLES = /* GraphQL */ `
  $target: ID!
  $have: [HoldingInput!]
  $asOf: String
  $maxWeeks: Float
  $maxCost: Float
  $weeklyHours: Float
  $currentAnnualEarnings: Float
  $keepFor: Float
`;

/** PlanInput's fields from PLAN_VARIABLES (add an objective where it applies). */
export const PLAN_INPUT = /* GraphQL */ `
  target: $target
  have: $have
  asOf: $asOf
  maxWeeks: $maxWeeks
  maxCost: $maxCost
  weeklyHours: $weeklyHours
  currentAnnualEarnings: $currentAnnualEarnings
  keepFor: $keepFor
`;

/** The cheapest and the fastest plan for one query, in one request. */
export const PLANS = doc<{ cheapest: PlanData; fastest: PlanData }, PlansVariables>(/* GraphQL */ `
  query Plans(${PLAN_VARIABLES}) {
    cheapest: plan(input: { ${PLAN_INPUT} objective: CHEAPEST }) {
      ...PlanFields
    }
    fastest: plan(input: { ${PLAN_INPUT} objective: FASTEST }) {
      ...PlanFields
    }
  }
  ${PLAN_FIELDS}
`);

/** A credential of a pathway with its rule. */
export interface PathwayNode {
  id: string;
  name: string;
  requiresJson: RequirementJson | null;
}

/** Most credentials fetched per pathway request (the API allows 30 aliases). */
export const PATHWAY_BATCH = 25;

/**
 * @param count - how many credentials (at most PATHWAY_BATCH)
 * @returns a document fetching `count` credentials by id, aliased c0..c{count-1}, ids in $i0..
 */
export function pathwayBatch(count: number) {
  const vars = Array.from({ length: count }, (_, i) => `$i${i}: ID!`).join(', ');
  const fields = Array.from(
    { length: count },
    (_, i) => `c${i}: credential(id: $i${i}) { id name requiresJson }`,
  ).join('\n');
  return doc<Record<string, PathwayNode | null>, Record<string, string>>(
    `query Pathway(${vars}) {\n${fields}\n}`,
  );
}

/** One row of the board's table. */
export interface ReachData {
  credential: {
    id: string;
    name: string;
    kind: string;
    provider: { name: string } | null;
    metrics: { blockingFactor: number; pathwayComplexity: number };
  };
  totalCost: number;
  totalWeeks: number;
  optimal: boolean;
  stepCount: number;
  undecided: boolean;
  /** Under a sponsor: what the learners pay (else null). */
  outOfPocket: number | null;
  /** The plan's largest weekly load, hours a week. */
  peakWeeklyHours: number;
}

/** What a group holding `from` can reach within the limits. */
export const REACHABLE = doc<
  { reachable: ReachData[] },
  {
    from: HoldingInput[];
    maxCost: number | null;
    maxWeeks: number | null;
    asOf: string;
    kinds: string[] | null;
    weeklyHours: number | null;
    keepFor: number | null;
    sponsor: { amount: number } | null;
  }
>(/* GraphQL */ `
  query Reachable(
    $from: [HoldingInput!]!
    $maxCost: Float
    $maxWeeks: Float
    $asOf: String
    $kinds: [String!]
    $weeklyHours: Float
    $keepFor: Float
    $sponsor: SponsorInput
  ) {
    reachable(
      from: $from
      maxCost: $maxCost
      maxWeeks: $maxWeeks
      asOf: $asOf
      kinds: $kinds
      weeklyHours: $weeklyHours
      keepFor: $keepFor
      sponsor: $sponsor
    ) {
      credential {
        id
        name
        kind
        provider {
          name
        }
        metrics {
          blockingFactor
          pathwayComplexity
        }
      }
      totalCost
      totalWeeks
      optimal
      stepCount
      undecided
      outOfPocket
      peakWeeklyHours
    }
  }
`);

/** An achievement the wallet gave that was not counted. */
interface WalletAchievement {
  achievementId: string;
  name?: string;
  id?: string;
}

/** What a wallet gives (Query.walletHoldings). */
export interface WalletReportData {
  holdings: HoldingInput[];
  unmatched: WalletAchievement[];
  expired: (WalletAchievement & { validUntil: string })[];
  rejected: (WalletAchievement & { reason: string; detail: string })[];
  warnings: string[];
}

/** A wallet file's holdings as of a date, with the CLI's checks. */
export const WALLET = doc<{ walletHoldings: WalletReportData }, { wallet: string; asOf: string }>(
  /* GraphQL */ `
    query Wallet($wallet: JSON!, $asOf: String) {
      walletHoldings(wallet: $wallet, asOf: $asOf) {
        holdings {
          id
          earnedOn
        }
        unmatched
        expired
        rejected
        warnings
      }
    }
  `,
);

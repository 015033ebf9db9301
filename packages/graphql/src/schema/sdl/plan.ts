/**
 * A plan's question and answer in the schema's SDL: the query (PlanInput and its parts), the plan,
 * its steps and offers, and the cost-time frontier. type-defs.ts joins the parts.
 */
export const planTypes = /* GraphQL */ `
  enum Objective {
    CHEAPEST
    FASTEST
  }

  input HoldingInput {
    id: ID!
    "YYYY-MM-DD; a holding with no date never lapses."
    earnedOn: String
  }

  input PlanInput {
    "The credential to reach; or leave it out and give one target form: anyOf, skills or recognizedBy."
    target: ID
    "Target form: whichever of these credentials is best."
    anyOf: [ID!]
    "Target form: for every skill, some credential that lists it is held at the end."
    skills: [String!]
    "Target form: any credential recognised by one of these (scheme:value, e.g. employer:us-dod-8140)."
    recognizedBy: [String!]
    "With recognizedBy: only credentials of these kinds."
    kinds: [String!]
    have: [HoldingInput!]
    "YYYY-MM-DD; default today."
    asOf: String
    objective: Objective = CHEAPEST
    "Open Badges 3.0 / CLR 2.0 wallet JSON; its achievements become holdings (added to \`have\`)."
    wallet: JSON
    "Milliseconds for the optimality proof; capped by the server."
    timeBudgetMs: Int
    "Deadline: the target must be held by this week."
    maxWeeks: Float
    "Budget: the plan may cost at most this."
    maxCost: Float
    "Credentials the learner will not earn (held ones still count as held)."
    exclude: [ID!]
    """
    Weekly-hours budget (> 0): a credential with effortHours e and durationWeeks d > 0 loads e/d hours a
    week while it runs (stretched to e/weeklyHours weeks when heavier); the steps running at any moment
    load at most this. CHEAPEST keeps its credentials and cost; FASTEST is the best schedule found, with
    a proven bound when optimal is false.
    """
    weeklyHours: Float
    """
    The learner's annual earnings now (>= 0, in the catalog's currency): with it, a plan to a credential
    that has outcomes reports paybackMonths.
    """
    currentAnnualEarnings: Float
    """
    YYYY-MM-DD, default asOf: the day of week 0. Each step's startDate and endDate are this day plus
    round(7 × week) days; a credential with start days may start only on one of them.
    """
    startDate: String
    "A sponsor paying up to an amount of the eligible costs: CHEAPEST then minimises outOfPocket."
    sponsor: SponsorInput
    """
    Months (>= 0) the target must stay valid after it is earned: totalCost then includes the cheapest
    upkeep (paid renewals, or earning a renewal.by credential, which becomes a step), listed in
    renewals; totalWeeks does not count it. A credential target only. Under frontier: the cost axis
    includes the upkeep; the weeks are those until the target is held.
    """
    keepFor: Float
  }

  "plan-v2 sponsor: pays up to amount of the costs of these providers or credentials (all when neither)."
  input SponsorInput {
    amount: Float!
    providers: [ID!]
    credentials: [ID!]
  }

  type Plan {
    feasible: Boolean!
    optimal: Boolean!
    objective: Objective!
    "The target credential; null for a target form (see reached)."
    target: Credential
    totalCost: Float!
    totalWeeks: Float!
    steps: [PlanStep!]!
    "For a target form, when feasible: what met it at the end."
    reached: Reached
    """
    Why the plan is what it is (plan-v2 explanations), computed when selected. Pricing the options passed
    over re-plans (at most 24 times, within the plan's time budget). On a frontier's plans, each is
    explained as the cheapest plan by its own totalWeeks, the points sharing the frontier's budget.
    """
    explanation: Explanation
    reason: String
    "Proven lower bound on the objective when optimal is false."
    bound: Float
    "Holdings that lapsed as of asOf and so did not count."
    lapsed: [LapsedHolding!]!
    """
    The holdings the plan relies on: those its steps' requirements (or, when the target is held, the
    target) are met with. Empty when there is no plan.
    """
    used: [UsedHolding!]!
    "What the wallet gave, when one was sent."
    wallet: WalletReport
    """
    With currentAnnualEarnings, when the credential reached has outcomes with a median above it:
    totalCost / ((median - current) / 12), the months after the target is held that the monthly uplift
    takes to repay the plan. For a target form, the highest median among the credentials reached.
    """
    paybackMonths: Float
    "The largest summed hoursPerWeek of the steps running at any moment (0 when no step has effortHours)."
    peakWeeklyHours: Float!
    """
    What a learner should know before following the plan: without a weeklyHours budget, a peak load
    of more than 40 hours a week (steps run side by side) is said here. Empty otherwise.
    """
    warnings: [String!]!
    "The offers taken (catalog-v2 offers); totalCost is the steps' costs plus theirs."
    offers: [PlanOffer!]!
    "Under a sponsor: what the learner pays."
    outOfPocket: Float
    "Under a sponsor: what the sponsor pays."
    sponsored: Float
    "Under keepFor: each renewal of the target the horizon needs, in order (empty otherwise)."
    renewals: [Renewal!]!
  }

  "A renewal of a credential (plan-v2 renewals): paid, or by earning another credential."
  type Renewal {
    credential: Credential!
    "YYYY-MM-DD: the day the holding would lapse without this renewal."
    dueDate: String!
    "The same day in weeks from the plan's startDate."
    dueWeek: Float
    "The paid renewal's cost; 0 when renewed by earning (the step carries its cost)."
    cost: Float!
    "The paid renewal's continuing-education hours, when the catalog gives them."
    effortHours: Float
    "The credential earned to renew it (a step ending on dueDate), when not paid."
    by: Credential
  }

  "An offer a plan takes: what it costs, for how many billing periods, over which weeks."
  type PlanOffer {
    offer: ID!
    cost: Float!
    periods: Int!
    startWeek: Float!
    endWeek: Float!
  }

  type PlanStep {
    credential: Credential!
    cost: Float!
    startWeek: Float!
    endWeek: Float!
    "Credentials in the plan (or the target) whose requirement this step counts toward."
    satisfies: [Credential!]!
    "Its constant load while it runs: effortHours / (endWeek − startWeek); 0 without effortHours or length."
    hoursPerWeek: Float!
    "The input's startDate (default asOf) plus round(7 × startWeek) days, YYYY-MM-DD."
    startDate: String!
    "The input's startDate (default asOf) plus round(7 × endWeek) days, YYYY-MM-DD."
    endDate: String!
    "The offer that pays this step, when one does; cost is then its price under the offer."
    offer: ID
  }

  "A holding a plan relies on."
  type UsedHolding {
    credential: Credential!
    "True when it counts only because another holding implies it (catalog v2: an all requirement's closure)."
    implied: Boolean!
  }

  type LapsedHolding {
    credential: Credential!
    earnedOn: String!
    validUntil: String!
  }

  type WalletReport {
    holdings: [Holding!]!
    "Achievements the catalog has no credential for: achievementId, name."
    unmatched: [JSONObject!]!
    "Credentials past their validUntil: achievementId, name, id, validUntil."
    expired: [JSONObject!]!
    "Credentials not counted: achievementId, name, id, reason (revoked, suspended, invalid-proof), detail."
    rejected: [JSONObject!]!
    warnings: [String!]!
  }

  type Holding {
    id: ID!
    earnedOn: String
  }

  "The Pareto set of plans of cost against weeks."
  type Frontier {
    "Whether any plan within the limits exists."
    feasible: Boolean!
    "Whether every plan is proven and none is missing; when false, gap bounds the rest."
    complete: Boolean!
    "The target credential; null for a target form."
    target: Credential
    """
    By weeks ascending: the first is the fastest plan of least cost, the last the cheapest plan of least
    weeks. Each is the cheapest plan by its own totalWeeks (objective CHEAPEST), optimal when proven.
    """
    plans: [Plan!]!
    gap: FrontierGap
    reason: String
    lapsed: [LapsedHolding!]!
  }

  """
  Where the plans of a cut-short frontier that are not listed lie (each figure proven): they hold the
  target from week fromWeeks to week toWeeks (null: no bound) and cost at least minCost.
  """
  type FrontierGap {
    fromWeeks: Float!
    toWeeks: Float
    minCost: Float!
  }
`;

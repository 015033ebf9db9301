/**
 * The Pathwise GraphQL schema in SDL (schema-first). plan-v1.md's contract (Query.plan, credential,
 * PlanInput, HoldingInput, Objective, Plan, PlanStep, Credential) is kept name for name; the rest
 * serves learners (browse, filter), universities (publish, retire, import) and workforce boards
 * (reachable, pathways).
 */

/** The schema's type definitions. */
export const typeDefs = /* GraphQL */ `
  "Any JSON value."
  scalar JSON
  "A JSON object."
  scalar JSONObject

  type Query {
    "An exact plan to earn a target (plan-v1.md)."
    plan(input: PlanInput!): Plan!
    """
    The exact cost-time frontier (plan-v2): every plan no other plan matches or beats on both cost and
    weeks, fastest first. The input's objective is ignored; its limits and time budget apply.
    """
    frontier(input: PlanInput!): Frontier!
    "One credential by id, or null."
    credential(id: ID!): Credential
    "Credentials matching a filter, in catalog order, a page at a time (cursor pagination)."
    credentials(filter: CredentialFilter, first: Int = 20, after: String): CredentialConnection!
    "Every provider of the catalog."
    providers: [Provider!]!
    "One provider by id, or null."
    provider(id: ID!): Provider
    """
    For a group whose members hold \`from\`: which credentials (of \`kinds\`, default every kind) they can
    reach within \`maxCost\` and \`maxWeeks\`, cheapest first. Credentials already held are left out.
    Exact: a credential is listed when its cheapest plan that holds it by week \`maxWeeks\` costs at
    most \`maxCost\` (that plan's cost and weeks are reported). A candidate whose proof ran out of time
    is listed with \`optimal: false\`: with \`undecided: false\` it is reachable but the cost may not be
    the least; with \`undecided: true\` no plan within the limits was found nor ruled out in time.
    With \`weeklyHours\`, every plan is scheduled under that many study hours a week (as Query.plan's
    weeklyHours), so a path of long exams is held by the week its hours allow, not by its durations.
    With \`keepFor\`, a reach's cost includes its upkeep over that many months, as plan's keepFor.
    """
    reachable(
      from: [HoldingInput!]!
      maxCost: Float
      maxWeeks: Float
      asOf: String
      kinds: [String!]
      "Weekly-hours budget (> 0, at most 168), as PlanInput.weeklyHours."
      weeklyHours: Float
      """
      A sponsor funding the group, as PlanInput.sponsor: each reach's cost is then what the learners
      pay (outOfPocket, the least by maxWeeks), maxCost bounds that share, and reaches come least
      out of pocket first.
      """
      sponsor: SponsorInput
      """
      Months (>= 0) each credential must stay valid after it is earned, as PlanInput.keepFor: a
      reach's totalCost then includes the cheapest upkeep over that horizon (paid renewals, or
      earning a renewal.by credential), exactly as plan prices it, and maxCost bounds that cost.
      maxWeeks still bounds the week the credential is held (renewals fall later and are not
      counted in totalWeeks, as in plan). A credential that lapses and cannot be renewed is left out.
      """
      keepFor: Float
    ): [Reach!]!
    """
    Summaries of the cheapest and the fastest pathway to a target; with \`weeklyHours\`, both scheduled
    under that many study hours a week (as PlanInput.weeklyHours).
    """
    pathways(
      target: ID!
      have: [HoldingInput!]
      asOf: String
      weeklyHours: Float
    ): [PathwaySummary!]!
    "The catalog version answering this request."
    catalogVersion: Int!
    """
    What an Open Badges 2.0 / 3.0 or CLR 2.0 wallet (JSON, JSON text, a JWT or a baked SVG's text)
    gives as holdings as of \`asOf\` (default today), with the CLI's checks: proofs verified offline,
    expired, revoked and suspended credentials and unmatched achievements reported, not counted.
    """
    walletHoldings(wallet: JSON!, asOf: String): WalletReport!
    """
    A dry run of publishCatalogFile: every fault of publishing the file now (the file's own and the
    resulting catalog's, each with the credential ids it concerns) and what it would add or change.
    Nothing is written. Needs the provider's key.
    """
    validateCatalogFile(input: CatalogFileInput!): CatalogFileCheck!
  }

  type Mutation {
    """
    Publishes a provider's programme: new ids are added, existing ids replaced. The whole catalog is
    validated after the change, which is applied atomically or not at all. Needs the provider's key.
    """
    publishProgram(input: PublishProgramInput!): PublishResult!
    """
    Marks one of the caller's credentials retired (catalog v2; a v1 catalog becomes v2): it stays in
    the catalog and is never a plan step again, while holdings of it and other providers' rules naming
    it keep their meaning. Retiring a retired credential changes nothing and answers the current
    catalogVersion. Needs the provider's key.
    """
    retireCredential(id: ID!): RetireResult!
    """
    Imports a CTDL pathway (JSON-LD) and publishes its credentials as the caller's provider, atomically
    and validated like publishProgram. Needs the provider's key.
    """
    importCtdl(document: JSON!, providerName: String): ImportResult!
    """
    Publishes a catalog file (catalog JSON, CSV or CTDL) as the caller's provider, atomically and
    validated like publishProgram; validateCatalogFile is its dry run. Needs the provider's key.
    """
    publishCatalogFile(input: CatalogFileInput!): ImportResult!
  }

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

  "Why a plan is what it is; every item has its sentence in text."
  type Explanation {
    steps: [StepReason!]!
    choices: [Choice!]!
    "Holdings the plan relies on."
    held: [HoldingUse!]!
    "Holdings that lapsed and so were not used."
    lapsed: [LapsedNote!]!
    "Under keepFor: each renewal of the target the horizon needs, in order, and how it is made (null without keepFor)."
    renewals: [RenewalNote!]
  }

  "Under keepFor: one renewal of the target, paid or made by earning a credential."
  type RenewalNote {
    "The credential renewed (the target)."
    credential: Credential!
    "YYYY-MM-DD: the day the holding would lapse without it."
    dueDate: String!
    "The paid renewal's cost; 0 when renewed by earning (that step carries the cost)."
    cost: Float!
    "The credential earned to renew it, when not paid."
    by: Credential
    text: String!
  }

  "The renewal a step makes: it earns a renewal.by credential after the target, by its due date."
  type StepRenewal {
    credential: Credential!
    dueDate: String!
  }

  type StepReason {
    credential: Credential!
    "Whether it is the target itself."
    target: Boolean!
    "The rules it meets: of which credential (null: the goal of a target form), as text."
    meets: [RuleMet!]!
    "Under keepFor: the renewal of the target this step makes, when it is one."
    renews: StepRenewal
    text: String!
  }

  type RuleMet {
    credential: Credential
    rule: String!
  }

  "An any or atLeast rule the plan had to meet."
  type Choice {
    "Whose requirement holds the rule (null: the goal of a target form)."
    credential: Credential
    rule: String!
    "The options the plan meets, as text."
    chosen: [String!]!
    passedOver: [PassedOver!]!
    text: String!
  }

  enum AlternativeOutcome {
    "The best plan that also holds the option was found: addedCost and addedWeeks are its totals minus this plan's."
    COMPARED
    "No plan within the limits holds the option."
    INFEASIBLE
    "Not priced: the explanation's budget was spent before this option, or (under keepFor) options are not priced with upkeep yet; text says which."
    NOT_COMPARED
  }

  type PassedOver {
    "The option as text (a credential id or a nested rule)."
    option: String!
    outcome: AlternativeOutcome!
    addedCost: Float
    addedWeeks: Float
    "Whether the figures are proven (both plans proven optimal)."
    proven: Boolean!
    text: String!
  }

  type HoldingUse {
    credential: Credential!
    "The plan's credentials (or the target) whose requirement names it."
    countsToward: [Credential!]!
    "Whether it meets the goal of a target form."
    meetsGoal: Boolean!
    text: String!
  }

  type LapsedNote {
    credential: Credential!
    validUntil: String!
    text: String!
  }

  "What met a target form at the end of a plan."
  type Reached {
    "The form's credentials the plan ends holding (earned or already held), earliest first."
    credentials: [Credential!]!
    "For a skills target: each skill and the credential that covers it earliest."
    skills: [SkillReached!]
  }

  type SkillReached {
    skill: String!
    credential: Credential!
  }

  "A holding a plan relies on."
  type UsedHolding {
    credential: Credential!
    "True when it counts only because another holding implies it (catalog v2: an all requirement's closure)."
    implied: Boolean!
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

  type Credential {
    id: ID!
    name: String!
    kind: String!
    provider: Provider
    cost: Float!
    durationWeeks: Float!
    effortHours: Float
    "Credits it counts toward credits requirements (0 when absent)."
    credits: Float!
    level: Int
    skills: [String!]!
    validityMonths: Int
    url: String
    description: String
    "No new learner can earn it (catalog v2): never a plan step; holdings of it still count."
    retired: Boolean!
    "What must be held before it can be started, as a tree; null when nothing."
    requires: Requirement
    "The same rule as catalog-v1 JSON."
    requiresJson: JSON
    "The credentials whose requirements name this one."
    stacksInto: [Credential!]!
    "Its x- extension fields."
    extensions: JSONObject
    "Pathway metrics in the spirit of CurricularAnalytics (computed once per catalog version)."
    metrics: CredentialMetrics!
  }

  """
  Structural metrics of a credential on the catalog's prerequisite graph, after CurricularAnalytics
  (Heileman et al. 2018). Every credential named in a requirement counts as a prerequisite, whether in
  an all, any, atLeast or credits group: the metrics read the pathway as published, every alternative
  included, not one learner's route.
  """
  type CredentialMetrics {
    "How much it unlocks: the number of credentials reachable from it."
    blockingFactor: Int!
    "The longest chain of credentials through it, counted in credentials."
    delayFactor: Int!
    "blockingFactor + delayFactor."
    cruciality: Int!
    """
    CurricularAnalytics' centrality: the sum of the lengths of every chain from an entry credential to
    a final one that passes through it (not as first or last).
    """
    centrality: Float!
    "Normalized betweenness centrality (Brandes); null on catalogs above 5000 credentials."
    betweenness: Float
    "Structural complexity of its pathway (it and everything upstream): the sum of blocking + delay."
    pathwayComplexity: Int!
    "Credentials in that pathway, itself included."
    pathwaySize: Int!
  }

  enum RequirementKind {
    CREDENTIAL
    ALL
    ANY
    AT_LEAST
    CREDITS
  }

  "One node of a requirement tree."
  type Requirement {
    kind: RequirementKind!
    "The credential, for kind CREDENTIAL."
    credential: Credential
    "k, for kind AT_LEAST."
    atLeast: Int
    "The credits needed, for kind CREDITS."
    credits: Float
    "The children, for the group kinds."
    of: [Requirement!]!
    "A readable rendering, e.g. all(a, any(b, c), 2 of (d, e, f))."
    text: String!
  }

  type Provider {
    id: ID!
    name: String!
    kind: String
    url: String
    credentials: [Credential!]!
  }

  input CredentialFilter {
    kind: String
    provider: ID
    skill: String
    "Case-insensitive substring of id, name or description."
    text: String
  }

  type CredentialConnection {
    edges: [CredentialEdge!]!
    nodes: [Credential!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }

  type CredentialEdge {
    cursor: String!
    node: Credential!
  }

  type PageInfo {
    hasNextPage: Boolean!
    endCursor: String
  }

  type Reach {
    credential: Credential!
    totalCost: Float!
    totalWeeks: Float!
    """
    The objective of the plan that fits the limits: CHEAPEST (the cheapest by the deadline), or FASTEST
    when the cheapest plan's schedule missed the deadline (under weeklyHours or start days) and the
    fastest plan within the limits was found instead (optimal is then false: its cost is not proven least).
    """
    objective: Objective!
    "Whether totalCost is proven the least among plans within the limits."
    optimal: Boolean!
    "Number of credentials to earn, the target included."
    stepCount: Int!
    """
    True when the time budget ran out before a plan within the limits was found or ruled out: the
    credential may be reachable; totalCost is then the proven lower bound, totalWeeks and stepCount 0.
    """
    undecided: Boolean!
    "Proven lower bound on the cost when optimal is false."
    bound: Float
    """
    Always the negation of undecided: true when totalWeeks is the week a plan found within the limits
    (maxWeeks, maxCost and, when given, weeklyHours) holds the credential, which is not necessarily
    the fewest possible. Read undecided instead.
    """
    weeksProven: Boolean!
      @deprecated(
        reason: "Always the negation of undecided, and not a proof that totalWeeks is the fewest: read undecided."
      )
    "The plan's largest weekly load, hours a week (0 when undecided)."
    peakWeeklyHours: Float!
    "Under a sponsor: what the learners pay (the proven lower bound when undecided)."
    outOfPocket: Float
    "Under a sponsor: what the sponsor pays (null when undecided)."
    sponsored: Float
  }

  type PathwaySummary {
    objective: Objective!
    target: Credential!
    feasible: Boolean!
    optimal: Boolean!
    totalCost: Float!
    totalWeeks: Float!
    stepCount: Int!
    credentials: [Credential!]!
    providers: [Provider!]!
    """
    Whether totalWeeks is proven the fewest weeks to the target (with weeklyHours, under it): for
    FASTEST when it is optimal; for CHEAPEST when the proven fastest finishes no earlier.
    """
    weeksProven: Boolean!
    "The plan's largest weekly load, hours a week."
    peakWeeklyHours: Float!
  }

  "A credential as publishers send it: catalog-v1 fields, requires as JSON."
  input CredentialInput {
    id: ID!
    name: String!
    kind: String!
    "Optional; when given it must be the programme's provider."
    provider: ID
    cost: Float!
    durationWeeks: Float!
    effortHours: Float
    credits: Float
    level: Int
    skills: [String!]
    validityMonths: Int
    requires: JSON
    url: String
    description: String
    "x- extension fields."
    extensions: JSONObject
  }

  input PublishProgramInput {
    provider: ID!
    "Used when the provider is not in the catalog yet."
    providerName: String
    credentials: [CredentialInput!]!
  }

  type PublishResult {
    catalogVersion: Int!
    credentials: [Credential!]!
  }

  type ImportResult {
    catalogVersion: Int!
    credentials: [Credential!]!
    "What the import ignored, defaulted or approximated."
    warnings: [ImportWarning!]!
  }

  type ImportWarning {
    code: String!
    path: String!
    message: String!
  }

  enum CatalogFileFormat {
    "pathwise.catalog/v1 or /v2 JSON: its credentials are published (a credential's provider, when given, must be the caller's)."
    CATALOG_JSON
    "One row per credential (@pathwise/interop's CSV columns)."
    CSV
    "A CTDL pathway (JSON-LD); its credentials become the caller's, as importCtdl."
    CTDL
  }

  input CatalogFileInput {
    format: CatalogFileFormat!
    "The file's text."
    content: String!
    "Used when the provider is not in the catalog yet."
    providerName: String
  }

  "A fault, with the ids of the credentials it concerns (empty for a fault of the file as a whole)."
  type CatalogFileFault {
    code: String!
    "Where: credentials[j] counts the file's credentials; catalog. prefixes a credential not sent."
    path: String!
    message: String!
    "The ids involved (a dangling id, a cycle's members)."
    ids: [ID!]!
    "The file's credential the fault lies in, when it lies in one."
    credential: ID
  }

  type CredentialChange {
    id: ID!
    "The credential's fields that would change."
    fields: [String!]!
  }

  type CatalogFileCheck {
    "The version checked against: a publish applies to the catalog as it is then."
    catalogVersion: Int!
    "Whether publishing the file now would be accepted."
    valid: Boolean!
    faults: [CatalogFileFault!]!
    warnings: [ImportWarning!]!
    "Ids the publish would add (empty while faulty, as are the lists below)."
    added: [ID!]!
    changed: [CredentialChange!]!
    unchanged: [ID!]!
    """
    The caller's credentials (not retired) the file leaves out: a publish keeps them; retireCredential
    retires one.
    """
    unlisted: [ID!]!
  }

  type RetireResult {
    catalogVersion: Int!
    id: ID!
  }
`;

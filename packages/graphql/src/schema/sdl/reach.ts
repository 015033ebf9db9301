/**
 * What a group can reach (workforce boards' reachable and pathways), in the schema's SDL. type-
 * defs.ts joins the parts.
 */
export const reachTypes = /* GraphQL */ `
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
`;

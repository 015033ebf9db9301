/**
 * The schema's entry points (its scalars, Query and Mutation); type-defs.ts joins the parts of the
 * SDL into one document.
 */
export const operations = /* GraphQL */ `
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
`;

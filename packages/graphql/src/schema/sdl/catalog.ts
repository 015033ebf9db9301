/**
 * The catalog as it is browsed, in the schema's SDL: credentials, their requirements and metrics,
 * providers, and the paged list. type-defs.ts joins the parts.
 */
export const catalogTypes = /* GraphQL */ `
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
`;

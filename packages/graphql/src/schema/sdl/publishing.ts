/**
 * What providers send (programmes, catalog files with their dry run, retirements) and what they
 * get back, in the schema's SDL. type-defs.ts joins the parts.
 */
export const publishingTypes = /* GraphQL */ `
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

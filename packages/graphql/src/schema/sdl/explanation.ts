/**
 * Why a plan is what it is (Plan.explanation), in the schema's SDL: each step's reason, the rules
 * it meets, the choices made and the alternatives passed over. type-defs.ts joins the parts.
 */
export const explanationTypes = /* GraphQL */ `
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
`;

// The schema keeps plan-v1.md's GraphQL contract name for name and type for type (more may be added).
// Types are inspected by shape: under vitest, graphql's ESM and CJS builds can both be loaded, and
// graphql's isObjectType() refuses a type built by the other.
import { describe, expect, it } from 'vitest';
import { createPathwiseSchema } from '../create-schema.js';

const schema = createPathwiseSchema();

const CONTRACT: Record<string, Record<string, string>> = {
  Query: { plan: 'Plan!', credential: 'Credential' },
  // plan-v1 has `target: ID!`; plan-v2 relaxes it to `ID` so that a target form (anyOf, skills,
  // recognizedBy) may come instead. Relaxing an input is compatible: every v1 query stays valid.
  PlanInput: { target: 'ID', have: '[HoldingInput!]', asOf: 'String', objective: 'Objective' },
  HoldingInput: { id: 'ID!', earnedOn: 'String' },
  Plan: {
    feasible: 'Boolean!',
    optimal: 'Boolean!',
    totalCost: 'Float!',
    totalWeeks: 'Float!',
    steps: '[PlanStep!]!',
    reason: 'String',
  },
  PlanStep: { credential: 'Credential!', cost: 'Float!', startWeek: 'Float!', endWeek: 'Float!' },
  Credential: {
    id: 'ID!',
    name: 'String!',
    kind: 'String!',
    cost: 'Float!',
    durationWeeks: 'Float!',
    stacksInto: '[Credential!]!',
  },
};

describe('plan-v1 GraphQL contract', () => {
  it.each(Object.entries(CONTRACT))('%s has the contract fields', (typeName, fields) => {
    const type = schema.getType(typeName);
    expect(type && 'getFields' in type).toBe(true);
    const actual = (
      type as unknown as { getFields(): Record<string, { type: unknown }> }
    ).getFields();
    for (const [field, typeString] of Object.entries(fields)) {
      expect(String(actual[field]?.type), `${typeName}.${field}`).toBe(typeString);
    }
  });

  it('Query.plan takes input: PlanInput!, credential takes id: ID!, objective defaults to CHEAPEST', () => {
    const query = schema.getQueryType()!.getFields();
    expect(query.plan!.args.map((a) => [a.name, String(a.type)])).toEqual([
      ['input', 'PlanInput!'],
    ]);
    expect(query.credential!.args.map((a) => [a.name, String(a.type)])).toEqual([['id', 'ID!']]);
    const objective = schema.getType('Objective') as unknown as { getValues(): { name: string }[] };
    expect(objective.getValues().map((v) => v.name)).toEqual(['CHEAPEST', 'FASTEST']);
    const planInput = schema.getType('PlanInput') as unknown as {
      getFields(): Record<string, { defaultValue: unknown }>;
    };
    expect(planInput.getFields().objective!.defaultValue).toBe('CHEAPEST');
  });
});

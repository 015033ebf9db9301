/**
 * Field resolvers of Plan.explanation and its object types: the engine's explanation with each
 * credential id turned into a Credential object of the plan's catalog version.
 */
import type { Explanation, PassedOver, RenewalNote } from '@pathwise/engine';
import type { PlanParent } from './parents.js';
import { credentialRef } from './parents.js';

type Index = PlanParent['index'];
/** An item of the explanation with the index of its plan. */
export interface Item<T> {
  item: T;
  index: Index;
}

const wrap =
  <T>(index: Index) =>
  (item: T): Item<T> => ({ item, index });
const ref = (index: Index, id: string | undefined): ReturnType<typeof credentialRef> | null =>
  id === undefined ? null : credentialRef(index, id);

/** @returns the Explanation object of a plan, or null when it has none */
export function explanationOf({ plan, index }: PlanParent): Item<Explanation> | null {
  return plan.explanation ? { item: plan.explanation, index } : null;
}

const OUTCOMES: Record<PassedOver['outcome'], string> = {
  compared: 'COMPARED',
  infeasible: 'INFEASIBLE',
  'not-compared': 'NOT_COMPARED',
};

/** Field resolvers of the explanation's object types. */
export const explanationTypeResolvers = {
  Explanation: {
    steps: ({ item, index }: Item<Explanation>) => item.steps.map(wrap(index)),
    choices: ({ item, index }: Item<Explanation>) => item.choices.map(wrap(index)),
    held: ({ item, index }: Item<Explanation>) => item.held.map(wrap(index)),
    lapsed: ({ item, index }: Item<Explanation>) => item.lapsed.map(wrap(index)),
    renewals: ({ item, index }: Item<Explanation>) => item.renewals?.map(wrap(index)) ?? null,
  },
  RenewalNote: {
    credential: ({ item, index }: Item<RenewalNote>) => credentialRef(index, item.credential),
    dueDate: ({ item }: Item<RenewalNote>) => item.dueDate,
    cost: ({ item }: Item<RenewalNote>) => item.cost,
    by: ({ item, index }: Item<RenewalNote>) => ref(index, item.by),
    text: ({ item }: Item<RenewalNote>) => item.text,
  },
  StepRenewal: {
    credential: ({ item, index }: Item<{ credential: string }>) =>
      credentialRef(index, item.credential),
    dueDate: ({ item }: Item<{ dueDate: string }>) => item.dueDate,
  },
  StepReason: {
    credential: ({ item, index }: Item<Explanation['steps'][number]>) =>
      credentialRef(index, item.credential),
    target: ({ item }: Item<Explanation['steps'][number]>) => item.target,
    meets: ({ item, index }: Item<Explanation['steps'][number]>) => item.meets.map(wrap(index)),
    renews: ({ item, index }: Item<Explanation['steps'][number]>) =>
      item.renews === undefined ? null : { item: item.renews, index },
    text: ({ item }: Item<Explanation['steps'][number]>) => item.text,
  },
  RuleMet: {
    credential: ({ item, index }: Item<{ credential?: string }>) => ref(index, item.credential),
    rule: ({ item }: Item<{ rule: string }>) => item.rule,
  },
  Choice: {
    credential: ({ item, index }: Item<Explanation['choices'][number]>) =>
      ref(index, item.credential),
    rule: ({ item }: Item<Explanation['choices'][number]>) => item.rule,
    chosen: ({ item }: Item<Explanation['choices'][number]>) => item.chosen,
    passedOver: ({ item, index }: Item<Explanation['choices'][number]>) =>
      item.passedOver.map(wrap(index)),
    text: ({ item }: Item<Explanation['choices'][number]>) => item.text,
  },
  PassedOver: {
    option: ({ item }: Item<PassedOver>) => item.option,
    outcome: ({ item }: Item<PassedOver>) => OUTCOMES[item.outcome],
    addedCost: ({ item }: Item<PassedOver>) => item.addedCost ?? null,
    addedWeeks: ({ item }: Item<PassedOver>) => item.addedWeeks ?? null,
    proven: ({ item }: Item<PassedOver>) => item.proven,
    text: ({ item }: Item<PassedOver>) => item.text,
  },
  HoldingUse: {
    credential: ({ item, index }: Item<Explanation['held'][number]>) =>
      credentialRef(index, item.credential),
    countsToward: ({ item, index }: Item<Explanation['held'][number]>) =>
      item.countsToward.map((id) => credentialRef(index, id)),
    meetsGoal: ({ item }: Item<Explanation['held'][number]>) => item.meetsGoal,
    text: ({ item }: Item<Explanation['held'][number]>) => item.text,
  },
  LapsedNote: {
    credential: ({ item, index }: Item<Explanation['lapsed'][number]>) =>
      credentialRef(index, item.credential),
    validUntil: ({ item }: Item<Explanation['lapsed'][number]>) => item.validUntil,
    text: ({ item }: Item<Explanation['lapsed'][number]>) => item.text,
  },
};

/**
 * Field resolvers of the object types: Credential, Provider, Requirement, Plan, PlanStep,
 * UsedHolding, LapsedHolding. Parents carry their catalog index (see parents.ts). Plan.warnings is
 * the engine's loadWarnings, the same sentence the CLI prints under its table.
 */
import type { Requirement } from '@pathwise/core';
import { isAll, isAny, isAtLeast, requirementForm } from '@pathwise/core';
import { loadWarnings, type PlanStep, type Reached, type UsedHolding } from '@pathwise/engine';
import type {
  CredentialParent,
  LapsedParent,
  PlanParent,
  ProviderParent,
  RequirementParent,
} from './parents.js';
import { credentialRef } from './parents.js';
import { requirementText } from '@pathwise/core';
import { explanationOf } from './explanation-types.js';
import { toGraphQLObjective } from './objective.js';
import { credentialMetrics } from './credential-metrics.js';
import { credentialList } from './credential-list.js';
import { matchesFilter } from './query-credentials.js';

const KIND_OF_FORM = {
  id: 'CREDENTIAL',
  all: 'ALL',
  any: 'ANY',
  atLeast: 'AT_LEAST',
  credits: 'CREDITS',
} as const;

function children(rule: Requirement): Requirement[] {
  if (typeof rule === 'string') return [];
  if (isAll(rule)) return rule.all;
  if (isAny(rule)) return rule.any;
  if (isAtLeast(rule)) return rule.of;
  return rule.of;
}

function extensionsOf(value: object): Record<string, unknown> | null {
  const entries = Object.entries(value).filter(([key]) => key.startsWith('x-'));
  return entries.length > 0 ? Object.fromEntries(entries) : null;
}

/** @returns the Reached object of a plan to a target form, or null */
function reachedOf(reached: Reached | undefined, index: PlanParent['index']): object | null {
  if (reached === undefined) return null;
  return {
    credentials: reached.credentials.map((id) => credentialRef(index, id)),
    skills: reached.skills?.map((s) => ({ ...s, index })) ?? null,
  };
}

/** A PlanStep object of the schema: a step with the index of its plan. */
export interface StepParent {
  step: PlanStep;
  index: PlanParent['index'];
}

/** A UsedHolding object of the schema: a holding a plan uses, with the index of its plan. */
export interface UsedParent {
  used: UsedHolding;
  index: PlanParent['index'];
}

/** Resolvers of the object types. */
export const objectTypeResolvers = {
  Credential: {
    id: ({ credential }: CredentialParent) => credential.id,
    name: ({ credential }: CredentialParent) => credential.name,
    kind: ({ credential }: CredentialParent) => credential.kind,
    provider: ({ credential, index }: CredentialParent): ProviderParent | null => {
      const provider = credential.provider
        ? index.providersById.get(credential.provider)
        : undefined;
      return provider ? { provider, index } : null;
    },
    cost: ({ credential }: CredentialParent) => credential.cost,
    durationWeeks: ({ credential }: CredentialParent) => credential.durationWeeks,
    effortHours: ({ credential }: CredentialParent) => credential.effortHours ?? null,
    credits: ({ credential }: CredentialParent) => credential.credits ?? 0,
    level: ({ credential }: CredentialParent) => credential.level ?? null,
    skills: ({ credential }: CredentialParent) => credential.skills ?? [],
    validityMonths: ({ credential }: CredentialParent) => credential.validityMonths ?? null,
    url: ({ credential }: CredentialParent) => credential.url ?? null,
    description: ({ credential }: CredentialParent) => credential.description ?? null,
    retired: ({ credential }: CredentialParent) => credential.retired === true,
    requires: ({ credential, index }: CredentialParent): RequirementParent | null =>
      credential.requires === undefined ? null : { rule: credential.requires, index },
    requiresJson: ({ credential }: CredentialParent) => credential.requires ?? null,
    stacksInto: ({ credential, index }: CredentialParent): CredentialParent[] =>
      (index.stacksInto.get(credential.id) ?? []).map((id) => credentialRef(index, id)),
    extensions: ({ credential }: CredentialParent) => extensionsOf(credential),
    metrics: credentialMetrics,
  },
  Provider: {
    id: ({ provider }: ProviderParent) => provider.id,
    name: ({ provider }: ProviderParent) => provider.name,
    kind: ({ provider }: ProviderParent) => provider.kind ?? null,
    url: ({ provider }: ProviderParent) => provider.url ?? null,
    credentials: async ({ provider, index }: ProviderParent): Promise<CredentialParent[]> => {
      // Query.credentials's list of this provider: once per version, off the compiled columns.
      const filter = { provider: provider.id };
      const list = await credentialList(index, filter, matchesFilter(filter));
      return list.slice(0, list.size).map((credential) => ({ credential, index }));
    },
  },
  Requirement: {
    kind: ({ rule }: RequirementParent) => KIND_OF_FORM[requirementForm(rule)],
    credential: ({ rule, index }: RequirementParent) =>
      typeof rule === 'string' ? credentialRef(index, rule) : null,
    atLeast: ({ rule }: RequirementParent) => (isAtLeast(rule) ? rule.atLeast : null),
    credits: ({ rule }: RequirementParent) =>
      typeof rule === 'object' && 'credits' in rule ? rule.credits : null,
    of: ({ rule, index }: RequirementParent): RequirementParent[] =>
      children(rule).map((child) => ({ rule: child, index })),
    text: ({ rule }: RequirementParent) => requirementText(rule),
  },
  Plan: {
    feasible: ({ plan }: PlanParent) => plan.feasible,
    optimal: ({ plan }: PlanParent) => plan.optimal,
    objective: ({ plan }: PlanParent) => toGraphQLObjective(plan.objective),
    target: ({ plan, index }: PlanParent) =>
      typeof plan.target === 'string' ? credentialRef(index, plan.target) : null,
    reached: ({ plan, index }: PlanParent) => reachedOf(plan.reached, index),
    explanation: explanationOf,
    totalCost: ({ plan }: PlanParent) => plan.totalCost,
    totalWeeks: ({ plan }: PlanParent) => plan.totalWeeks,
    steps: ({ plan, index }: PlanParent): StepParent[] =>
      plan.steps.map((step) => ({ step, index })),
    reason: ({ plan }: PlanParent) => plan.reason ?? null,
    bound: ({ plan }: PlanParent) => plan.bound ?? null,
    lapsed: ({ plan, index }: PlanParent): LapsedParent[] =>
      (plan.lapsed ?? []).map((lapsed) => ({ lapsed, index })),
    used: ({ plan, index }: PlanParent): UsedParent[] =>
      (plan.used ?? []).map((used) => ({ used, index })),
    wallet: ({ wallet }: PlanParent) => wallet ?? null,
    peakWeeklyHours: ({ plan }: PlanParent) => plan.peakWeeklyHours ?? 0,
    warnings: ({ plan, weeklyHours }: PlanParent) => loadWarnings(plan, weeklyHours),
    offers: ({ plan }: PlanParent) => plan.offers ?? [],
    outOfPocket: ({ plan }: PlanParent) => plan.outOfPocket ?? null,
    sponsored: ({ plan }: PlanParent) => plan.sponsored ?? null,
    renewals: ({ plan, index }: PlanParent) =>
      (plan.renewals ?? []).map((r) => ({
        credential: credentialRef(index, r.credential),
        dueDate: r.dueDate,
        dueWeek: r.dueWeek ?? null,
        cost: r.cost,
        effortHours: r.effortHours ?? null,
        by: r.by === undefined ? null : credentialRef(index, r.by),
      })),
    paybackMonths: ({ plan }: PlanParent) => plan.paybackMonths ?? null,
  },
  SkillReached: {
    credential: ({ credential, index }: { credential: string; index: PlanParent['index'] }) =>
      credentialRef(index, credential),
  },
  PlanStep: {
    credential: ({ step, index }: StepParent) => credentialRef(index, step.credential),
    cost: ({ step }: StepParent) => step.cost,
    startWeek: ({ step }: StepParent) => step.startWeek,
    endWeek: ({ step }: StepParent) => step.endWeek,
    satisfies: ({ step, index }: StepParent) =>
      step.satisfies.map((id) => credentialRef(index, id)),
    hoursPerWeek: ({ step }: StepParent) => step.hoursPerWeek ?? 0,
    startDate: ({ step }: StepParent) => step.startDate,
    endDate: ({ step }: StepParent) => step.endDate,
    offer: ({ step }: StepParent) => step.offer ?? null,
  },
  UsedHolding: {
    credential: ({ used, index }: UsedParent) => credentialRef(index, used.credential),
    implied: ({ used }: UsedParent) => used.implied,
  },
  LapsedHolding: {
    credential: ({ lapsed, index }: LapsedParent) => credentialRef(index, lapsed.id),
    earnedOn: ({ lapsed }: LapsedParent) => lapsed.earnedOn,
    validUntil: ({ lapsed }: LapsedParent) => lapsed.validUntil,
  },
};

/**
 * The schema's input objects as TypeScript types, and their conversion to engine / core values.
 */
import type { Holding } from '@pathwise/core';
import type { GraphQLObjective } from './objective.js';
import {
  InvalidQueryError,
  TARGET_FORM_KEYS,
  type PlanQuery,
  type Target,
  type TargetForm,
} from '@pathwise/engine';

/** HoldingInput. */
export interface HoldingInput {
  id: string;
  earnedOn?: string | null;
}

/** PlanInput. */
export interface PlanInput {
  target?: string | null;
  anyOf?: string[] | null;
  skills?: string[] | null;
  recognizedBy?: string[] | null;
  kinds?: string[] | null;
  have?: HoldingInput[] | null;
  asOf?: string | null;
  objective?: GraphQLObjective | null;
  wallet?: unknown;
  timeBudgetMs?: number | null;
  maxWeeks?: number | null;
  maxCost?: number | null;
  exclude?: string[] | null;
  weeklyHours?: number | null;
  currentAnnualEarnings?: number | null;
  startDate?: string | null;
  sponsor?: SponsorInput | null;
  keepFor?: number | null;
}

/** SponsorInput (plan-v2 sponsor). */
export interface SponsorInput {
  amount: number;
  providers?: string[] | null;
  credentials?: string[] | null;
}

/** CredentialFilter. */
export interface CredentialFilter {
  kind?: string | null;
  provider?: string | null;
  skill?: string | null;
  text?: string | null;
}

/** CredentialInput. */
export interface CredentialInput {
  id: string;
  name: string;
  kind: string;
  provider?: string | null;
  cost: number;
  durationWeeks: number;
  effortHours?: number | null;
  credits?: number | null;
  level?: number | null;
  skills?: string[] | null;
  validityMonths?: number | null;
  requires?: unknown;
  url?: string | null;
  description?: string | null;
  extensions?: Record<string, unknown> | null;
}

/** PublishProgramInput. */
export interface PublishProgramInput {
  provider: string;
  providerName?: string | null;
  credentials: CredentialInput[];
}

/**
 * @returns PlanInput's target as the engine's: `target`, or the target form its other fields give
 *   (the engine checks the form: exactly one of anyOf, skills, recognizedBy; kinds with recognizedBy)
 * @throws InvalidQueryError (INVALID_INPUT) when `target` comes with a form's fields
 */
export function toTarget(input: PlanInput): Target {
  const form: Record<string, string[]> = {};
  for (const key of TARGET_FORM_KEYS) {
    const v = input[key];
    if (v != null) form[key] = v;
  }
  const forms = Object.keys(form);
  if (input.target != null) {
    if (forms.length === 0) return input.target;
    throw new InvalidQueryError([
      { path: 'target', message: `goes alone: not with ${forms.join(', ')}` },
    ]);
  }
  // With no field at all, an empty form: the engine's check names the fault.
  return form as unknown as TargetForm;
}

/** @returns core holdings, with absent / null dates left out */
export function toHoldings(have: readonly HoldingInput[] | null | undefined): Holding[] {
  return (have ?? []).map((h) =>
    h.earnedOn == null ? { id: h.id } : { id: h.id, earnedOn: h.earnedOn },
  );
}

/**
 * @returns PlanInput's deadline, budget, exclusions, weekly-hours budget and current earnings as
 *   engine query fields (absent when null; the engine checks their values)
 */
export function planLimits(input: {
  maxWeeks?: number | null;
  maxCost?: number | null;
  exclude?: string[] | null;
  weeklyHours?: number | null;
  sponsor?: SponsorInput | null;
  currentAnnualEarnings?: number | null;
}): Pick<
  PlanQuery,
  'maxWeeks' | 'maxCost' | 'exclude' | 'weeklyHours' | 'sponsor' | 'currentAnnualEarnings'
> {
  const sponsor = input.sponsor;
  return {
    ...(input.currentAnnualEarnings != null
      ? { currentAnnualEarnings: input.currentAnnualEarnings }
      : {}),
    ...(sponsor != null
      ? {
          sponsor: {
            amount: sponsor.amount,
            ...(sponsor.providers != null ? { providers: sponsor.providers } : {}),
            ...(sponsor.credentials != null ? { credentials: sponsor.credentials } : {}),
          },
        }
      : {}),
    ...(input.weeklyHours != null ? { weeklyHours: input.weeklyHours } : {}),
    ...(input.maxWeeks != null ? { maxWeeks: input.maxWeeks } : {}),
    ...(input.maxCost != null ? { maxCost: input.maxCost } : {}),
    ...(input.exclude != null ? { exclude: input.exclude } : {}),
  };
}

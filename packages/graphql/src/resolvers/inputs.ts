/**
 * The schema's input objects as TypeScript types, and their conversion to engine / core values.
 */
import type { Holding } from '@pathwise/core';
import type { GraphQLObjective } from './objective.js';

/** HoldingInput. */
export interface HoldingInput {
  id: string;
  earnedOn?: string | null;
}

/** PlanInput. */
export interface PlanInput {
  target: string;
  have?: HoldingInput[] | null;
  asOf?: string | null;
  objective?: GraphQLObjective | null;
  wallet?: unknown;
  timeBudgetMs?: number | null;
  maxWeeks?: number | null;
  maxCost?: number | null;
  exclude?: string[] | null;
  weeklyHours?: number | null;
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

/** @returns core holdings, with absent / null dates left out */
export function toHoldings(have: readonly HoldingInput[] | null | undefined): Holding[] {
  return (have ?? []).map((h) =>
    h.earnedOn == null ? { id: h.id } : { id: h.id, earnedOn: h.earnedOn },
  );
}

/**
 * @returns PlanInput's deadline, budget, exclusions and weekly-hours budget as engine query fields
 *   (absent when null; the engine checks their values)
 */
export function planLimits(input: {
  maxWeeks?: number | null;
  maxCost?: number | null;
  exclude?: string[] | null;
  weeklyHours?: number | null;
}): { maxWeeks?: number; maxCost?: number; exclude?: string[]; weeklyHours?: number } {
  return {
    ...(input.weeklyHours != null ? { weeklyHours: input.weeklyHours } : {}),
    ...(input.maxWeeks != null ? { maxWeeks: input.maxWeeks } : {}),
    ...(input.maxCost != null ? { maxCost: input.maxCost } : {}),
    ...(input.exclude != null ? { exclude: input.exclude } : {}),
  };
}

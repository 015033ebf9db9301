/**
 * The service's limits: the API limits the resolvers apply (page size, plan time budget) plus the
 * ones the HTTP layer and validation apply before anything runs: body size, query depth, aliases,
 * cost; and the fairness limits: the planning queue's bounds and per-client request rates. Depth, aliases and cost use graphql-armor's validation rules (they run on graphql 16 with
 * Apollo 5 as plain `validationRules`).
 */
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { DEFAULT_LIMITS, type ApiLimits } from '@pathwise/graphql';

/** Every limit of the service. */
export interface ServiceLimits extends ApiLimits {
  /** Largest request body, in bytes (413 beyond). */
  maxBodyBytes: number;
  /** Deepest selection set (fragments flattened); introspection is exempt. */
  maxDepth: number;
  /** Most aliases in one operation. */
  maxAliases: number;
  /** Largest graphql-armor cost (objects 2, scalars 1, times 1.5 per level). */
  maxCost: number;
  /** Most plans waiting for a planning worker, from all clients (beyond: 503 SERVICE_UNAVAILABLE). */
  maxQueuedPlans: number;
  /** Most plans waiting from one client, an API key or an address (beyond: 429 RATE_LIMITED). */
  maxQueuedPlansPerClient: number;
  /**
   * The quick planning lane's budget per plan, in milliseconds (0: no quick lane): every plan is first
   * tried there, and only one not proven optimal in this time waits for the main workers.
   */
  quickPlanMs: number;
  /**
   * The nice value the main lane's worker threads run at (Linux; 0: the process's own): under
   * contention, the event loop and the quick lane get the cores before the long plans.
   */
  mainLaneNice: number;
  /** Requests per minute one API key may make (0: no limit; beyond: 429 RATE_LIMITED). */
  rateLimitPerKey: number;
  /** Requests per minute one address without a key may make (0: no limit). */
  rateLimitPerAddress: number;
}

/** The limits for which 0 means "no limit". */
export const UNLIMITED_WHEN_ZERO: readonly (keyof ServiceLimits)[] = [
  'quickPlanMs',
  'mainLaneNice',
  'rateLimitPerKey',
  'rateLimitPerAddress',
];

/** Defaults of ServiceLimits. */
export const DEFAULT_SERVICE_LIMITS: ServiceLimits = {
  ...DEFAULT_LIMITS,
  maxBodyBytes: 1_000_000,
  maxDepth: 20,
  maxAliases: 30,
  maxCost: 20_000,
  maxQueuedPlans: 256,
  maxQueuedPlansPerClient: 64,
  quickPlanMs: 50,
  mainLaneNice: 10,
  rateLimitPerKey: 0,
  rateLimitPerAddress: 0,
};

/**
 * @param limits - the service limits
 * @returns the validation rules refusing too deep, too aliased or too costly operations before they run
 */
export function limitRules(limits: ServiceLimits): ValidationRule[] {
  // graphql-armor throws by default (its envelop plugin catches that); as plain validation rules they
  // must report instead, or Apollo would answer 500. Reported, they fail validation with a 400.
  const report = {
    propagateOnRejection: false,
    onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error)],
  };
  return [
    maxDepthRule({ n: limits.maxDepth, flattenFragments: true, ...report }),
    maxAliasesRule({ n: limits.maxAliases, ...report }),
    costLimitRule({ maxCost: limits.maxCost, ...report }),
  ] as unknown as ValidationRule[];
}

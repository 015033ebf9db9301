/**
 * The values resolvers pass down: each carries the catalog index it came from, so nested fields
 * (stacksInto, provider, requires) resolve against the same catalog version, even right after a publish.
 */
import type {
  CatalogIndex,
  Credential,
  LapsedHolding,
  Provider,
  Requirement,
} from '@pathwise/core';
import { getCredential } from '@pathwise/core';
import type { Plan } from '@pathwise/engine';

/** A Credential object of the schema. */
export interface CredentialParent {
  credential: Credential;
  index: CatalogIndex;
}

/** A Provider object of the schema. */
export interface ProviderParent {
  provider: Provider;
  index: CatalogIndex;
}

/** A Requirement node of the schema. */
export interface RequirementParent {
  rule: Requirement;
  index: CatalogIndex;
}

/** A LapsedHolding object of the schema. */
export interface LapsedParent {
  lapsed: LapsedHolding;
  index: CatalogIndex;
}

/** What a wallet gave (interop's holdingsFromWallet result, as the schema shows it). */
export interface WalletReportParent {
  holdings: { id: string; earnedOn?: string }[];
  unmatched: object[];
  expired: object[];
  rejected: object[];
  warnings: string[];
}

/** A Plan object of the schema. */
export interface PlanParent {
  plan: Plan;
  index: CatalogIndex;
  wallet?: WalletReportParent;
  /** The query's weekly-hours budget, when it had one (Plan.warnings depends on it). */
  weeklyHours?: number;
}

/**
 * @returns the Credential object for `id`
 * @throws UnknownCredentialError when the catalog has no such credential
 */
export function credentialRef(index: CatalogIndex, id: string): CredentialParent {
  return { credential: getCredential(index, id), index };
}

/** @returns the Credential object for `id`, or null when the catalog has none */
export function maybeCredentialRef(index: CatalogIndex, id: string): CredentialParent | null {
  const credential = index.byId.get(id);
  return credential ? { credential, index } : null;
}

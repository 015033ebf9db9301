/**
 * The catalog model of `pathwise.catalog/v1` and `/v2` (docs/catalog-v1.md, docs/catalog-v2.md) as
 * TypeScript types: one model, where v2 only adds optional fields (and `offers`, see offer.ts).
 * These describe a catalog that has passed validation; raw input is `unknown` until `parseCatalog`.
 */
import type { Offer } from './offer.js';

/** The format string a v1 catalog carries. */
export const CATALOG_FORMAT = 'pathwise.catalog/v1' as const;
/** The format string a v2 catalog carries. */
export const CATALOG_FORMAT_V2 = 'pathwise.catalog/v2' as const;
/** Every format `parseCatalog` reads, oldest first. */
export const CATALOG_FORMATS = [CATALOG_FORMAT, CATALOG_FORMAT_V2] as const;
export type CatalogFormat = (typeof CATALOG_FORMATS)[number];

/** Kinds of credential a catalog may list. */
export const CREDENTIAL_KINDS = [
  'micro-credential',
  'badge',
  'certificate',
  'certification',
  'course',
  'assessment',
  'degree',
  'license',
  'experience',
] as const;
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];

/** Kinds of provider a catalog may list. */
export const PROVIDER_KINDS = [
  'university',
  'college',
  'industry',
  'platform',
  'board',
  'government',
  'other',
] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** Every field catalog-v1 defines on a credential, in the spec's order; any other must start with `x-`. */
export const CREDENTIAL_FIELDS = [
  'id',
  'name',
  'kind',
  'provider',
  'cost',
  'durationWeeks',
  'effortHours',
  'credits',
  'level',
  'skills',
  'validityMonths',
  'requires',
  'url',
  'description',
] as const;

/** The fields catalog-v2 adds to a credential (catalog-v2.md "Credential: new fields"). */
export const CREDENTIAL_FIELDS_V2_ONLY = [
  'pace',
  'starts',
  'retired',
  'aliases',
  'renewal',
  'outcomes',
  'recognizedBy',
] as const;

/** Every field catalog-v2 defines on a credential: v1's and the new ones. */
export const CREDENTIAL_FIELDS_V2 = [...CREDENTIAL_FIELDS, ...CREDENTIAL_FIELDS_V2_ONLY] as const;

/** How a credential is paced: `self` (spread at will, the default) or `fixed` (exactly its weeks). */
export const PACES = ['self', 'fixed'] as const;
export type Pace = (typeof PACES)[number];

/** Every field catalog-v1 defines on a provider (v2 adds none); any other must start with `x-`. */
export const PROVIDER_FIELDS = ['id', 'name', 'kind', 'url'] as const;

/** Extension fields (`x-…`) are kept as they are. */
export type Extensions = { [key: `x-${string}`]: unknown };

/** An issuer of credentials. */
export interface Provider extends Extensions {
  id: string;
  name: string;
  kind?: ProviderKind;
  url?: string;
}

/** Every credential held: `{ all: [...] }`. */
export interface AllRequirement {
  all: Requirement[];
}
/** At least one held: `{ any: [...] }`. */
export interface AnyRequirement {
  any: Requirement[];
}
/** At least `atLeast` of `of` met. */
export interface AtLeastRequirement {
  atLeast: number;
  of: Requirement[];
}
/** The held ones among `of` carry at least `credits` credits. */
export interface CreditsRequirement {
  credits: number;
  of: string[];
}

/** A stacking rule: a credential id, or a group of rules. Groups nest to any depth. */
export type Requirement =
  string | AllRequirement | AnyRequirement | AtLeastRequirement | CreditsRequirement;

/** A credential a learner can earn. */
export interface Credential extends Extensions {
  id: string;
  name: string;
  kind: CredentialKind;
  provider?: string;
  cost: number;
  durationWeeks: number;
  effortHours?: number;
  credits?: number;
  level?: number;
  skills?: string[];
  validityMonths?: number;
  requires?: Requirement;
  url?: string;
  description?: string;
  // catalog-v2 fields (absent in a v1 document):
  /** `self` (default) or `fixed`; a fixed one with effortHours > 0 has durationWeeks > 0. */
  pace?: Pace;
  /** The only days it can start: `YYYY-MM-DD` once, `--MM-DD` every year; absent: any day. */
  starts?: string[];
  /** No new learner can earn it; a holding of it still counts and rules naming it stay valid. */
  retired?: boolean;
  /** External identifiers (CTIDs, Open Badges ids, Credly URLs, exam codes), unique in the catalog. */
  aliases?: string[];
  /** How a holding is kept valid past `validityMonths` (only with `validityMonths`). */
  renewal?: Renewal;
  /** What holders earn, as published. */
  outcomes?: Outcomes;
  /** Who recognises it, as `scheme:value` (`industry:finance`, `country:de`). */
  recognizedBy?: string[];
}

/**
 * Keeping a holding valid: pay `cost` (and spend `effortHours`) for another `validityMonths`, or earn
 * any credential of `by` while the holding is valid.
 */
export interface Renewal extends Extensions {
  cost: number;
  effortHours?: number;
  /** Credential ids (never the renewed credential itself). */
  by?: string[];
}

/** Published earnings of holders, in the catalog's currency. */
export interface Outcomes extends Extensions {
  medianAnnualEarnings: number;
  /** Who published the figure (a survey, a CTDL EarningsProfile). */
  source: string;
  /** The year the figure is for. */
  year: number;
}

/** A whole catalog document. */
export interface Catalog extends Extensions {
  format: CatalogFormat;
  currency?: string;
  providers?: Provider[];
  credentials: Credential[];
  /** Ways to pay other than a credential's own cost (v2 only). */
  offers?: Offer[];
}

/**
 * One credential a learner holds, optionally with the date it was earned (`YYYY-MM-DD`). `id` may
 * be a credential id or (v2) one of its aliases; core's holdings functions resolve it.
 */
export interface Holding {
  id: string;
  earnedOn?: string;
}

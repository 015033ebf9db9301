/**
 * The catalog model of `pathwise.catalog/v1` (docs/catalog-v1.md) as TypeScript types.
 * These describe a catalog that has passed validation; raw input is `unknown` until `parseCatalog`.
 */

/** The one format string a v1 catalog carries. */
export const CATALOG_FORMAT = 'pathwise.catalog/v1' as const;

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

/** Every field catalog-v1 defines on a provider; any other must start with `x-`. */
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
}

/** A whole catalog document. */
export interface Catalog extends Extensions {
  format: typeof CATALOG_FORMAT;
  currency?: string;
  providers?: Provider[];
  credentials: Credential[];
}

/** One credential a learner holds, optionally with the date it was earned (`YYYY-MM-DD`). */
export interface Holding {
  id: string;
  earnedOn?: string;
}

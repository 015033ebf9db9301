/**
 * Incremental validation of a publish (issue 14): the faults `validateCatalog` would give a new
 * catalog, found by checking only what changed against a ValidationBase of the previous, valid one.
 * Every rule is the whole validator's own (its entry, reference, namespace, cycle and sum checks);
 * what is local is which entries and names they are run on. Each rule of validateCatalog and its
 * local form:
 * - top level: checked on the new document as a whole (O(1)); any fault there → not applicable;
 * - providers, credentials, offers (shape): only entries that are new or replaced (an entry's shape
 *   faults depend on the entry and its index only, and the previous catalog had none);
 * - unique provider ids: over the provider ids (providers are only appended);
 * - unique credential ids: the ids old and new of the changed entries ("touched ids") only; every
 *   other id occurs once, as before;
 * - namespace (offer ids, aliases): the touched ids and the changed entries' aliases, old and new,
 *   claimed in document order; each name's verdict depends on its own claims only;
 * - references and credit thresholds: the changed entries, plus the entries whose rules name a
 *   touched id (the reverse index), plus the entries whose own id is touched; all other entries
 *   resolve every reference as before, to ids with the same credits;
 * - cycles: every cycle of the new graph passes through an entry whose edges changed (the previous
 *   graph had none), so the cycles are those of the part reachable from those entries;
 * - finite sums: when the bound of each sum (previous bound + the changed figures) is far below the
 *   largest double, no running sum can overflow; else checkSums runs whole.
 * Not applicable (the caller validates whole): another format, other offers, providers not a
 * prefix-preserving append, fewer credentials, or a top-level fault.
 */
import type { Catalog, Credential } from '../../model/types.js';
import { CATALOG_FORMAT_V2 } from '../../model/types.js';
import { FaultList } from '../faults.js';
import { isObject } from '../check-fields.js';
import { checkCredential, checkProvider, checkTopLevel, entryTable } from '../check-entries.js';
import { RequirementWalker } from '../check-requirement.js';
import { checkUniqueIds, duplicateId, EntryReferences } from '../check-references.js';
import { NameClaims } from '../check-namespace.js';
import { isAlias } from '../check-credential-v2.js';
import { checkSums, eachFigure, summand } from '../check-sums.js';
import { differingPositions } from '../../document/lazy-credentials.js';
import type { ValidationResult } from '../parse-catalog.js';
import type { ValidationBase } from './validation-base.js';
import { localCycles } from './local-cycles.js';

/** Below this, a sum of up to 10^7 rounded non-negative terms cannot reach the largest double. */
const SAFE_SUM = 1e300;

/** What one update found, for `ValidationBase.advance`. */
export interface UpdateValidation {
  /** The verdict, as `validateCatalog(next)` gives it. */
  result: ValidationResult;
  /** The indices of the credentials that are new or replaced, ascending. */
  changed: number[];
}

/**
 * Validates `next` as a change of the catalog `base` describes.
 * @param base - the lookups of the previous, valid catalog
 * @param next - the new document (the previous one with credentials replaced or appended, and
 *   providers appended, sharing every unchanged entry object with it)
 * @returns exactly the faults `validateCatalog(next)` gives, in the same order, and the changed
 *   indices; or undefined when the change is not of that kind (validate whole then)
 */
export function validateCatalogUpdate(
  base: ValidationBase,
  next: unknown,
): UpdateValidation | undefined {
  if (!isObject(next)) return undefined;
  const faults = new FaultList();
  const top = checkTopLevel(next, faults);
  if (!top || faults.faults.length > 0 || top.format !== base.format) return undefined;
  const sameOffers =
    top.offers === base.offers || (top.offers.length === 0 && base.offers.length === 0);
  const P = base.providers.length;
  const n0 = base.credentials.length;
  if (!sameOffers || top.providers.length < P || top.credentials.length < n0) return undefined;
  for (let k = 0; k < P; k++) if (top.providers[k] !== base.providers[k]) return undefined;
  const cs = top.credentials;
  // Lists decoded on demand tell what differs without a credential decoded; others are compared.
  let changed = differingPositions(base.credentials, cs as readonly Credential[]);
  if (changed === undefined) {
    changed = [];
    for (let i = 0; i < cs.length; i++)
      if (i >= n0 || cs[i] !== base.credentials[i]) changed.push(i);
  }
  const v2 = top.format === CATALOG_FORMAT_V2;
  const walker = new RequirementWalker(faults);
  const at = faults.at;

  // Shape of the new providers and of the changed credentials (offers are unchanged).
  const providerIds = new Array<string | undefined>(top.providers.length);
  for (let k = 0; k < P; k++) providerIds[k] = (top.providers[k] as { id: string }).id;
  at.push('providers');
  for (let k = P; k < top.providers.length; k++) {
    at.push(k);
    providerIds[k] = checkProvider(top.providers[k], faults);
    at.pop();
  }
  at.pop();
  const table = entryTable(changed.length);
  const slot = new Map<number, number>();
  at.push('credentials');
  for (let t = 0; t < changed.length; t++) {
    const i = changed[t]!;
    slot.set(i, t);
    at.push(i);
    checkCredential(cs[i], t, top.format, table, walker, faults);
    at.pop();
  }
  at.pop();
  const idOf = (i: number): string | undefined => {
    const t = slot.get(i);
    return t === undefined ? (cs[i] as { id: string }).id : table.ids[t];
  };

  // Unique ids: providers over the list; credentials over the touched ids.
  const providerSet = checkUniqueIds(providerIds, 'providers', 'provider', faults);
  const touched = new Set<string>();
  const holders = new Map<string, number[]>(); // each new id of a changed entry, its indices
  for (let t = 0; t < changed.length; t++) {
    const i = changed[t]!;
    if (i < n0) touched.add(base.credentials[i]!.id);
    const id = table.ids[t];
    if (id === undefined) continue;
    touched.add(id);
    const list = holders.get(id);
    if (list) list.push(i);
    else holders.set(id, [i]);
  }
  const firstOf = new Map<string, number | undefined>();
  const repeats: { i: number; first: number; id: string }[] = [];
  for (const id of touched) {
    const k = base.idIndex.get(id);
    const at = [...(k !== undefined && !slot.has(k) ? [k] : []), ...(holders.get(id) ?? [])];
    at.sort((a, b) => a - b);
    firstOf.set(id, at[0]);
    for (let r = 1; r < at.length; r++) repeats.push({ i: at[r]!, first: at[0]!, id });
  }
  repeats.sort((a, b) => a.i - b.i);
  for (const r of repeats) duplicateId('credentials', r.i, r.first, r.id, 'credential', faults);
  const indexOf = (id: string): number | undefined =>
    firstOf.has(id) ? firstOf.get(id) : base.idIndex.get(id);
  const credentialIndex = { get: indexOf, has: (id: string) => indexOf(id) !== undefined };

  // The namespace, for the touched ids and the changed entries' aliases.
  const names = new Set(touched);
  const newAliases: { name: string; owner: number; place: number }[] = [];
  if (v2) {
    for (const i of changed) {
      const old = base.credentials[i];
      for (const a of old?.aliases ?? []) names.add(a);
      const c = cs[i];
      if (!isObject(c) || !Array.isArray(c.aliases)) continue;
      (c.aliases as unknown[]).forEach((a, j) => {
        if (!isAlias(a)) return;
        names.add(a);
        newAliases.push({ name: a, owner: i, place: j });
      });
    }
  }
  const claimsOf: { name: string; owner: number; place: number }[] = [...newAliases];
  for (const name of names) {
    const o = base.offerIndex.get(name);
    if (o !== undefined) claimsOf.push({ name, owner: -1, place: o });
    const a = v2 ? base.aliasOwner.get(name) : undefined;
    if (a !== undefined && !slot.has(a)) {
      claimsOf.push({ name, owner: a, place: base.credentials[a]!.aliases!.indexOf(name) });
    }
  }
  claimsOf.sort((x, y) =>
    x.owner < 0 || y.owner < 0
      ? x.owner < 0 && y.owner < 0
        ? x.place - y.place
        : x.owner < 0
          ? -1
          : 1
      : x.owner - y.owner || x.place - y.place,
  );
  const claims = new NameClaims(credentialIndex, idOf, faults);
  const claimed = new Map<string, string>();
  for (const c of claimsOf) {
    const what = c.owner < 0 ? 'offer id' : 'alias';
    if (!claims.claim(c.name, c.owner, c.place, what) || c.owner < 0) continue;
    const id = idOf(c.owner);
    if (id !== undefined) claimed.set(c.name, id);
  }
  const aliasOf = (name: string): string | undefined => {
    if (names.has(name)) return claimed.get(name);
    const a = v2 ? base.aliasOwner.get(name) : undefined;
    return a === undefined ? undefined : base.credentials[a]!.id;
  };
  const aliases = { get: aliasOf, has: (name: string) => aliasOf(name) !== undefined };

  // References and credit thresholds of the entries a change can reach.
  const recheck = new Set<number>(changed);
  const offersToCheck = new Set<number>();
  for (const id of touched) {
    const k = base.idIndex.get(id);
    if (k === undefined) continue;
    recheck.add(k);
    base.credentialsNaming(k, (s) => recheck.add(s));
    base.offersNaming(k, (s) => offersToCheck.add(s));
  }
  const creditsAt = (index: number): number => {
    const t = slot.get(index);
    if (t !== undefined) return table.credits[t]!;
    const credits = (cs[index] as { credits?: number }).credits;
    return credits ?? 0;
  };
  const known = { credentialIndex, creditsAt, providerIds: providerSet, aliases };
  const refs = new EntryReferences(known, walker, faults);
  const edges = new Map<number, number[]>();
  at.push('credentials');
  for (const i of [...recheck].sort((a, b) => a - b)) {
    const c = cs[i];
    if (!isObject(c)) continue;
    const t = slot.get(i);
    const owner = idOf(i);
    const provider = t === undefined ? (c.provider as string | undefined) : table.providers[t];
    const targets: number[] = [];
    const owns = owner !== undefined && indexOf(owner) === i;
    at.push(i);
    refs.credential(c, owner, provider, v2, owns ? { add: (x) => targets.push(x) } : undefined);
    at.pop();
    edges.set(i, targets);
  }
  at.pop();
  at.push('offers');
  for (const o of [...offersToCheck].sort((a, b) => a - b)) {
    const offer = top.offers[o] as Record<string, unknown>;
    at.push(o);
    refs.offer(offer, offer.id as string, offer.provider as string | undefined);
    at.pop();
  }
  at.pop();

  const predecessors = (v: number, f: (u: number) => void): void => {
    if (v < n0) base.credentialsNaming(v, f);
  };
  localCycles(cs, edges, indexOf, idOf, predecessors, walker, faults);

  // Finite sums: a bound first, the whole sum only near the largest double.
  const bounds = { cost: 0, weeks: 0, effort: 0, credits: 0 };
  for (const i of changed) {
    const c = cs[i];
    if (!isObject(c)) continue;
    eachFigure(c, 'credentials', v2, (q, obj, key) => (bounds[q] += summand(obj, key) ?? 0));
  }
  const overflows = (['cost', 'weeks', 'effort', 'credits'] as const).some(
    (q) => !(base.sum(q) + bounds[q] < SAFE_SUM),
  );
  if (overflows) checkSums(cs, top.offers, v2, faults);
  const result: ValidationResult =
    faults.faults.length > 0
      ? { ok: false, faults: faults.faults }
      : { ok: true, catalog: next as unknown as Catalog };
  return { result, changed };
}

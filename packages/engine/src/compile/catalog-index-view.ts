/**
 * A CatalogIndex (core's lookups) served from the compact index instead of being rebuilt: `byId`
 * reads the interned ids, `stacksInto` is the reverse of the compiled `deps`, built on first use, and
 * `aliases` is read off the compiled alias table.
 * Core's indexCatalog builds two 10^6-entry Maps of arrays (seconds, ~200 MB); this costs neither
 * until someone asks for `stacksInto`.
 */
import { CREDENTIAL_KINDS, type Catalog, type CatalogIndex, type Credential } from '@pathwise/core';
import type { CompactIndex } from './compact-index.js';

/** A read-only map from the credential ints of a compact index. */
abstract class IntKeyedMap<V> implements ReadonlyMap<string, V> {
  constructor(protected readonly compact: CompactIndex) {}
  protected abstract at(i: number): V;
  get size(): number {
    return this.compact.n;
  }
  get(key: string): V | undefined {
    const i = this.compact.idOf.get(key);
    return i === undefined ? undefined : this.at(i);
  }
  has(key: string): boolean {
    return this.compact.idOf.has(key);
  }
  forEach(
    callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void,
    thisArg?: unknown,
  ): void {
    for (let i = 0; i < this.compact.n; i++)
      callback.call(thisArg, this.at(i), this.compact.ids[i]!, this);
  }
  *entries(): MapIterator<[string, V]> {
    for (let i = 0; i < this.compact.n; i++) yield [this.compact.ids[i]!, this.at(i)];
  }
  *keys(): MapIterator<string> {
    yield* this.compact.ids;
  }
  *values(): MapIterator<V> {
    for (let i = 0; i < this.compact.n; i++) yield this.at(i);
  }
  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}

class CredentialsById extends IntKeyedMap<Credential> {
  constructor(
    compact: CompactIndex,
    private readonly credentials: readonly Credential[],
  ) {
    super(compact);
  }
  protected at(i: number): Credential {
    return this.credentials[i]!;
  }
}

class StacksInto extends IntKeyedMap<readonly string[]> {
  private start: Int32Array | undefined;
  private into: Int32Array | undefined;
  protected at(i: number): readonly string[] {
    if (!this.start) this.build();
    const out: string[] = [];
    for (let j = this.start![i]!; j < this.start![i + 1]!; j++)
      out.push(this.compact.ids[this.into![j]!]!);
    return out;
  }
  private build(): void {
    const { n, depStart, deps } = this.compact;
    const start = new Int32Array(n + 1);
    for (let j = 0; j < deps.length; j++) start[deps[j]! + 1] = start[deps[j]! + 1]! + 1;
    for (let i = 0; i < n; i++) start[i + 1] = start[i + 1]! + start[i]!;
    const fill = start.slice(0, n);
    const into = new Int32Array(deps.length);
    for (let c = 0; c < n; c++) {
      for (let j = depStart[c]!; j < depStart[c + 1]!; j++) {
        const d = deps[j]!;
        into[fill[d]!] = c;
        fill[d] = fill[d]! + 1;
      }
    }
    this.start = start;
    this.into = into;
  }
}

/**
 * @param catalog - the catalog the compact index was compiled from
 * @param compact - its compact index
 * @returns a CatalogIndex with the same contents as core's `indexCatalog(catalog)`
 */
export function catalogIndexView(catalog: Catalog, compact: CompactIndex): CatalogIndex {
  let aliases: Map<string, string> | undefined;
  return {
    catalog,
    byId: new CredentialsById(compact, catalog.credentials),
    providersById: new Map((catalog.providers ?? []).map((p) => [p.id, p] as const)),
    stacksInto: new StacksInto(compact),
    positionOf: (id) => compact.idOf.get(id),
    positionsWhere: (kinds, provider) => positionsWhere(compact, kinds, provider),
    // From the compiled alias table, built on first use: a holding named by an unknown name then
    // decodes no credential of a catalog read on demand.
    get aliases() {
      if (aliases === undefined) {
        aliases = new Map();
        for (let k = 0; k < compact.aliasesAt.length; k++)
          for (const alias of compact.aliasLists[k]!)
            aliases.set(alias, compact.ids[compact.aliasesAt[k]!]!);
      }
      return aliases;
    },
  };
}

/**
 * @returns the positions, ascending, of the credentials of one of `kinds` (null: any) and of
 *   `provider` (null: any), read off the compiled kind and provider columns
 */
function positionsWhere(
  compact: CompactIndex,
  kinds: ReadonlySet<string> | null,
  provider: string | null,
): Int32Array {
  const kindOk = new Uint8Array(CREDENTIAL_KINDS.length).fill(kinds === null ? 1 : 0);
  if (kinds !== null) CREDENTIAL_KINDS.forEach((k, code) => (kindOk[code] = kinds.has(k) ? 1 : 0));
  const wanted = provider === null ? -2 : compact.providers.indexOf(provider);
  if (wanted === -1) return new Int32Array(0); // a provider no credential names
  const keeps = (i: number): boolean =>
    kindOk[compact.kind[i]!] === 1 && (wanted === -2 || compact.provider[i] === wanted);
  // Counted, then written: a million matches make no list of numbers to copy.
  let count = 0;
  for (let i = 0; i < compact.n; i++) if (keeps(i)) count++;
  const out = new Int32Array(count);
  for (let i = 0, k = 0; k < count; i++) if (keeps(i)) out[k++] = i;
  return out;
}

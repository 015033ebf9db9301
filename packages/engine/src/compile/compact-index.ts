/**
 * The compact index: a catalog compiled once per version into typed arrays (CSR) with ids interned
 * to ints, for the planners' hot paths. The graphology graph (graph/catalog-graph.ts) stays the model;
 * this is its fast, small twin, built without graphology because a 10^6-credential graphology graph
 * takes tens of seconds and ~2 GB, while these arrays take a fraction of both.
 *
 * Node references ("refs"): 0..n-1 are credentials; GROUP_REF + g is requirement group g (so no ref
 * moves when credentials are appended). Groups are numbered
 * credential by credential, children first, so the groups of one credential are one run ending at its
 * root: that lets `updateIndex` carry an unchanged credential's run over with its refs moved, and
 * makes an updated index equal, array for array, to one compiled from scratch.
 */
import type { Catalog, Credential } from '@pathwise/core';
import { IdPrefixMap } from './id-map.js';
import { IndexWriter } from './index-writer.js';
import { GROUP_REF } from './group-kinds.js';

export { GROUP_ALL, GROUP_ANY, GROUP_AT_LEAST, GROUP_CREDITS, GROUP_REF } from './group-kinds.js';

/** A catalog compiled for planning. Read-only after `compileIndex`. */
export interface CompactIndex {
  /** Number of credentials. */
  readonly n: number;
  /** Credential ids by int. */
  readonly ids: readonly string[];
  /** Int of each credential id. */
  readonly idOf: ReadonlyMap<string, number>;
  readonly cost: Float64Array;
  readonly duration: Float64Array;
  readonly credits: Float64Array;
  /** Ref of each credential's requirement root; -1 when it requires nothing. */
  readonly req: Int32Array;
  /** Kind of each group (GROUP_*). */
  readonly groupKind: Uint8Array;
  /** k of atLeast, n of credits, 0 otherwise. */
  readonly groupParam: Float64Array;
  /** CSR offsets into `groupChildren` (length groups + 1). */
  readonly groupStart: Int32Array;
  /** Child refs of every group. */
  readonly groupChildren: Int32Array;
  /** CSR offsets into `deps` (length n + 1). */
  readonly depStart: Int32Array;
  /** The distinct credentials each credential's requirement names. */
  readonly deps: Int32Array;
  /** 1 when a credential's requirement is OR-only (absent, an id, or `any` of ids / OR-only `any`s). */
  readonly orOnly: Uint8Array;
  /** The credentials marked `retired` (catalog-v2), ascending: never a step (see resolve-query.ts). */
  readonly retired: Int32Array;
  /** effortHours of each credential (0: none), for planning under weekly hours. */
  readonly effort: Float64Array;
  /** 1 when a credential's pace is `fixed`. */
  readonly fixed: Uint8Array;
  /** The credentials with start days (catalog-v2 `starts`), ascending. */
  readonly startsAt: Int32Array;
  /** Their start days, in `startsAt`'s order. */
  readonly startDays: readonly (readonly string[])[];
  /** The credentials with aliases (catalog-v2 `aliases`), ascending. */
  readonly aliasesAt: Int32Array;
  /** Their aliases, in `aliasesAt`'s order. */
  readonly aliasLists: readonly (readonly string[])[];
  /** The credentials with a renewal (catalog-v2 `renewal`), ascending. */
  readonly renewalsAt: Int32Array;
  /** Their renewal's cost and effortHours (0: none), two per entry of `renewalsAt`. */
  readonly renewalFigures: Float64Array;
  /** Each credential's kind: its position in core's CREDENTIAL_KINDS (for filters, not planning). */
  readonly kind: Uint8Array;
  /** Each credential's provider: its position in `providers`, -1 for none. */
  readonly provider: Int32Array;
  /**
   * The provider ids credentials name, in the order of their first credential: appending
   * credentials then only appends to it, and an updated index equals a compiled one.
   */
  readonly providers: readonly string[];
}

/**
 * Compiles a valid catalog (acyclic, no dangling ids) into a compact index.
 * @param catalog - a catalog that has passed validation
 * @returns the index; the catalog is not changed
 */
export function compileIndex(catalog: Catalog): CompactIndex {
  const credentials = catalog.credentials;
  const builder = indexBuilder(credentials.map((c) => c.id));
  for (let i = 0; i < credentials.length; i++) builder.add(i, credentials[i]!);
  return builder.finish();
}

/** Compiles a catalog one credential at a time (indexBuilder). */
export interface IndexBuilder {
  /** Compiles the credential at `index`; each index once, in ascending order. */
  add(index: number, credential: Credential): void;
  /** @returns the index, once every credential was added */
  finish(): CompactIndex;
}

/**
 * A compiler for a reader that holds one credential at a time (the first import of a huge document,
 * which validation hands each credential as it reads it): compileIndex's result, given the ids first.
 * @param ids - every credential's id, by position (a valid catalog's); the index keeps this array
 * @returns the builder
 */
export function indexBuilder(ids: string[]): IndexBuilder {
  const writer = new IndexWriter(ids.length, ids, IdPrefixMap.of(ids));
  return { add: (i, c) => writer.compile(i, c), finish: () => writer.finish() };
}

/**
 * The index of a catalog's next version from its previous one, compiling only what changed: an
 * unchanged credential's numbers, requirement groups and prerequisites are copied over (typed array
 * copies, no catalog object is read), so a publish into two million credentials costs a pass over the
 * arrays, not a compilation. Equal to `compileIndex(catalog)`.
 * @param previous - the index of the previous version
 * @param catalog - the next version (valid): the previous credentials at the same positions, those in
 *   `changed` replaced, and new ones appended
 * @param changed - positions below `previous.n` whose credential changed (order and repeats ignored)
 * @returns the next version's index; `previous` is not changed and stays usable
 */
export function updateIndex(
  previous: CompactIndex,
  catalog: Catalog,
  changed: Iterable<number>,
): CompactIndex {
  const creds = catalog.credentials;
  const n = creds.length;
  const within = [...new Set(changed)].filter((i) => i < previous.n);
  // One new array of ids: the previous ones and the appended (a copy then a push would copy twice).
  const ids = previous.ids.concat(creds.slice(previous.n).map((c) => c.id));
  for (const i of within) ids[i] = creds[i]!.id;
  const idOf =
    previous.idOf instanceof IdPrefixMap ? previous.idOf.extend(ids) : IdPrefixMap.of(ids);
  // Room for the previous index's groups, children and prerequisites, and a margin for the
  // credentials compiled afresh: the copies then never grow a column, and each column's result is
  // its own array rather than a copy of it (column.ts).
  const fresh = n - previous.n + within.length;
  const room = {
    groups: previous.groupKind.length + 4 * fresh + 1024,
    children: previous.groupChildren.length + 16 * fresh + 4096,
    deps: previous.deps.length + 16 * fresh + 4096,
  };
  if (within.length === 0) {
    // Only appended: the previous arrays go on, in their own buffers where they may (spare-room.ts).
    const writer = new IndexWriter(n, ids, idOf, room, previous);
    for (let i = previous.n; i < n; i++) writer.compile(i, creds[i]!);
    return writer.finish();
  }
  const redo = new Uint8Array(n).fill(1, previous.n);
  for (const i of within) redo[i] = 1;
  const writer = new IndexWriter(n, ids, idOf, room);
  let nextGroup = 0; // the first group of `previous` not yet copied or skipped
  for (let i = 0; i < n;) {
    if (redo[i] === 1) {
      const root = i < previous.n ? previous.req[i]! : -1;
      if (root >= GROUP_REF) nextGroup = root - GROUP_REF + 1; // its old groups are dropped
      writer.compile(i, creds[i]!);
      i++;
      continue;
    }
    // A run of unchanged credentials, and the run of their groups.
    const from = i;
    let groupTo = nextGroup;
    for (; i < n && redo[i] === 0; i++) {
      const root = previous.req[i]!;
      if (root >= GROUP_REF) groupTo = root - GROUP_REF + 1;
    }
    writer.copy(previous, from, i, nextGroup, groupTo);
    nextGroup = groupTo;
  }
  return writer.finish();
}

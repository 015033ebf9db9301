/**
 * The compact index: a catalog compiled once per version into typed arrays (CSR) with ids interned
 * to ints, for the planners' hot paths. The graphology graph (graph/catalog-graph.ts) stays the model;
 * this is its fast, small twin, built without graphology because a 10^6-credential graphology graph
 * takes tens of seconds and ~2 GB, while these arrays take a fraction of both.
 *
 * Node references ("refs"): 0..n-1 are credentials; n + g is requirement group g.
 */
import type { Catalog, Requirement } from '@pathwise/core';
import { isAll, isAny, isAtLeast } from '@pathwise/core';

/** Group kinds of a requirement node. */
export const GROUP_ALL = 0;
/** `{ any: [...] }` */
export const GROUP_ANY = 1;
/** `{ atLeast: k, of: [...] }` */
export const GROUP_AT_LEAST = 2;
/** `{ credits: n, of: [ids] }` */
export const GROUP_CREDITS = 3;

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
}

/**
 * Compiles a valid catalog (acyclic, no dangling ids) into a compact index.
 * @param catalog - a catalog that has passed validation
 * @returns the index; the catalog is not changed
 */
export function compileIndex(catalog: Catalog): CompactIndex {
  const creds = catalog.credentials;
  const n = creds.length;
  const ids: string[] = new Array<string>(n);
  const idOf = new Map<string, number>();
  const cost = new Float64Array(n);
  const duration = new Float64Array(n);
  const credits = new Float64Array(n);
  const retired: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = creds[i]!;
    if (c.retired === true) retired.push(i);
    ids[i] = c.id;
    idOf.set(c.id, i);
    cost[i] = c.cost;
    duration[i] = c.durationWeeks;
    credits[i] = c.credits ?? 0;
  }
  const req = new Int32Array(n).fill(-1);
  const kinds: number[] = [];
  const params: number[] = [];
  const starts: number[] = [0];
  const children: number[] = [];
  const depStart = new Int32Array(n + 1);
  const deps: number[] = [];

  const refOf = (id: string): number => {
    const i = idOf.get(id);
    if (i === undefined)
      throw new Error(`compileIndex: dangling credential "${id}" (catalog not validated)`);
    return i;
  };
  const groupOr: number[] = [];
  const orOnly = new Uint8Array(n);
  const isOr = (ref: number): boolean => ref < n || groupOr[ref - n] === 1;

  const childRefs: number[] = [];
  const compile = (r: Requirement): number => {
    if (typeof r === 'string') return refOf(r);
    let kind: number;
    let param = 0;
    let list: readonly Requirement[];
    if (isAll(r)) {
      kind = GROUP_ALL;
      list = r.all;
    } else if (isAny(r)) {
      kind = GROUP_ANY;
      list = r.any;
    } else if (isAtLeast(r)) {
      kind = GROUP_AT_LEAST;
      param = r.atLeast;
      list = r.of;
    } else {
      kind = GROUP_CREDITS;
      param = r.credits;
      list = r.of;
    }
    // Children first (nested groups get lower numbers), gathered on a shared stack.
    const base = childRefs.length;
    for (const child of list) childRefs.push(compile(child));
    const g = kinds.length;
    let or = kind === GROUP_ANY;
    for (let j = base; or && j < childRefs.length; j++) or = isOr(childRefs[j]!);
    groupOr.push(or ? 1 : 0);
    kinds.push(kind);
    params.push(param);
    for (let j = base; j < childRefs.length; j++) children.push(childRefs[j]!);
    childRefs.length = base;
    starts.push(children.length);
    return n + g;
  };

  const seen = new Int32Array(n).fill(-1);
  const collectDeps = (ref: number, owner: number): void => {
    if (ref < n) {
      if (seen[ref] !== owner) {
        seen[ref] = owner;
        deps.push(ref);
      }
      return;
    }
    const g = ref - n;
    for (let j = starts[g]!; j < starts[g + 1]!; j++) collectDeps(children[j]!, owner);
  };
  for (let i = 0; i < n; i++) {
    const r = creds[i]!.requires;
    if (r !== undefined) {
      req[i] = compile(r);
      collectDeps(req[i]!, i);
    }
    orOnly[i] = req[i]! < 0 || isOr(req[i]!) ? 1 : 0;
    depStart[i + 1] = deps.length;
  }
  return {
    n,
    ids,
    idOf,
    cost,
    duration,
    credits,
    req,
    groupKind: new Uint8Array(kinds),
    groupParam: new Float64Array(params),
    groupStart: new Int32Array(starts),
    groupChildren: new Int32Array(children),
    depStart,
    deps: new Int32Array(deps),
    orOnly,
    retired: new Int32Array(retired),
  };
}

/**
 * Writes a compact index credential by credential, in position order: each credential either compiled
 * from its catalog object or copied from a previous index with its group refs moved. One writer for
 * `compileIndex` and `updateIndex` (compact-index.ts), so both give the same arrays. Requirement trees
 * are walked with an explicit stack, never recursion (they are user data).
 */
import type { Credential, Requirement } from '@pathwise/core';
import { CREDENTIAL_KINDS, isAll, isAny, isAtLeast } from '@pathwise/core';
import type { CompactIndex } from './compact-index.js';
import { GROUP_ALL, GROUP_ANY, GROUP_AT_LEAST, GROUP_CREDITS, GROUP_REF } from './group-kinds.js';
import type { IdPrefixMap } from './id-map.js';
import { Column } from './column.js';
import { handOut, roomFor, takeAfter, whole } from './spare-room.js';
import { SparseRows } from './sparse-rows.js';

/** @returns an index's start days as a sparse table */
const startRows = (
  index: CompactIndex,
): { at: Int32Array; values: readonly (readonly string[])[] } => ({
  at: index.startsAt,
  values: index.startDays,
});

/** @returns an index's aliases as a sparse table */
const aliasRows = (
  index: CompactIndex,
): { at: Int32Array; values: readonly (readonly string[])[] } => ({
  at: index.aliasesAt,
  values: index.aliasLists,
});

type RenewalRows = { at: Int32Array; values: readonly (readonly [number, number])[] };
/** Each index's renewal figures as pairs, made once (an update copies runs of them many times). */
const renewalPairs = new WeakMap<CompactIndex, RenewalRows>();

/** @returns an index's renewal figures as a sparse table */
function renewalRows(index: CompactIndex): RenewalRows {
  let rows = renewalPairs.get(index);
  if (rows === undefined) {
    const f = index.renewalFigures;
    const values = Array.from(index.renewalsAt, (_, k) => [f[2 * k]!, f[2 * k + 1]!] as const);
    rows = { at: index.renewalsAt, values };
    renewalPairs.set(index, rows);
  }
  return rows;
}

/** Each credential kind's code in an index (its position in CREDENTIAL_KINDS). */
const KIND_CODE = new Map<string, number>(CREDENTIAL_KINDS.map((k, i) => [k, i]));

/** A group being compiled: its children so far are `refs[base..]`. */
interface Frame {
  kind: number;
  param: number;
  list: readonly Requirement[];
  next: number;
  base: number;
}

/** Builds the arrays of one index; `finish` once every credential 0..n-1 is written, in order. */
export class IndexWriter {
  private readonly cost: Float64Array;
  private readonly duration: Float64Array;
  private readonly credits: Float64Array;
  private readonly effort: Float64Array;
  private readonly fixed: Uint8Array;
  private readonly req: Int32Array;
  private readonly depStart: Int32Array;
  private readonly orOnly: Uint8Array;
  private readonly seen: Int32Array;
  private readonly kinds: Column<Uint8Array>;
  private readonly params: Column<Float64Array>;
  private readonly starts: Column<Int32Array>;
  private readonly children: Column<Int32Array>;
  /** 1 when a group written here is OR-only (only its own groups' are read: copied ones are 0). */
  private readonly groupOr: Column<Uint8Array>;
  private readonly deps: Column<Int32Array>;
  private readonly retired: number[];
  /** Where the copy of a previous index stands in its `retired` (positions ascend). */
  private retiredAt = 0;
  private readonly startDays: SparseRows<readonly string[]>;
  private readonly aliases: SparseRows<readonly string[]>;
  private readonly renewals: SparseRows<readonly [cost: number, effort: number]>;
  private readonly kind: Uint8Array;
  private readonly provider: Int32Array;
  /** The providers in the order of their first credential so far, and each one's code. */
  private readonly providers: string[];
  private readonly providerCode: Map<string, number>;
  /** The code here of each code of the index `copy` last copied from (-1: not yet known). */
  private copiedCodes: { from: CompactIndex; code: Int32Array } | undefined;

  /**
   * @param n - the number of credentials
   * @param ids - their ids by position
   * @param idOf - their positions by id
   * @param room - the groups, group children and prerequisites to make room for at the start (an
   *   update knows them nearly: the previous index's, and a margin for what changed); none: start
   *   small and double
   * @param previous - an index this one appends credentials `previous.n..n-1` to: its arrays are
   *   taken over where they may be (spare-room.ts), and only the appended credentials are written
   */
  constructor(
    private readonly n: number,
    private readonly ids: string[],
    private readonly idOf: IdPrefixMap,
    room?: { groups: number; children: number; deps: number },
    previous?: CompactIndex,
  ) {
    // Without a size to start from (a compilation from nothing), the columns start small and double.
    const doubling = room === undefined;
    room ??= { groups: 1024, children: 1024, deps: 1024 };
    if (n >= GROUP_REF) throw new RangeError(`an index holds fewer than ${GROUP_REF} credentials`);
    const groups = previous?.groupKind.length ?? 0;
    this.groupOr = new Column(Uint8Array, room.groups, doubling);
    this.groupOr.appendZeros(groups);
    this.seen = new Int32Array(n).fill(-1);
    if (previous === undefined) {
      this.kinds = new Column(Uint8Array, room.groups, doubling);
      this.params = new Column(Float64Array, room.groups, doubling);
      this.starts = new Column(Int32Array, room.groups + 1, doubling);
      this.children = new Column(Int32Array, room.children, doubling);
      this.deps = new Column(Int32Array, room.deps, doubling);
      this.cost = whole(Float64Array, roomFor(n));
      this.duration = whole(Float64Array, roomFor(n));
      this.credits = whole(Float64Array, roomFor(n));
      this.effort = whole(Float64Array, roomFor(n));
      this.fixed = whole(Uint8Array, roomFor(n));
      this.req = whole(Int32Array, roomFor(n)).fill(-1, 0, n);
      this.depStart = whole(Int32Array, roomFor(n + 1));
      this.orOnly = whole(Uint8Array, roomFor(n));
      this.retired = [];
      this.startDays = new SparseRows();
      this.aliases = new SparseRows();
      this.renewals = new SparseRows();
      this.kind = whole(Uint8Array, roomFor(n));
      this.provider = whole(Int32Array, roomFor(n));
      this.providers = [];
      this.providerCode = new Map();
      this.starts.push(0);
      return;
    }
    this.kinds = Column.after(Uint8Array, previous.groupKind);
    this.params = Column.after(Float64Array, previous.groupParam);
    this.starts = Column.after(Int32Array, previous.groupStart);
    this.children = Column.after(Int32Array, previous.groupChildren);
    this.deps = Column.after(Int32Array, previous.deps);
    this.cost = takeAfter(Float64Array, previous.cost, n);
    this.duration = takeAfter(Float64Array, previous.duration, n);
    this.credits = takeAfter(Float64Array, previous.credits, n);
    this.effort = takeAfter(Float64Array, previous.effort, n);
    this.fixed = takeAfter(Uint8Array, previous.fixed, n);
    this.req = takeAfter(Int32Array, previous.req, n).fill(-1, previous.n, n);
    this.depStart = takeAfter(Int32Array, previous.depStart, n + 1);
    this.orOnly = takeAfter(Uint8Array, previous.orOnly, n);
    this.retired = [...previous.retired];
    this.startDays = new SparseRows(startRows(previous));
    this.aliases = new SparseRows(aliasRows(previous));
    this.renewals = new SparseRows(renewalRows(previous));
    this.kind = takeAfter(Uint8Array, previous.kind, n);
    this.provider = takeAfter(Int32Array, previous.provider, n);
    // The previous credentials keep their places, so their providers keep their first ones.
    this.providers = [...previous.providers];
    this.providerCode = new Map(this.providers.map((p, k) => [p, k]));
  }

  /** Compiles credential `i` from its object. */
  compile(i: number, c: Credential): void {
    if (c.retired === true) this.retired.push(i);
    this.cost[i] = c.cost;
    this.duration[i] = c.durationWeeks;
    this.credits[i] = c.credits ?? 0;
    this.effort[i] = c.effortHours ?? 0;
    this.fixed[i] = c.pace === 'fixed' ? 1 : 0;
    if (c.starts !== undefined) this.startDays.add(i, c.starts);
    if (c.aliases !== undefined && c.aliases.length > 0) this.aliases.add(i, c.aliases);
    if (c.renewal !== undefined)
      this.renewals.add(i, [c.renewal.cost ?? 0, c.renewal.effortHours ?? 0]);
    this.kind[i] = this.kindCodeOf(c.kind);
    this.provider[i] = c.provider === undefined ? -1 : this.providerCodeOf(c.provider);
    if (c.requires !== undefined) this.req[i] = this.requirement(c.requires, i);
    this.orOnly[i] = this.req[i]! < 0 || this.isOr(this.req[i]!) ? 1 : 0;
    this.depStart[i + 1] = this.deps.length;
  }

  /**
   * Copies credentials `from..to-1` from `previous`, where they are at the same positions, with their
   * groups (one run in `previous`: `groupFrom..groupTo-1`), by whole array runs.
   */
  copy(previous: CompactIndex, from: number, to: number, groupFrom: number, groupTo: number): void {
    const shift = this.kinds.length - groupFrom; // a copied group's ref moves by it
    const childFrom = previous.groupStart[groupFrom]!;
    const childShift = this.children.length - childFrom;
    // Group starts all move by childShift (none is below -1, so `below` never holds one back).
    this.starts.appendShifted(previous.groupStart, groupFrom + 1, groupTo + 1, -1, childShift);
    this.groupOr.appendZeros(groupTo - groupFrom);
    this.kinds.append(previous.groupKind.subarray(groupFrom, groupTo));
    this.params.append(previous.groupParam.subarray(groupFrom, groupTo));
    this.children.appendShifted(
      previous.groupChildren,
      childFrom,
      previous.groupStart[groupTo]!,
      GROUP_REF,
      shift,
    );
    if (shift === 0) this.req.set(previous.req.subarray(from, to), from);
    else
      for (let i = from; i < to; i++) {
        const ref = previous.req[i]!;
        this.req[i] = ref < GROUP_REF ? ref : ref + shift; // -1 (requires nothing) stays
      }
    this.cost.set(previous.cost.subarray(from, to), from);
    this.duration.set(previous.duration.subarray(from, to), from);
    this.credits.set(previous.credits.subarray(from, to), from);
    this.effort.set(previous.effort.subarray(from, to), from);
    this.fixed.set(previous.fixed.subarray(from, to), from);
    this.orOnly.set(previous.orOnly.subarray(from, to), from);
    this.kind.set(previous.kind.subarray(from, to), from);
    this.copyProviders(previous, from, to);
    const depFrom = previous.depStart[from]!;
    const depShift = this.deps.length - depFrom;
    this.deps.append(previous.deps.subarray(depFrom, previous.depStart[to]!));
    for (let i = from; i < to; i++) this.depStart[i + 1] = previous.depStart[i + 1]! + depShift;
    const old = previous.retired;
    while (this.retiredAt < old.length && old[this.retiredAt]! < from) this.retiredAt++;
    for (; this.retiredAt < old.length && old[this.retiredAt]! < to; this.retiredAt++)
      this.retired.push(old[this.retiredAt]!);
    this.startDays.copyRun(startRows(previous), from, to);
    this.aliases.copyRun(aliasRows(previous), from, to);
    this.renewals.copyRun(renewalRows(previous), from, to);
  }

  /** @returns the index */
  finish(): CompactIndex {
    return {
      n: this.n,
      ids: this.ids,
      idOf: this.idOf,
      cost: handOut(this.cost, this.n),
      duration: handOut(this.duration, this.n),
      credits: handOut(this.credits, this.n),
      req: handOut(this.req, this.n),
      groupKind: this.kinds.result(),
      groupParam: this.params.result(),
      groupStart: this.starts.result(),
      groupChildren: this.children.result(),
      depStart: handOut(this.depStart, this.n + 1),
      deps: this.deps.result(),
      orOnly: handOut(this.orOnly, this.n),
      retired: new Int32Array(this.retired),
      effort: handOut(this.effort, this.n),
      fixed: handOut(this.fixed, this.n),
      startsAt: new Int32Array(this.startDays.at),
      startDays: this.startDays.values,
      aliasesAt: new Int32Array(this.aliases.at),
      aliasLists: this.aliases.values,
      renewalsAt: new Int32Array(this.renewals.at),
      renewalFigures: Float64Array.from(this.renewals.values.flat()),
      kind: handOut(this.kind, this.n),
      provider: handOut(this.provider, this.n),
      providers: this.providers,
    };
  }

  /** @returns the code of a credential kind */
  private kindCodeOf(kind: string): number {
    const code = KIND_CODE.get(kind);
    if (code === undefined)
      throw new Error(`compileIndex: unknown credential kind "${kind}" (catalog not validated)`);
    return code;
  }

  /** @returns the code of a provider id, the next one when it is new */
  private providerCodeOf(id: string): number {
    let code = this.providerCode.get(id);
    if (code === undefined) {
      code = this.providers.push(id) - 1;
      this.providerCode.set(id, code);
    }
    return code;
  }

  /**
   * Copies credentials `from..to-1`'s providers from `previous`, their codes translated: a credential
   * written before them may have changed, so a provider's first credential (its code) may too.
   */
  private copyProviders(previous: CompactIndex, from: number, to: number): void {
    if (this.copiedCodes?.from !== previous)
      this.copiedCodes = {
        from: previous,
        code: new Int32Array(previous.providers.length).fill(-1),
      };
    const { code } = this.copiedCodes;
    const old = previous.provider;
    for (let i = from; i < to; i++) {
      const was = old[i]!;
      if (was < 0) this.provider[i] = -1;
      else {
        if (code[was] === -1) code[was] = this.providerCodeOf(previous.providers[was]!);
        this.provider[i] = code[was]!;
      }
    }
  }

  private isOr(ref: number): boolean {
    return ref < GROUP_REF || this.groupOr.at(ref - GROUP_REF) === 1;
  }

  /** Ends a group whose `count` children are the last in `children`. @returns its ref */
  private closeGroup(kind: number, param: number, count: number): number {
    let or = kind === GROUP_ANY;
    for (let j = this.children.length - count; or && j < this.children.length; j++)
      or = this.isOr(this.children.at(j));
    this.groupOr.push(or ? 1 : 0);
    this.kinds.push(kind);
    this.params.push(param);
    this.starts.push(this.children.length);
    return GROUP_REF + this.kinds.length - 1;
  }

  /** Compiles credential `owner`'s requirement, children first, noting each id it names once. */
  private requirement(root: Requirement, owner: number): number {
    const refs: number[] = [];
    const frames: Frame[] = [];
    let item: Requirement | undefined = root;
    for (;;) {
      if (typeof item === 'string') refs.push(this.named(item, owner));
      else if (item !== undefined) frames.push(frameOf(item, refs.length));
      const top = frames[frames.length - 1];
      if (top === undefined) return refs[0]!;
      if (top.next < top.list.length) {
        item = top.list[top.next++];
        continue;
      }
      frames.pop();
      const count = refs.length - top.base;
      for (let j = top.base; j < refs.length; j++) this.children.push(refs[j]!);
      refs.length = top.base;
      refs.push(this.closeGroup(top.kind, top.param, count));
      item = undefined;
    }
  }

  /** @returns the position of a named credential, added once to `owner`'s prerequisites */
  private named(id: string, owner: number): number {
    const i = this.idOf.get(id);
    if (i === undefined)
      throw new Error(`compileIndex: dangling credential "${id}" (catalog not validated)`);
    if (this.seen[i] !== owner) {
      this.seen[i] = owner;
      this.deps.push(i);
    }
    return i;
  }
}

/** @returns the frame of a requirement group, its children to start at `base` */
function frameOf(r: Exclude<Requirement, string>, base: number): Frame {
  if (isAll(r)) return { kind: GROUP_ALL, param: 0, list: r.all, next: 0, base };
  if (isAny(r)) return { kind: GROUP_ANY, param: 0, list: r.any, next: 0, base };
  if (isAtLeast(r)) return { kind: GROUP_AT_LEAST, param: r.atLeast, list: r.of, next: 0, base };
  return { kind: GROUP_CREDITS, param: r.credits, list: r.of, next: 0, base };
}

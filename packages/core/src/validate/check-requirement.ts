/**
 * Checks of a `requires` tree (catalog-v1.md "Requirement") and the one walk over it that every
 * later check shares. The walk is iterative (explicit stacks, reused across trees), so input of any
 * depth gives faults rather than a stack overflow, and it allocates nothing per node when the tree
 * is well formed: the path of a node is kept on the fault list's cursor and formatted only for a fault.
 * The same walk, silent, hands the catalog-wide checks each well-formed reference and credits group,
 * so what counts as well formed is decided here only.
 */
import type { FaultList } from './faults.js';
import { ID_PATTERN, isObject, typeName } from './check-fields.js';

/** What the catalog-wide checks are handed by a silent walk (the cursor is at the item). */
export interface RequirementVisitor {
  /** A well-formed credential id named by the tree. */
  ref(id: string): void;
  /** A well-formed `credits` group whose members are all well-formed ids (cursor at the group). */
  credits(credits: number, of: readonly string[]): void;
}

type Form = 'all' | 'any' | 'atLeast' | 'credits';
const FORMS: readonly Form[] = ['all', 'any', 'atLeast', 'credits'];
const hasOwn = Object.prototype.hasOwnProperty;
const BAD_REQUIREMENT_ID = 'a requirement id must be 1-200 characters of A-Z a-z 0-9 . _ : / -';

/**
 * How many groups deep a requirement may nest. The format's own rule (catalog-v2.md, applied to v1
 * documents too): deeper input would overflow every recursive reader of the tree downstream, and no
 * real programme comes near it.
 */
export const MAX_REQUIREMENT_DEPTH = 100;

/** Walks requirement trees; one per validation, its stacks reused from tree to tree. */
export class RequirementWalker {
  private readonly values: unknown[] = [];
  private readonly depths: number[] = [];
  private readonly keys: string[] = [];
  private readonly indices: number[] = [];
  /** The key of the member list of the group `visit` last returned. */
  private listKey = 'all';

  constructor(private readonly faults: FaultList) {}

  /**
   * Checks a requirement tree at the cursor (faults in document pre-order), or walks it silently.
   * @param owner - the id of the credential (or offer) it belongs to, named in faults
   * @param visitor - when given, the walk reports no fault and hands it what is well formed
   */
  walk(value: unknown, owner: string | undefined, visitor?: RequirementVisitor): void {
    if (typeof value === 'string') {
      this.visit(value, 0, owner, visitor); // the common bare id, without the stacks
      return;
    }
    const at = this.faults.at;
    const base = at.depth;
    const { values, depths, keys, indices } = this;
    let top = 0;
    values[top] = value;
    depths[top] = 0;
    top++;
    while (top > 0) {
      top--;
      const node = values[top];
      values[top] = undefined;
      const depth = depths[top]!;
      if (depth > 0) {
        at.truncate(base + 2 * (depth - 1));
        at.push(keys[top]!);
        at.push(indices[top]!);
      }
      const list = this.visit(node, depth, owner, visitor);
      if (!list) continue;
      const key = this.listKey;
      for (let i = list.length - 1; i >= 0; i--) {
        values[top] = list[i];
        depths[top] = depth + 1;
        keys[top] = key;
        indices[top] = i;
        top++;
      }
    }
    at.truncate(base);
  }

  /** Checks one node; @returns the members to walk next (none for ids and credits groups). */
  private visit(
    value: unknown,
    depth: number,
    owner: string | undefined,
    visitor: RequirementVisitor | undefined,
  ): unknown[] | undefined {
    const faults = this.faults;
    const check = visitor === undefined;
    if (typeof value === 'string') {
      if (ID_PATTERN.test(value)) visitor?.ref(value);
      else if (check) faults.add('BAD_ID', faults.at.path(), BAD_REQUIREMENT_ID, [value]);
      return undefined;
    }
    if (!isObject(value)) {
      if (check) {
        const message = `a requirement must be an id or a group object, got ${typeName(value)}`;
        faults.addFor('WRONG_TYPE', faults.at.path(), message, owner);
      }
      return undefined;
    }
    if (depth >= MAX_REQUIREMENT_DEPTH) {
      if (check) {
        const message = `requirement groups nest at most ${MAX_REQUIREMENT_DEPTH} deep; this one is group ${depth + 1}`;
        faults.addFor('BAD_VALUE', faults.at.path(), message, owner);
      }
      return undefined;
    }
    let form: Form | undefined;
    let count = 0;
    for (let i = 0; i < FORMS.length; i++) {
      if (!(FORMS[i]! in value)) continue;
      count++;
      form ??= FORMS[i];
    }
    if (count !== 1 || form === undefined) {
      if (check) reportForms(value, count, faults, owner);
      return undefined;
    }
    const listKey = form === 'all' || form === 'any' ? form : 'of';
    if (check) {
      for (const key in value) {
        if (!hasOwn.call(value, key) || key === form || key === listKey) continue;
        const message = `unknown field "${key}" in a "${form}" group`;
        faults.addFor('UNKNOWN_FIELD', faults.at.path(key), message, owner);
      }
    }
    const list = value[listKey];
    if (!(listKey in value)) {
      if (check) {
        const message = `a "${form}" group needs "${listKey}"`;
        faults.addFor('MISSING_FIELD', faults.at.path(listKey), message, owner);
      }
      return undefined;
    }
    if (!Array.isArray(list)) {
      if (check) {
        const message = `"${listKey}" must be an array, got ${typeName(list)}`;
        faults.addFor('WRONG_TYPE', faults.at.path(listKey), message, owner);
      }
      return undefined;
    }
    if (check) {
      if (list.length === 0)
        faults.addFor(
          'EMPTY_GROUP',
          faults.at.path(listKey),
          `"${listKey}" must not be empty`,
          owner,
        );
      checkRepeatedMembers(list, listKey, faults);
    }
    if (form === 'credits') {
      this.creditsGroup(value.credits, list, owner, visitor);
      return undefined;
    }
    if (form === 'atLeast' && check) checkK(value.atLeast, list.length, faults, owner);
    this.listKey = listKey;
    return list;
  }

  /** A `credits` group: its members (ids only) and its threshold. */
  private creditsGroup(
    credits: unknown,
    list: unknown[],
    owner: string | undefined,
    visitor: RequirementVisitor | undefined,
  ): void {
    const faults = this.faults;
    let whole = true;
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (typeof item === 'string' && ID_PATTERN.test(item)) {
        if (visitor) {
          faults.at.push('of');
          faults.at.push(i);
          visitor.ref(item);
          faults.at.truncate(faults.at.depth - 2);
        }
        continue;
      }
      whole = false;
      if (visitor) continue;
      if (typeof item !== 'string') {
        const message = `a "credits" group lists credential ids only, got ${typeName(item)}`;
        faults.addFor('WRONG_TYPE', faults.at.path('of', i), message, owner);
      } else faults.add('BAD_ID', faults.at.path('of', i), BAD_REQUIREMENT_ID, [item]);
    }
    const fine = typeof credits === 'number' && Number.isFinite(credits) && credits > 0;
    if (fine) {
      if (whole) visitor?.credits(credits, list as string[]);
      return;
    }
    if (visitor) return;
    const at = faults.at.path('credits');
    if (typeof credits !== 'number')
      faults.addFor(
        'WRONG_TYPE',
        at,
        `"credits" must be a number, got ${typeName(credits)}`,
        owner,
      );
    else {
      const message = `"credits" must be a finite number above 0, got ${credits}`;
      faults.addFor('BAD_NUMBER', at, message, owner);
    }
  }
}

/** A group with no form, or with more than one. */
function reportForms(
  value: Record<string, unknown>,
  count: number,
  faults: FaultList,
  owner: string | undefined,
): void {
  const forms = FORMS.filter((f) => f in value);
  const message =
    count === 0
      ? 'a requirement group needs one of "all", "any", "atLeast" + "of", "credits" + "of"'
      : `a requirement group has one form, found ${forms.map((f) => `"${f}"`).join(' and ')}`;
  faults.addFor(count === 0 ? 'MISSING_FIELD' : 'WRONG_TYPE', faults.at.path(), message, owner);
}

function checkK(k: unknown, size: number, faults: FaultList, owner: string | undefined): void {
  if (
    typeof k === 'number' &&
    Number.isInteger(k) &&
    !(size > 0 && (k < 1 || k > size)) &&
    !(size === 0 && k < 1)
  )
    return;
  const at = faults.at.path('atLeast');
  if (typeof k !== 'number')
    faults.addFor('WRONG_TYPE', at, `"atLeast" must be a whole number, got ${typeName(k)}`, owner);
  else if (!Number.isInteger(k))
    faults.addFor('BAD_NUMBER', at, `"atLeast" must be a whole number, got ${k}`, owner);
  else if (size > 0) {
    faults.addFor(
      'K_OUT_OF_RANGE',
      at,
      `"atLeast" must be between 1 and ${size} (the number of options), got ${k}`,
      owner,
    );
  } else faults.addFor('K_OUT_OF_RANGE', at, `"atLeast" must be at least 1, got ${k}`, owner);
}

/** Lists this long or shorter are searched for repeats pairwise, without building a map. */
const SMALL_LIST = 16;

/** The same id twice in one group would be counted twice by atLeast and credits: refuse it. */
function checkRepeatedMembers(list: unknown[], listKey: string, faults: FaultList): void {
  if (list.length <= SMALL_LIST) {
    for (let i = 1; i < list.length; i++) {
      const item = list[i];
      if (typeof item !== 'string') continue;
      for (let j = 0; j < i; j++) {
        if (list[j] === item) {
          reportRepeat(i, j, item, listKey, faults);
          break;
        }
      }
    }
    return;
  }
  const seen = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (typeof item !== 'string') continue;
    const first = seen.get(item);
    if (first === undefined) seen.set(item, i);
    else reportRepeat(i, first, item, listKey, faults);
  }
}

function reportRepeat(
  i: number,
  first: number,
  item: string,
  listKey: string,
  faults: FaultList,
): void {
  const message = `"${item}" is listed twice in one group (first at ${faults.at.path(listKey, first)})`;
  faults.add('DUPLICATE_ID', faults.at.path(listKey, i), message, [item]);
}

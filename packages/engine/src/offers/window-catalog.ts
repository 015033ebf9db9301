/**
 * The window catalog of window-bound.ts: a target's cone where only the steps a periodic offer o pays
 * take time. A credential o saves on becomes a choice between two copies: bought outside o's span
 * (its least price without o, no weeks) or within it (its least price with o, its durationWeeks);
 * every other credential is bought outside (its least price without o, no weeks). Both copies keep
 * the credential's requirement, over the same credentials, so a group counts a credential once
 * whichever copy earned it. Held credentials stay held.
 */
import { CATALOG_FORMAT } from '@pathwise/core';
import type { Catalog, Credential, Requirement } from '@pathwise/core';
import type { CompactIndex } from '../compile/compact-index.js';
import { GROUP_ALL, GROUP_ANY, GROUP_CREDITS, GROUP_REF } from '../compile/compact-index.js';

/** A credential's prices outside o's span and within it. */
export interface WindowPrices {
  /** c's least price without o. */
  outside(c: number): number;
  /** c's least price with o. */
  inside(c: number): number;
}

/** What the window catalog is made of. */
export interface WindowCatalogInput extends WindowPrices {
  index: CompactIndex;
  /** The target's cone: its non-held credentials in post-order, target last. */
  cone: Int32Array;
  /** The held credentials the cone's requirements name. */
  isHeld(c: number): boolean;
}

/**
 * @param outside - a credential's price outside o's span
 * @param inside - its price within it
 * @returns whether o saves on it: the window catalog gives it a choice of copies
 */
const saving = (outside: number, inside: number): boolean => inside < outside;

/**
 * @param index - the compact index
 * @param cone - the target's cone
 * @param prices - the prices outside and within o's span
 * @returns the summed weeks of the cone's credentials o saves on (the window catalog's within
 *   copies): a span this long holds all of them
 */
export function withinWeeks(index: CompactIndex, cone: Int32Array, prices: WindowPrices): number {
  let weeks = 0;
  for (const c of cone)
    if (saving(prices.outside(c), prices.inside(c))) weeks += index.duration[c]!;
  return weeks;
}

/** The window catalog, with the ids it gave. */
export interface WindowCatalog {
  catalog: Catalog;
  /** The ids of the held credentials it names. */
  held: string[];
  /** @returns the id of credential c (its choice, when o saves on it) */
  idOf(c: number): string;
  /** @returns the ids of c's copies (none when o saves nothing on it) */
  copiesOf(c: number): string[];
  /** The credential (int) each of the catalog's credentials stands for, by position. */
  origins: Int32Array;
  /** 1 where the catalog's credential (by position) is a within copy. */
  within: Uint8Array;
}

/**
 * @param input - the index, the cone, the held set and the prices
 * @returns the window catalog (valid by construction: the cone is acyclic and each copy names only
 *   what the credential names)
 */
export function windowCatalog(input: WindowCatalogInput): WindowCatalog {
  const { index, cone } = input;
  const idOf = (c: number): string => `c${c}`;
  const copies = (c: number): string[] => [`outside${c}`, `within${c}`];
  const held = new Set<number>();
  const named = (x: number): string => {
    if (input.isHeld(x)) held.add(x);
    return idOf(x);
  };
  const saves = new Set<number>();
  const credentials: Credential[] = [];
  const origins: number[] = [];
  const within: number[] = [];
  const add = (
    id: string,
    cost: number,
    weeks: number,
    c: number,
    requires?: Requirement,
    inSpan = false,
  ): void => {
    origins.push(c);
    within.push(inSpan ? 1 : 0);
    const credential: Credential = { id, name: id, kind: 'course', cost, durationWeeks: weeks };
    if (index.credits[c]! > 0) credential.credits = index.credits[c]!;
    if (requires !== undefined) credential.requires = requires;
    credentials.push(credential);
  };
  for (const c of cone) {
    const requires = requirementOf(index, index.req[c]!, named);
    const outside = input.outside(c);
    const inside = input.inside(c);
    if (!saving(outside, inside)) {
      add(idOf(c), outside, 0, c, requires);
      continue;
    }
    saves.add(c);
    const [out, inSpan] = copies(c) as [string, string];
    add(out, outside, 0, c, requires);
    add(inSpan, inside, index.duration[c]!, c, requires, true);
    add(idOf(c), 0, 0, c, { any: [out, inSpan] });
  }
  for (const c of held) add(idOf(c), 0, 0, c);
  return {
    catalog: { format: CATALOG_FORMAT, credentials },
    held: [...held].map(idOf),
    idOf,
    copiesOf: (c) => (saves.has(c) ? copies(c) : []),
    origins: Int32Array.from(origins),
    within: Uint8Array.from(within),
  };
}

/**
 * The requirement rooted at `root` in the index, each credential named by `named`'s id. Groups are
 * built children first from a list an explicit stack makes: a requirement is as deep as the
 * catalog's, and no recursion runs over it.
 */
function requirementOf(
  index: CompactIndex,
  root: number,
  named: (x: number) => string,
): Requirement | undefined {
  if (root < 0) return undefined;
  if (root < GROUP_REF) return named(root);
  const { groupStart, groupChildren, groupKind, groupParam } = index;
  // Pre-order over the groups (a requirement is a tree): reversed, every child comes before its parent.
  const groups: number[] = [];
  const stack = [root - GROUP_REF];
  while (stack.length > 0) {
    const g = stack.pop()!;
    groups.push(g);
    for (let j = groupStart[g]!; j < groupStart[g + 1]!; j++)
      if (groupChildren[j]! >= GROUP_REF) stack.push(groupChildren[j]! - GROUP_REF);
  }
  const built = new Map<number, Requirement>();
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    const parts: Requirement[] = [];
    for (let j = groupStart[g]!; j < groupStart[g + 1]!; j++) {
      const ref = groupChildren[j]!;
      parts.push(ref >= GROUP_REF ? built.get(ref - GROUP_REF)! : named(ref));
    }
    const kind = groupKind[g];
    built.set(
      g,
      kind === GROUP_ALL
        ? { all: parts }
        : kind === GROUP_ANY
          ? { any: parts }
          : kind === GROUP_CREDITS
            ? { credits: groupParam[g]!, of: parts as string[] }
            : { atLeast: groupParam[g]!, of: parts },
    );
  }
  return built.get(root - GROUP_REF);
}

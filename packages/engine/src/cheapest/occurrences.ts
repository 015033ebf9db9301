/**
 * The occurrences of shared credentials in a cone: every requirement slot that names one, numbered,
 * with a lookup from slot to occurrence (an array, not a Map: it is read for every child the bound
 * prices) and from credential to its occurrences. The Lagrangian bound
 * of cheapest prices each occurrence separately. The lookup also says, at every other slot of the
 * cone, what the bound needs to price that child without asking the workspace: held (HELD_SLOT),
 * or the local index l of an unshared credential (as -2 - l): the codes of the fold's SlotValues.
 */
import type { Workspace } from '../compile/workspace.js';
import { GROUP_REF } from '../compile/compact-index.js';
import { HELD_SLOT } from '../requirement/requirement-fold.js';

/** Occurrences of the cone's shared credentials. */
export interface OccurrenceTable {
  count: number;
  /**
   * Slot (see ChildValue) -> occurrence number, HELD_SLOT, or -2 - l for the unshared credential at
   * local index l: the workspace's slot scratch, valid at the slots of this cone's requirements.
   */
  ofSlot: Int32Array;
  /** Occurrence number -> the local index of its credential. */
  nodeOf: Int32Array;
  /** Occurrence number -> the local index of the credential whose requirement names it. */
  ownerOf: Int32Array;
  /**
   * Per local index of an unshared credential: the local index of the one credential whose
   * requirement names it (-1 for shared credentials and the target).
   */
  parentOf: Int32Array;
  /** Per local index: its occurrence numbers (undefined for unshared credentials). */
  ofNode: (number[] | undefined)[];
}

/**
 * @param ws - workspace with the query's held set and cone
 * @param order - the cone in post-order
 * @param isShared - whether the credential at a local index is shared
 * @returns the table
 */
export function occurrenceTable(
  ws: Workspace,
  order: Int32Array,
  isShared: (local: number) => boolean,
): OccurrenceTable {
  const index = ws.index;
  const { n, groupStart, groupChildren } = index;
  const ofSlot = ws.slots();
  const ofNode: (number[] | undefined)[] = new Array<number[] | undefined>(order.length);
  const nodes: number[] = [];
  const owners: number[] = [];
  const parentOf = new Int32Array(order.length).fill(-1);
  // The credential whose requirement is being walked.
  let owner = -1;
  const register = (c: number, slot: number): void => {
    if (ws.isHeld(c)) {
      ofSlot[slot] = HELD_SLOT;
      return;
    }
    const l = ws.local(c);
    if (!isShared(l)) {
      ofSlot[slot] = -2 - l;
      parentOf[l] = owner;
      return;
    }
    ofSlot[slot] = nodes.length;
    (ofNode[l] ??= []).push(nodes.length);
    nodes.push(l);
    owners.push(owner);
  };
  const walk = (g: number): void => {
    for (let j = groupStart[g]!; j < groupStart[g + 1]!; j++) {
      const child = groupChildren[j]!;
      if (child >= n) walk(child - GROUP_REF);
      else register(child, j);
    }
  };
  for (let l = 0; l < order.length; l++) {
    const c = order[l]!;
    const ref = index.req[c]!;
    if (ref < 0) continue;
    owner = l;
    if (ref < n) register(ref, groupChildren.length + c);
    else walk(ref - GROUP_REF);
  }
  return {
    count: nodes.length,
    ofSlot,
    ofNode,
    nodeOf: Int32Array.from(nodes),
    ownerOf: Int32Array.from(owners),
    parentOf,
  };
}

/**
 * The shape of a cone that cheapest's branch and bound needs: how often each credential is named by
 * the requirements of other cone credentials (a "shared" one is named twice or more) and which are
 * mandatory (in every plan: reached from the target through children every way of meeting a group
 * uses, see `forEachForcedChild`).
 */
import { GROUP_REF, type CompactIndex } from '../compile/compact-index.js';
import type { Workspace } from '../compile/workspace.js';
import { forEachForcedChild } from '../requirement/requirement-fold.js';

/** Occurrence counts and mandatory marks per local index of the cone. */
export interface ConeShape {
  occurrences: Int32Array;
  mandatory: Uint8Array;
}

/**
 * @param ws - the workspace with the query's held set and cone
 * @param order - the cone in post-order (target last)
 * @returns the shape
 */
export function coneShape(ws: Workspace, order: Int32Array): ConeShape {
  const index = ws.index;
  const m = order.length;
  const occurrences = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    forEachCredentialRef(index, index.req[order[i]!]!, (x) => {
      if (ws.isHeld(x)) return;
      const l = ws.local(x);
      occurrences[l] = occurrences[l]! + 1;
    });
  }
  const mandatory = new Uint8Array(m);
  if (m > 0) mandatory[m - 1] = 1;
  for (let i = m - 1; i >= 0; i--) {
    if (mandatory[i]) markMandatory(ws, index.req[order[i]!]!, mandatory);
  }
  return { occurrences, mandatory };
}

/** Calls `visit` for every credential occurrence in a requirement tree (duplicates included). */
export function forEachCredentialRef(
  index: CompactIndex,
  ref: number,
  visit: (c: number) => void,
): void {
  if (ref < 0) return;
  if (ref < index.n) {
    visit(ref);
    return;
  }
  const g = ref - GROUP_REF;
  for (let j = index.groupStart[g]!; j < index.groupStart[g + 1]!; j++) {
    forEachCredentialRef(index, index.groupChildren[j]!, visit);
  }
}

function markMandatory(ws: Workspace, ref: number, mandatory: Uint8Array): void {
  const index = ws.index;
  if (ref < 0) return;
  if (ref < index.n) {
    if (!ws.isHeld(ref)) mandatory[ws.local(ref)] = 1;
    return;
  }
  forEachForcedChild(index, ref - GROUP_REF, (child) => markMandatory(ws, child, mandatory));
}

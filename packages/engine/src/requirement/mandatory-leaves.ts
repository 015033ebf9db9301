/**
 * The credentials every plan earns, case by case: a partition of the plans by the alternative each
 * takes at the `any` groups its requirement meets, each case with the credentials every plan of it
 * earns (its leaf). With one case this is the `all` closure (hours-bound.ts `mandatorySet`). The
 * periodic bound (offers/periodic-bound.ts) holds for any set M that every plan earns; over the
 * `all` closure alone, a subscription that pays the six courses of one route to the target, behind
 * an `any`, bills nothing in it. Per case it sees them, and the least over the cases bounds every
 * plan.
 *
 * The argument. Walk the target's requirement through `all` groups and credentials (a credential in
 * the plan has its own requirement met, so its requirement is walked too). At an `any` group, every
 * plan meets some child: the case "it meets child j" adds what meeting child j earns. A credential
 * that is held adds nothing, and an `any` group that holdings alone meet is not split (its case of
 * the met child adds nothing, and the least over cases would be at most it). `atLeast` and `credits`
 * groups add nothing. Each plan falls in some case (take the first child it meets at each split),
 * and earns that case's leaf.
 */
import type { Workspace } from '../compile/workspace.js';
import { GROUP_ALL, GROUP_ANY, GROUP_REF } from '../compile/compact-index.js';
import { foldRequirement, weeksOf, type FoldLeaves } from './requirement-fold.js';

/** A case being walked: what it earns so far, and the requirement refs left to walk. */
interface OpenCase {
  earned: Set<number>;
  refs: number[];
}

/**
 * @param ws - workspace with the query's held set
 * @param target - the target's credential int (not held)
 * @param most - the most cases: past it, further `any` groups are not split (each case then earns
 *   less, which only weakens the bound)
 * @returns the cases' leaves (credential ints, not held, target included); one leaf, the `all`
 *   closure, when nothing is split
 */
export function mandatoryLeaves(ws: Workspace, target: number, most: number): number[][] {
  const index = ws.index;
  const { n, groupStart, groupChildren, groupKind } = index;
  let byHoldings: FoldLeaves | undefined;
  const metByHoldings = (ref: number): boolean => {
    byHoldings ??= weeksOf((c) => (ws.isHeld(c) ? 0 : Infinity));
    return foldRequirement(index, ref, byHoldings) < Infinity;
  };
  const leaves: number[][] = [];
  const open: OpenCase[] = [{ earned: new Set(), refs: [target] }];
  while (open.length > 0) {
    const c = open.pop()!;
    while (c.refs.length > 0) {
      const ref = c.refs.pop()!;
      if (ref < 0) continue;
      if (ref < n) {
        if (c.earned.has(ref) || ws.isHeld(ref)) continue;
        c.earned.add(ref);
        c.refs.push(index.req[ref]!);
        continue;
      }
      const g = ref - GROUP_REF;
      const from = groupStart[g]!;
      const to = groupStart[g + 1]!;
      if (groupKind[g] === GROUP_ALL) {
        for (let j = from; j < to; j++) c.refs.push(groupChildren[j]!);
        continue;
      }
      const split =
        groupKind[g] === GROUP_ANY &&
        to - from > 1 &&
        leaves.length + open.length + (to - from) <= most &&
        !metByHoldings(ref);
      if (!split) continue;
      for (let j = from + 1; j < to; j++)
        open.push({ earned: new Set(c.earned), refs: [...c.refs, groupChildren[j]!] });
      c.refs.push(groupChildren[from]!);
    }
    leaves.push([...c.earned]);
  }
  return leaves;
}

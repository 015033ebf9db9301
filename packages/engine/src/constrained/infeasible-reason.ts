/**
 * Why a target cannot be held once some credentials are excluded: walks down from the target to a
 * requirement that no non-excluded credential can meet, and names it, e.g.
 * `"aws-saa-c03" needs "any" of ["a", "b"]: all excluded`.
 */
import type { Workspace } from '../compile/workspace.js';
import { GROUP_ALL } from '../compile/compact-index.js';
import { foldRequirement, groupLabel } from '../requirement/requirement-fold.js';

/**
 * @param ws - workspace with the query's held set and cone; `ws.at` holds each cone credential's
 *   earliest week with the exclusions applied (Infinity when it can never be held)
 * @param isExcluded - whether credential int `c` is excluded
 * @param target - the credential int that cannot be held
 * @returns a one-line reason naming the requirement that cannot be met
 */
export function unreachableReason(
  ws: Workspace,
  isExcluded: (c: number) => boolean,
  target: number,
): string {
  const index = ws.index;
  const { n, ids } = index;
  const q = (c: number): string => `"${ids[c]}"`;
  const fails = (ref: number): boolean => !(foldRequirement(index, ref, ws.weeks) < Infinity);
  const render = (ref: number): string => (ref < n ? q(ref) : '(a nested rule)');
  const said: string[] = [];
  // Walk down (iteratively: the chain may be long) from the target to an excluded credential,
  // noting every choice group on the way whose options are all excluded or unreachable.
  let owner = target;
  let ref = -1;
  let credential: number | undefined = target;
  for (;;) {
    if (credential !== undefined) {
      if (isExcluded(credential)) {
        said.push(`${q(credential)} is excluded`);
        break;
      }
      owner = credential;
      ref = index.req[credential]!;
      credential = undefined;
    }
    if (ref < n) {
      if (isExcluded(ref)) {
        said.push(`${q(owner)} needs ${q(ref)}, which is excluded`);
        break;
      }
      credential = ref;
      continue;
    }
    const g = ref - n;
    const children = Array.from(
      index.groupChildren.subarray(index.groupStart[g]!, index.groupStart[g + 1]!),
    );
    const failing = children.filter(fails);
    const kind = index.groupKind[g]!;
    const head = `${q(owner)} needs ${groupLabel(kind, index.groupParam[g]!)} of [${children.map(render).join(', ')}]`;
    const excluded = children.filter((c) => c < n && isExcluded(c));
    const rest = failing.filter((c) => !(c < n && isExcluded(c)));
    if (kind === GROUP_ALL) {
      const first = failing[0]!;
      if (first < n && isExcluded(first)) {
        said.push(`${head}: ${q(first)} is excluded`);
        break;
      }
      ref = first;
      continue;
    }
    if (excluded.length === children.length) {
      said.push(`${head}: all excluded`);
      break;
    }
    said.push(excluded.length > 0 ? `${head}: ${excluded.map(q).join(', ')} excluded` : head);
    if (rest.length === 0) break;
    ref = rest[0]!;
  }
  return said.join('; ');
}

/**
 * Why a target cannot be held once some credentials are excluded: walks down from the target to a
 * requirement that no non-excluded credential can meet, and names it, e.g.
 * `"aws-saa-c03" needs "any" of ["a", "b"]: all excluded`.
 */
import type { Workspace } from '../compile/workspace.js';
import { GROUP_ALL, GROUP_ANY, GROUP_AT_LEAST } from '../compile/compact-index.js';
import { requirementTimeAt } from '../compile/requirement-time.js';

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
  const fails = (ref: number): boolean => !(requirementTimeAt(index, ref, ws.at) < Infinity);
  const explain = (c: number): string => {
    if (isExcluded(c)) return `${q(c)} is excluded`;
    return why(index.req[c]!, c);
  };
  const render = (ref: number): string => (ref < n ? q(ref) : '(a nested rule)');
  const why = (ref: number, owner: number): string => {
    if (ref < n)
      return isExcluded(ref) ? `${q(owner)} needs ${q(ref)}, which is excluded` : explain(ref);
    const g = ref - n;
    const children = Array.from(
      index.groupChildren.subarray(index.groupStart[g]!, index.groupStart[g + 1]!),
    );
    const failing = children.filter(fails);
    const kind = index.groupKind[g]!;
    if (kind === GROUP_ALL) {
      const first = failing[0]!;
      if (first < n && isExcluded(first))
        return `${q(owner)} needs "all" of [${children.map(render).join(', ')}]: ${q(first)} is excluded`;
      return first < n ? explain(first) : why(first, owner);
    }
    const param = index.groupParam[g]!;
    const label =
      kind === GROUP_ANY ? '"any"' : kind === GROUP_AT_LEAST ? `${param}` : `${param} credits`;
    const head = `${q(owner)} needs ${label} of [${children.map(render).join(', ')}]`;
    const excluded = children.filter((c) => c < n && isExcluded(c));
    if (excluded.length === children.length) return `${head}: all excluded`;
    const rest = failing.filter((c) => !(c < n && isExcluded(c)));
    const parts: string[] = [];
    if (excluded.length > 0) parts.push(`${excluded.map(q).join(', ')} excluded`);
    if (rest.length > 0) {
      const r = rest[0]!;
      parts.push(r < n ? explain(r) : why(r, owner));
    }
    return `${head}: ${parts.join('; ')}`;
  };
  return explain(target);
}

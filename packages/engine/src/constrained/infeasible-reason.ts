/**
 * Why a target cannot be held once some credentials may not be earned (excluded by the query, or
 * retired): walks down from the target to a requirement that no other credential can meet, and
 * names it and why, e.g. `"aws-saa-c03" needs "any" of ["a", "b"]: all excluded` or
 * `"t" needs "old", which is retired`.
 */
import type { Workspace } from '../compile/workspace.js';
import { GROUP_ALL, GROUP_REF } from '../compile/compact-index.js';
import { foldRequirement, groupLabel } from '../requirement/requirement-fold.js';

/**
 * @param ws - workspace with the query's held set and cone; `ws.at` holds each cone credential's
 *   earliest week with the exclusions applied (Infinity when it can never be held)
 * @param barredBy - why credential int `c` may not be earned (`"excluded"`, `"retired"`), or
 *   undefined when it may
 * @param target - the credential int that cannot be held
 * @returns a one-line reason naming the requirement that cannot be met
 */
export function unreachableReason(
  ws: Workspace,
  barredBy: (c: number) => string | undefined,
  target: number,
): string {
  const index = ws.index;
  const { n, ids } = index;
  const q = (c: number): string => `"${ids[c]}"`;
  const fails = (ref: number): boolean => !(foldRequirement(index, ref, ws.weeks) < Infinity);
  const render = (ref: number): string => (ref < n ? q(ref) : '(a nested rule)');
  const isExcluded = (c: number): boolean => barredBy(c) !== undefined;
  const why = (c: number): string => barredBy(c) ?? '';
  /** `"a", "b" excluded, "c" retired`: barred children grouped by why, in order of first mention. */
  const listed = (barred: number[]): string => {
    const groups = new Map<string, number[]>();
    for (const c of barred) groups.set(why(c), [...(groups.get(why(c)) ?? []), c]);
    return [...groups].map(([word, cs]) => `${cs.map(q).join(', ')} ${word}`).join(', ');
  };
  const said: string[] = [];
  // Walk down (iteratively: the chain may be long) from the target to a barred credential,
  // noting every choice group on the way whose options are all barred or unreachable.
  let owner = target;
  let ref = -1;
  let credential: number | undefined = target;
  for (;;) {
    if (credential !== undefined) {
      if (isExcluded(credential)) {
        said.push(`${q(credential)} is ${why(credential)}`);
        break;
      }
      owner = credential;
      ref = index.req[credential]!;
      credential = undefined;
    }
    if (ref < n) {
      if (isExcluded(ref)) {
        said.push(`${q(owner)} needs ${q(ref)}, which is ${why(ref)}`);
        break;
      }
      credential = ref;
      continue;
    }
    const g = ref - GROUP_REF;
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
        said.push(`${head}: ${q(first)} is ${why(first)}`);
        break;
      }
      ref = first;
      continue;
    }
    if (excluded.length === children.length) {
      const words = new Set(excluded.map(why));
      said.push(
        words.size === 1 ? `${head}: all ${why(excluded[0]!)}` : `${head}: ${listed(excluded)}`,
      );
      break;
    }
    said.push(excluded.length > 0 ? `${head}: ${listed(excluded)}` : head);
    if (rest.length === 0) break;
    ref = rest[0]!;
  }
  return said.join('; ');
}

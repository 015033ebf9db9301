/**
 * Whether cheapest's branch and bound, at the pace it has kept so far, proves its incumbent before
 * its budget ends. Its proven bound has risen from the root's bound by `proven - rootBound` in
 * `searchMs` of the search's own time; at that rate, the gap left to the cost it must reach takes
 * `(limit - proven) / (proven - rootBound) * searchMs` more. A search whose bound has not risen
 * yet has no pace, and is not expected to finish.
 *
 * The neighbourhoods of branch-and-bound.ts lower the incumbent's cost, and take time from the
 * search to do it: they run only in searches this says will not finish (see there).
 */

/** Where a search stands, on its clock (ms). */
export interface SearchStand {
  /** The root node's bound. */
  rootBound: number;
  /** The least bound among the open nodes: what the search has proven. */
  proven: number;
  /** The cost a proof must reach (the incumbent's, or the cutoff when lower). */
  limit: number;
  /** The time the search itself has had (the neighbourhoods' excluded). */
  searchMs: number;
  now: number;
  stopAt: number;
}

/** @returns whether the search, rising at its pace so far, reaches `limit` before `stopAt` */
export function provesInTime(stand: SearchStand): boolean {
  const closed = stand.proven - stand.rootBound;
  if (!(closed > 0)) return false;
  const left = stand.limit - stand.proven;
  return stand.now + (left / closed) * stand.searchMs < stand.stopAt;
}

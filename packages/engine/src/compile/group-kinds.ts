/** The kinds of requirement group in a compact index (its `groupKind`). */

/** Group kinds of a requirement node. */
export const GROUP_ALL = 0;
/** `{ any: [...] }` */
export const GROUP_ANY = 1;
/** `{ atLeast: k, of: [...] }` */
export const GROUP_AT_LEAST = 2;
/** `{ credits: n, of: [ids] }` */
export const GROUP_CREDITS = 3;

/**
 * The first group ref: group g is `GROUP_REF + g`, credential c is `c` (always below it). Group refs
 * do not depend on how many credentials there are, so appending credentials moves no ref and an
 * appended version of an index can share the previous version's arrays. 2^29 leaves room for
 * 536 million credentials and as many groups while every ref stays a V8 small integer (below 2^30).
 */
export const GROUP_REF = 2 ** 29;

/** The kinds of requirement group in a compact index (its `groupKind`). */

/** Group kinds of a requirement node. */
export const GROUP_ALL = 0;
/** `{ any: [...] }` */
export const GROUP_ANY = 1;
/** `{ atLeast: k, of: [...] }` */
export const GROUP_AT_LEAST = 2;
/** `{ credits: n, of: [ids] }` */
export const GROUP_CREDITS = 3;

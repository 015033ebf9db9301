/**
 * Where a CTDL import keeps the source's identity on a catalog (as catalog-v1 `x-` extensions), so
 * that exportCtdl writes the original `@id`s, CTIDs and pathway back.
 */

/** On a credential: the `@id` of the CTDL node it came from. */
export const CTDL_ID_FIELD = 'x-ctdl-id';

/** On the catalog: the pathways it came from, `{ iri?, name?, destinations }[]`. */
export const CTDL_PATHWAYS_FIELD = 'x-ctdl-pathways';

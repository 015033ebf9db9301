/**
 * Replays committed changes onto the catalog they were validated against (a file store's base
 * document and the change log after it), with core's applyCatalogChange, and tells which credentials
 * changed, so a compiled index can be updated instead of compiled again. The changes are not
 * validated again: each was validated whole against exactly this catalog when it was applied.
 */
import {
  applyCatalogChange,
  type Catalog,
  type CatalogChange,
  type CredentialPositions,
} from '@pathwise/core';

/** A replayed catalog and what changed in it. */
export interface Replayed {
  catalog: Catalog;
  /**
   * Positions below the first catalog's length whose credential may be another object now: every
   * one that is, and the few a change named without changing (a credential retired already).
   */
  changed: number[];
}

/** @returns the ids a change names */
const namedBy = (change: CatalogChange): string[] =>
  change.kind === 'publish' ? change.credentials.map((c) => c.id) : change.ids;

/**
 * @param catalog - the catalog the first change applied to
 * @param changes - committed changes, oldest first
 * @param given - each credential id's position in `catalog`, when the caller has it (a compiled
 *   index): then no credential the changes do not name is read, so a catalog decoded on demand
 *   stays undecoded
 * @returns the catalog after them all, and the changed positions
 */
export function replayChanges(
  catalog: Catalog,
  changes: readonly CatalogChange[],
  given?: CredentialPositions,
): Replayed {
  const added = new Map<string, number>();
  const known = given ?? namedPositions(catalog, changes);
  const positions: CredentialPositions = { get: (id) => added.get(id) ?? known.get(id) };
  let current = catalog;
  for (const change of changes) {
    const length = current.credentials.length;
    current = applyCatalogChange(current, change, positions);
    for (let i = length; i < current.credentials.length; i++)
      added.set(current.credentials[i]!.id, i);
  }
  return { catalog: current, changed: changedPositions(catalog, changes, known) };
}

/**
 * @returns the positions of only the ids the changes name: one pass, where a map of every id would
 *   cost seconds at two million credentials
 */
function namedPositions(catalog: Catalog, changes: readonly CatalogChange[]): Map<string, number> {
  const named = new Set(changes.flatMap(namedBy));
  const positions = new Map<string, number>();
  catalog.credentials.forEach((c, i) => {
    if (named.has(c.id)) positions.set(c.id, i);
  });
  return positions;
}

/**
 * @param before - a catalog
 * @param changes - changes applied to it, oldest first
 * @param given - each credential id's position in `before`, when the caller has it
 * @returns the positions below its length that the changes name (ascending): every credential they
 *   replaced; with `given`, found without reading a credential
 */
export function changedPositions(
  before: Catalog,
  changes: readonly CatalogChange[],
  given?: CredentialPositions,
): number[] {
  const positions = given ?? namedPositions(before, changes);
  const length = before.credentials.length;
  const changed = new Set<number>();
  for (const change of changes)
    for (const id of namedBy(change)) {
      const i = positions.get(id);
      if (i !== undefined && i < length) changed.add(i);
    }
  return [...changed].sort((a, b) => a - b);
}

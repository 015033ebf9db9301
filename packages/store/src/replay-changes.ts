/**
 * Replays committed changes onto the catalog they were validated against (a file store's base
 * document and the change log after it), with core's applyCatalogChange, and tells which credentials
 * changed, so a compiled index can be updated instead of compiled again. The changes are not
 * validated again: each was validated whole against exactly this catalog when it was applied.
 */
import { applyCatalogChange, type Catalog, type CatalogChange } from '@pathwise/core';

/** A replayed catalog and what changed in it. */
export interface Replayed {
  catalog: Catalog;
  /** Positions below the first catalog's length whose credential is another object now. */
  changed: number[];
}

/** @returns the ids a change names */
const namedBy = (change: CatalogChange): string[] =>
  change.kind === 'publish' ? change.credentials.map((c) => c.id) : change.ids;

/**
 * @param catalog - the catalog the first change applied to
 * @param changes - committed changes, oldest first
 * @returns the catalog after them all, and the changed positions
 */
export function replayChanges(catalog: Catalog, changes: readonly CatalogChange[]): Replayed {
  // The positions of only the ids the changes name: one pass, where a map of every id would cost
  // seconds at two million credentials.
  const named = new Set(changes.flatMap(namedBy));
  const positions = new Map<string, number>();
  catalog.credentials.forEach((c, i) => {
    if (named.has(c.id)) positions.set(c.id, i);
  });
  let current = catalog;
  for (const change of changes) {
    const length = current.credentials.length;
    current = applyCatalogChange(current, change, positions);
    for (let i = length; i < current.credentials.length; i++)
      positions.set(current.credentials[i]!.id, i);
  }
  return { catalog: current, changed: changedPositions(catalog, current) };
}

/**
 * @param before - a catalog
 * @param after - a catalog made from it by changes (an untouched credential stays the same object)
 * @returns the positions below `before`'s length whose credential is another object in `after`
 */
export function changedPositions(before: Catalog, after: Catalog): number[] {
  const changed: number[] = [];
  const old = before.credentials;
  for (let i = 0; i < old.length; i++) if (after.credentials[i] !== old[i]) changed.push(i);
  return changed;
}

/**
 * Faults of a change, told in terms of what the publisher sent: two credentials with one id in one
 * publish are refused (DUPLICATE_ID at the second, not "the last one wins"), and the faults of the
 * resulting catalog point into the publish (`credentials[0].cost` for the first credential sent, with
 * its id) rather than into the whole catalog. Faults found in credentials the change did not send
 * (an existing rule the change broke) keep their catalog path under `catalog.` and name their id.
 */
import {
  CatalogInvalidError,
  type Catalog,
  type CatalogChange,
  type CatalogFault,
} from '@pathwise/core';

/**
 * @param change - a change about to be applied
 * @throws CatalogInvalidError DUPLICATE_ID at `credentials[j].id` for every repeat of an id in a publish
 */
export function refuseDuplicateIds(change: CatalogChange): void {
  if (change.kind !== 'publish') return;
  const first = new Map<string, number>();
  const faults: CatalogFault[] = [];
  change.credentials.forEach((c, j) => {
    const seen = first.get(c.id);
    if (seen === undefined) {
      first.set(c.id, j);
      return;
    }
    faults.push({
      code: 'DUPLICATE_ID',
      path: `credentials[${j}].id`,
      message: `credential id "${c.id}" is sent twice in one publish (also credentials[${seen}])`,
      ids: [c.id],
    });
  });
  if (faults.length > 0) throw new CatalogInvalidError(faults);
}

const AT_CREDENTIAL = /^credentials\[(\d+)\]/;

/**
 * @param error - the faults of `result`, with paths into the whole catalog
 * @param result - the catalog the change produced
 * @param change - the change
 * @returns the same faults, each path rebased onto the change where it lies in a sent credential,
 *   else under `catalog.`; the credential's id added to `ids`
 */
export function relocateFaults(
  error: CatalogInvalidError,
  result: Catalog,
  change: CatalogChange,
): CatalogInvalidError {
  const sent = new Map<string, number>();
  if (change.kind === 'publish') change.credentials.forEach((c, j) => sent.set(c.id, j));
  const faults = error.faults.map((fault): CatalogFault => {
    const match = AT_CREDENTIAL.exec(fault.path);
    const id = match ? result.credentials[Number(match[1])]?.id : undefined;
    if (!match || id === undefined) return { ...fault, path: `catalog.${fault.path}` };
    const ids = fault.ids.includes(id) ? fault.ids : [id, ...fault.ids];
    const j = sent.get(id);
    const rest = fault.path.slice(match[0].length);
    const path = j === undefined ? `catalog.${fault.path}` : `credentials[${j}]${rest}`;
    return { ...fault, path, ids };
  });
  return new CatalogInvalidError(faults);
}

/**
 * `pathwise show`'s text: one credential's fields (and whether it is retired), its requirement (in
 * the CSV requirement language) and what it counts toward, each on a labelled line wrapped to the width.
 */
import type { CatalogIndex, Credential } from '@pathwise/core';
import { formatRequirementExpression } from '@pathwise/interop';
import { twoColumns } from '../text/two-columns.js';
import { formatMoney, formatWeeks } from '../text/numbers.js';

/**
 * @param credential - the credential to show
 * @param index - its catalog (provider names, currency, what it counts toward)
 * @param width - the widest a line may be
 * @returns the text, ending in a newline
 */
export function renderCredential(
  credential: Credential,
  index: CatalogIndex,
  width: number,
): string {
  const c = credential;
  const named = (id: string): string => `${index.byId.get(id)?.name ?? id} (${id})`;
  const rows: [string, string][] = [['kind', c.kind]];
  if (c.retired === true)
    rows.push(['retired', 'yes: no longer offered, never a plan step; holdings of it still count']);
  if (c.provider !== undefined) {
    const provider = index.providersById.get(c.provider);
    rows.push(['provider', provider ? `${provider.name} (${c.provider})` : c.provider]);
  }
  rows.push(['cost', formatMoney(c.cost, index.catalog.currency)]);
  rows.push(['duration', `${formatWeeks(c.durationWeeks)} weeks`]);
  if (c.effortHours !== undefined) rows.push(['effort', `${formatWeeks(c.effortHours)} hours`]);
  if (c.credits !== undefined) rows.push(['credits', String(c.credits)]);
  if (c.level !== undefined) rows.push(['level', String(c.level)]);
  if (c.validityMonths !== undefined) rows.push(['valid for', `${c.validityMonths} months`]);
  if (c.skills && c.skills.length > 0) rows.push(['skills', c.skills.join(', ')]);
  rows.push(['requires', c.requires ? formatRequirementExpression(c.requires) : 'nothing']);
  const toward = index.stacksInto.get(c.id) ?? [];
  if (toward.length > 0) rows.push(['counts toward', toward.map(named).join(', ')]);
  if (c.url !== undefined) rows.push(['url', c.url]);
  if (c.description !== undefined) rows.push(['description', c.description]);
  return `${c.name} (${c.id})\n${twoColumns(rows, width)}\n`;
}

/**
 * Matches a wallet achievement to a catalog credential. In order: the caller's `aliases` map (a
 * learner's or board's own); a catalog credential whose id is the achievement id; one whose
 * catalog-v2 `aliases` (or older `x-achievementIds`) list it; the same for the achievement's
 * `otherIdentifier` and alignment targets; a catalog id or alias equal to the CTID at the end of
 * the achievement IRI (in any case).
 */
import type { CatalogIndex } from '@pathwise/core';
import type { ImportLog } from '../errors.js';
import type { WalletEntry } from './read-wallet.js';

/**
 * @param index - the catalog
 * @param aliases - achievement id to catalog credential id, from the caller
 * @param log - where an alias to an unknown credential is reported
 * @returns the matcher: an entry's catalog credential id, or undefined
 */
export function achievementMatcher(
  index: CatalogIndex,
  aliases: Readonly<Record<string, string>>,
  log: ImportLog,
): (e: WalletEntry) => string | undefined {
  const byAlias = new Map<string, string>();
  for (const c of index.catalog.credentials) {
    // `aliases` is catalog v2; read defensively so a v1 catalog (or an older core) still works.
    for (const field of [(c as { aliases?: unknown }).aliases, c['x-achievementIds']]) {
      if (!Array.isArray(field)) continue;
      for (const a of field) {
        if (typeof a !== 'string') continue;
        byAlias.set(a, c.id);
        if (/^ce-[0-9a-f-]{36}$/i.test(a)) byAlias.set(a.toLowerCase(), c.id);
      }
    }
  }
  const lookup = (key: string): string | undefined =>
    index.byId.has(key) ? key : byAlias.get(key);
  return (entry) => {
    const alias = Object.hasOwn(aliases, entry.achievementId)
      ? aliases[entry.achievementId]
      : undefined;
    if (alias !== undefined) {
      if (index.byId.has(alias)) return alias;
      log.warn(
        'IGNORED_PROPERTY',
        entry.path,
        `alias for ${entry.achievementId} names "${alias}", which the catalog does not have`,
      );
    }
    for (const key of [entry.achievementId, ...entry.otherIds]) {
      const found = lookup(key);
      if (found) return found;
    }
    const ctid = /(ce-[0-9a-f-]{36})$/i.exec(entry.achievementId)?.[1]?.toLowerCase();
    return ctid !== undefined ? lookup(ctid) : undefined;
  };
}

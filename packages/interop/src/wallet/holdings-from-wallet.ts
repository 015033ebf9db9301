/**
 * A learner's wallet (Open Badges 3.0 / CLR 2.0 credentials) to catalog holdings as of a date:
 * each achievement matched to a catalog credential, its issue date as `earnedOn`, expired ones and
 * unmatched ones reported rather than guessed.
 */
import type { CatalogIndex, Holding } from '@pathwise/core';
import { isIsoDate, parseIsoDate } from '@pathwise/core';
import { ImportInvalidError, ImportLog } from '../errors.js';
import type { WalletEntry } from './read-wallet.js';
import { readWallet } from './read-wallet.js';

/** Options of holdingsFromWallet. */
export interface WalletOptions {
  /** The date to judge expiry at, `YYYY-MM-DD` (default: today, UTC). */
  asOf?: string;
  /** Achievement id to catalog credential id, for achievements the catalog does not name. */
  aliases?: Record<string, string>;
}

/** An achievement the catalog has no credential for. */
export interface UnmatchedAchievement {
  achievementId: string;
  name?: string;
}

/** A credential in the wallet whose `validUntil` / `expirationDate` is before `asOf`. */
export interface ExpiredAchievement {
  achievementId: string;
  name?: string;
  /** The catalog credential it matched, if any. */
  id?: string;
  validUntil: string;
}

/** What holdingsFromWallet returns. */
export interface WalletHoldings {
  holdings: Holding[];
  unmatched: UnmatchedAchievement[];
  expired: ExpiredAchievement[];
  warnings: string[];
}

/**
 * Matching, in order: the `aliases` map; a catalog credential whose id is the achievement id; one
 * whose `x-achievementIds` lists it; the same for the achievement's `otherIdentifier` and alignment
 * targets; a catalog id equal to the CTID at the end of the achievement IRI.
 * @param wallet - a credential, a presentation, a CLR, a list of them (parsed JSON, JSON text or a JWT)
 * @param index - the catalog
 * @param options - asOf and aliases
 * @returns holdings (one per catalog credential, the most recent award), unmatched, expired, warnings
 * @throws ImportInvalidError when the wallet holds no readable achievement credential
 * @throws InvalidInputError when asOf is not a calendar date
 */
export function holdingsFromWallet(
  wallet: unknown,
  index: CatalogIndex,
  options: WalletOptions = {},
): WalletHoldings {
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  parseIsoDate(asOf, 'asOf');
  const log = new ImportLog();
  if (typeof wallet === 'string' && /^\s*[[{]/.test(wallet)) {
    try {
      wallet = JSON.parse(wallet) as unknown;
    } catch (error) {
      throw new ImportInvalidError([
        { code: 'NOT_JSON', path: '', message: `not JSON: ${(error as Error).message}` },
      ]);
    }
  }
  const entries = readWallet(wallet, log);
  if (entries.length === 0) {
    throw new ImportInvalidError([
      {
        code: 'NO_CONTENT',
        path: '',
        message: 'no Open Badges or CLR achievement credential found in the wallet',
      },
      ...log.warnings.map((w) => ({
        code: 'MALFORMED' as const,
        path: w.path,
        message: w.message,
      })),
    ]);
  }
  const match = matcher(index, options.aliases ?? {}, log);
  const latest = new Map<string, Holding>();
  const unmatched: UnmatchedAchievement[] = [];
  const expired: ExpiredAchievement[] = [];
  for (const entry of entries) {
    const earnedOn = entry.issued === undefined ? undefined : dateOf(entry.issued);
    const until = entry.expires === undefined ? undefined : dateOf(entry.expires);
    if (
      (entry.issued !== undefined && earnedOn === undefined) ||
      (entry.expires !== undefined && until === undefined)
    ) {
      log.warn(
        'IGNORED_NODE',
        entry.path,
        `unreadable date (${entry.issued ?? ''} ${entry.expires ?? ''}); credential skipped`,
      );
      continue;
    }
    const id = match(entry);
    if (until !== undefined && until < asOf) {
      expired.push({
        achievementId: entry.achievementId,
        name: entry.name,
        id,
        validUntil: until,
      });
      continue;
    }
    if (earnedOn !== undefined && earnedOn > asOf) {
      log.warn(
        'IGNORED_NODE',
        entry.path,
        `valid only from ${earnedOn}, after ${asOf}; not held yet`,
      );
      continue;
    }
    if (id === undefined) {
      unmatched.push({ achievementId: entry.achievementId, name: entry.name });
      continue;
    }
    const prior = latest.get(id);
    // Keep the award that lapses last: an undated one never lapses, else the most recent.
    if (
      !prior ||
      (prior.earnedOn !== undefined && (earnedOn === undefined || earnedOn > prior.earnedOn))
    ) {
      latest.set(id, earnedOn === undefined ? { id } : { id, earnedOn });
    }
  }
  return {
    holdings: [...latest.values()],
    unmatched,
    expired,
    warnings: log.warnings.map((w) => `${w.path || '(root)'}: ${w.message}`),
  };
}

function matcher(
  index: CatalogIndex,
  aliases: Record<string, string>,
  log: ImportLog,
): (e: WalletEntry) => string | undefined {
  const byAchievement = new Map<string, string>();
  for (const c of index.catalog.credentials) {
    const listed = c['x-achievementIds'];
    if (Array.isArray(listed))
      for (const a of listed) if (typeof a === 'string') byAchievement.set(a, c.id);
  }
  const lookup = (key: string): string | undefined =>
    index.byId.has(key) ? key : byAchievement.get(key);
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

/** The calendar date a timestamp was written for (`2024-03-01T23:30:00-05:00` is 2024-03-01). */
function dateOf(text: string): string | undefined {
  const day = /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(text)?.[1];
  return day !== undefined && isIsoDate(day) ? day : undefined;
}

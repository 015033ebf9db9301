/**
 * A learner's wallet (Open Badges 2.0 / 3.0, CLR 2.0 credentials; JSON, JWT, baked PNG or SVG) to
 * catalog holdings as of a date: each achievement matched to a catalog credential, its issue date
 * as `earnedOn`. Expired, revoked or suspended ones, ones whose proof does not verify, and unmatched
 * ones are reported rather than counted; proofs not verified are a warning, JWT and JSON-LD alike.
 */
import type { CatalogIndex, Holding } from '@pathwise/core';
import { isIsoDate, parseIsoDate } from '@pathwise/core';
import { ImportInvalidError, ImportLog } from '../errors.js';
import { checkStatus } from './credential-status.js';
import { achievementMatcher } from './match-achievement.js';
import { readWallet } from './read-wallet.js';
import type { WalletEntry } from './read-wallet.js';
import type { ProofChecks } from './verify-proofs.js';
import { walletInput } from './wallet-input.js';

/** Options of holdingsFromWallet. */
export interface WalletOptions {
  /** The date to judge expiry at, `YYYY-MM-DD` (default: today, UTC). */
  asOf?: string;
  /** Achievement id to catalog credential id, for achievements the catalog does not name. */
  aliases?: Record<string, string>;
  /** Proof checks from verifyWalletProofs; without them every proof is reported "not verified". */
  proofs?: ProofChecks;
}

/** An achievement the catalog has no credential for. */
export interface UnmatchedAchievement {
  achievementId: string;
  name?: string;
}

/** A credential in the wallet whose `validUntil` / `expirationDate` / JWT `exp` is before `asOf`. */
export interface ExpiredAchievement {
  achievementId: string;
  name?: string;
  /** The catalog credential it matched, if any. */
  id?: string;
  validUntil: string;
}

/** A credential not counted: revoked, suspended, or its proof does not verify. */
export interface RejectedAchievement {
  achievementId: string;
  name?: string;
  /** The catalog credential it matched, if any. */
  id?: string;
  reason: 'revoked' | 'suspended' | 'invalid-proof';
  detail: string;
}

/** What holdingsFromWallet returns. */
export interface WalletHoldings {
  holdings: Holding[];
  unmatched: UnmatchedAchievement[];
  expired: ExpiredAchievement[];
  rejected: RejectedAchievement[];
  warnings: string[];
}

/**
 * Matching: see achievementMatcher (aliases, ids, catalog aliases, other identifiers, CTIDs).
 * @param wallet - a credential, a presentation, a CLR, a list of them (parsed JSON, JSON text, a
 *   JWT, or the bytes of a baked PNG / the text of a baked SVG badge)
 * @param index - the catalog
 * @param options - asOf, aliases, proof checks
 * @returns holdings (one per catalog credential, the most recent award), unmatched, expired,
 *   rejected, warnings
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
  const { entries, statusLists, proven } = readWallet(walletInput(wallet), log);
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
  const proofs = options.proofs;
  for (const p of proven) {
    const check = proofs?.get(p.path);
    if (!check)
      log.warn(
        'APPROXIMATED',
        p.path,
        `${p.jwt ? 'JWT' : 'JSON-LD'} proof not verified: proofs are checked only when verifyWalletProofs ran`,
      );
    else if (check.state === 'unverified')
      log.warn(
        'APPROXIMATED',
        p.path,
        `${p.jwt ? 'JWT' : 'JSON-LD'} proof not verified: ${check.detail}`,
      );
  }
  warnDuplicates(entries, log);
  const match = achievementMatcher(index, options.aliases ?? {}, log);
  const latest = new Map<string, Holding>();
  const unmatched: UnmatchedAchievement[] = [];
  const expired: ExpiredAchievement[] = [];
  const rejected: RejectedAchievement[] = [];
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
    const named = {
      achievementId: entry.achievementId,
      name: entry.name,
    };
    const refusal = rejection(entry, proofs, statusLists, log);
    if (refusal) {
      rejected.push({ ...named, ...(id ? { id } : {}), ...refusal });
      log.warn('IGNORED_NODE', entry.path, `${refusal.reason}: ${refusal.detail}; not counted`);
      continue;
    }
    if (until !== undefined && until < asOf) {
      expired.push({ ...named, ...(id ? { id } : {}), validUntil: until });
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
      unmatched.push(named);
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
    rejected,
    warnings: log.warnings.map((w) => `${w.path || '(root)'}: ${w.message}`),
  };
}

function rejection(
  entry: WalletEntry,
  proofs: ProofChecks | undefined,
  lists: Parameters<typeof checkStatus>[1],
  log: ImportLog,
): Pick<RejectedAchievement, 'reason' | 'detail'> | undefined {
  if (entry.revoked !== undefined) return { reason: 'revoked', detail: entry.revoked };
  const proof = proofs?.get(entry.credentialPath);
  if (proof?.state === 'invalid') return { reason: 'invalid-proof', detail: proof.detail };
  for (const s of entry.status) {
    const result = checkStatus(s, lists);
    if (result.state === 'set')
      return {
        reason: result.purpose === 'suspension' ? 'suspended' : 'revoked',
        detail: `status list ${s.list} bit ${s.index} is set (${result.purpose})`,
      };
    if (result.state === 'unchecked')
      log.warn('APPROXIMATED', entry.path, `status not checked: ${result.reason}`);
  }
  return undefined;
}

/** Different achievements (by name or issuer) that share one id: said, since they count as one. */
function warnDuplicates(entries: WalletEntry[], log: ImportLog): void {
  const byId = new Map<string, WalletEntry[]>();
  for (const e of entries) {
    const list = byId.get(e.achievementId) ?? [];
    list.push(e);
    byId.set(e.achievementId, list);
  }
  for (const [id, list] of byId) {
    const kinds = new Set(list.map((e) => `${e.name ?? ''}\u0000${e.issuer ?? ''}`));
    if (kinds.size > 1) {
      log.warn(
        'CONFLICT',
        list[0]!.path,
        `${kinds.size} different achievements (${[...new Set(list.map((e) => e.name ?? '(no name)'))].join('; ')}) share the id ${id}; they match one catalog credential and count once`,
      );
    }
  }
}

/** The calendar date a timestamp was written for (`2024-03-01T23:30:00-05:00` is 2024-03-01). */
function dateOf(text: string): string | undefined {
  const day = /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(text)?.[1];
  return day !== undefined && isIsoDate(day) ? day : undefined;
}

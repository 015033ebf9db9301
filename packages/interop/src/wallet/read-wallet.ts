/**
 * Finds the achievement credentials in a learner's wallet: an Open Badges 3.0 OpenBadgeCredential /
 * AchievementCredential, a CLR 2.0 ClrCredential (its `credentialSubject.verifiableCredential`),
 * a VerifiablePresentation, a list of any of these, VC 1.1 or 2.0 shapes, JSON or compact JWT
 * (the payload is decoded, its signature is not verified), and Open Badges 2.0 Assertions.
 */
import type { ImportLog } from '../errors.js';

/** One earned achievement as the wallet states it, before matching to a catalog. */
export interface WalletEntry {
  achievementId: string;
  name?: string;
  /** Other identifiers the achievement gives (otherIdentifier, alignment targets). */
  otherIds: string[];
  /** `validFrom` / `issuanceDate` / `awardedDate` as written. */
  issued?: string;
  /** `validUntil` / `expirationDate` as written. */
  expires?: string;
  path: string;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const typesOf = (o: Json): string[] => {
  const t = o.type ?? o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
};
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;

/**
 * @param wallet - the parsed wallet document
 * @param log - where faults (nothing readable) and warnings go
 * @returns every achievement credential found, in document order
 */
export function readWallet(wallet: unknown, log: ImportLog): WalletEntry[] {
  const entries: WalletEntry[] = [];
  const visit = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      const decoded = decodeJwt(value);
      if (decoded === undefined) {
        log.warn('IGNORED_NODE', path, 'a string that is not a compact JWT credential');
        return;
      }
      log.warn('APPROXIMATED', path, 'JWT credential read without verifying its signature');
      visit(isObject(decoded.vc) ? decoded.vc : decoded, `${path}(jwt)`);
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${path}[${i}]`));
      return;
    }
    if (!isObject(value)) {
      log.warn('IGNORED_NODE', path || '(root)', 'not a credential object');
      return;
    }
    const types = typesOf(value);
    if (types.includes('VerifiablePresentation')) {
      visit(value.verifiableCredential ?? [], join(path, 'verifiableCredential'));
      return;
    }
    if (types.includes('ClrCredential')) {
      const subject = value.credentialSubject;
      const inner = isObject(subject) ? subject.verifiableCredential : undefined;
      if (inner === undefined)
        log.warn(
          'IGNORED_NODE',
          join(path, 'credentialSubject'),
          'CLR without verifiableCredential',
        );
      // ClrSubject.achievement lists definitions, not awards: only the nested credentials count.
      visit(inner ?? [], join(path, 'credentialSubject.verifiableCredential'));
      return;
    }
    if (types.includes('Assertion') && value.badge !== undefined) {
      const badge = value.badge;
      const id = isObject(badge) ? str(badge.id) : str(badge);
      if (!id) {
        log.warn('IGNORED_NODE', path, 'Open Badges 2.0 assertion without a badge id');
        return;
      }
      entries.push({
        achievementId: id,
        name: isObject(badge) ? str(badge.name) : undefined,
        otherIds: [],
        issued: str(value.issuedOn),
        expires: str(value.expires),
        path,
      });
      return;
    }
    const subjects = Array.isArray(value.credentialSubject)
      ? value.credentialSubject
      : [value.credentialSubject];
    const isAchievement =
      types.some((t) => t === 'OpenBadgeCredential' || t === 'AchievementCredential') ||
      subjects.some((s) => isObject(s) && s.achievement !== undefined);
    if (!isAchievement) {
      log.warn(
        'IGNORED_NODE',
        path || '(root)',
        `not an achievement credential (type ${types.join(', ') || 'none'})`,
      );
      return;
    }
    const issued = str(value.validFrom) ?? str(value.issuanceDate) ?? str(value.awardedDate);
    const expires = str(value.validUntil) ?? str(value.expirationDate);
    subjects.forEach((s, si) => {
      const spath = join(
        path,
        Array.isArray(value.credentialSubject) ? `credentialSubject[${si}]` : 'credentialSubject',
      );
      const achievement = isObject(s) ? s.achievement : undefined;
      const list = Array.isArray(achievement) ? achievement : [achievement];
      list.forEach((a, ai) => {
        const apath = `${spath}.achievement${Array.isArray(achievement) ? `[${ai}]` : ''}`;
        const id = isObject(a) ? str(a.id) : str(a);
        if (!id) {
          log.warn(
            'IGNORED_NODE',
            apath,
            'achievement without an id cannot be matched to a catalog credential',
          );
          return;
        }
        entries.push({
          achievementId: id,
          name: isObject(a) ? str(a.name) : undefined,
          otherIds: isObject(a) ? otherIdentifiers(a) : [],
          issued,
          expires,
          path: apath,
        });
      });
    });
  };
  visit(wallet, '');
  return entries;
}

function otherIdentifiers(a: Json): string[] {
  const out: string[] = [];
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
  for (const o of list(a.otherIdentifier))
    if (isObject(o) && str(o.identifier)) out.push(str(o.identifier)!);
  for (const al of list(a.alignment)) {
    if (!isObject(al)) continue;
    for (const k of ['targetCode', 'targetUrl']) if (str(al[k])) out.push(str(al[k])!);
  }
  return out;
}

function decodeJwt(text: string): Json | undefined {
  const parts = text.trim().split('.');
  if (parts.length !== 3) return undefined;
  try {
    const payload = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as unknown;
    return isObject(payload) ? payload : undefined;
  } catch {
    return undefined;
  }
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

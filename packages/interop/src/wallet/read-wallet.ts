/**
 * Finds the achievement credentials in a learner's wallet: an Open Badges 3.0 OpenBadgeCredential /
 * AchievementCredential, a CLR 2.0 ClrCredential (its `credentialSubject.verifiableCredential`),
 * a VerifiablePresentation, a list of any of these, VC 1.1 or 2.0 shapes, JSON or compact JWT
 * (its `exp` / `nbf` claims are read; the signature is checked by verify-proofs), Open Badges 2.0
 * Assertions (`revoked: true` included), and the status-list credentials the wallet itself carries.
 * The walk is iterative in effect: input nested past MAX_NESTING is refused before it starts.
 */
import type { ImportLog } from '../errors.js';
import type { StatusEntry } from './credential-status.js';
import { readStatusEntries } from './credential-status.js';
import { decodeJwt, isObject, str, typesOf } from './wallet-json.js';
import type { Json } from './wallet-json.js';

/** One earned achievement as the wallet states it, before matching to a catalog. */
export interface WalletEntry {
  achievementId: string;
  name?: string;
  /** Other identifiers the achievement gives (otherIdentifier, alignment targets). */
  otherIds: string[];
  /** `validFrom` / `issuanceDate` / `awardedDate` (or a JWT's `nbf`) as written. */
  issued?: string;
  /** `validUntil` / `expirationDate`, or a JWT's `exp` when earlier, as written. */
  expires?: string;
  /** Where the credential that carries it sits (the key of its proof check). */
  credentialPath: string;
  /** The issuer's id, to tell different achievements that share one id apart. */
  issuer?: string;
  /** An Open Badges 2.0 assertion marked `revoked: true`, with its reason. */
  revoked?: string;
  /** Status-list entries of the credential. */
  status: StatusEntry[];
  path: string;
}

/** A credential with a proof to check: a compact JWT, or a JSON credential with `proof`. */
export interface ProvenCredential {
  path: string;
  jwt?: string;
  json?: Json;
}

/** Everything readWallet found. */
export interface WalletContents {
  entries: WalletEntry[];
  /** Status-list credentials by id (`BitstringStatusListCredential`, `StatusList2021Credential`). */
  statusLists: Map<string, Json>;
  proven: ProvenCredential[];
}

/**
 * @param wallet - the parsed wallet document (JSON values, JWT strings)
 * @param log - where warnings go
 * @returns every achievement credential found, in document order, and the status lists
 */
export function readWallet(wallet: unknown, log: ImportLog): WalletContents {
  const entries: WalletEntry[] = [];
  const statusLists = new Map<string, Json>();
  const proven: ProvenCredential[] = [];
  const visit = (value: unknown, path: string, jwt?: Json): void => {
    if (typeof value === 'string') {
      const decoded = decodeJwt(value);
      if (decoded === undefined) {
        log.warn('IGNORED_NODE', path || '(root)', 'a string that is not a compact JWT credential');
        return;
      }
      proven.push({ path: `${path}(jwt)`, jwt: value.trim() });
      visit(isObject(decoded.vc) ? decoded.vc : decoded, `${path}(jwt)`, decoded);
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
    if (value.proof !== undefined && jwt === undefined)
      proven.push({ path: path || '(root)', json: value });
    if (types.includes('VerifiablePresentation')) {
      visit(value.verifiableCredential ?? [], join(path, 'verifiableCredential'));
      return;
    }
    if (types.some((t) => /StatusList(2021)?Credential$/.test(t))) {
      if (str(value.id)) statusLists.set(str(value.id)!, value);
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
      readAssertion(value, path || '(root)', entries, log);
      return;
    }
    readAchievementCredential(value, path, jwt, entries, log);
  };
  visit(wallet, '');
  return { entries, statusLists, proven };
}

function readAssertion(value: Json, path: string, entries: WalletEntry[], log: ImportLog): void {
  const badge = value.badge;
  const id = isObject(badge) ? str(badge.id) : str(badge);
  if (!id) {
    log.warn('IGNORED_NODE', path, 'Open Badges 2.0 assertion without a badge id');
    return;
  }
  const issuer = isObject(badge)
    ? isObject(badge.issuer)
      ? str(badge.issuer.id)
      : str(badge.issuer)
    : undefined;
  entries.push({
    achievementId: id,
    ...(isObject(badge) && str(badge.name) ? { name: str(badge.name)! } : {}),
    otherIds: [],
    ...(str(value.issuedOn) ? { issued: str(value.issuedOn)! } : {}),
    ...(str(value.expires) ? { expires: str(value.expires)! } : {}),
    ...(issuer ? { issuer } : {}),
    ...(value.revoked === true || value.revoked === 'true'
      ? { revoked: str(value.revocationReason) ?? 'revoked: true' }
      : {}),
    credentialPath: path,
    status: [],
    path,
  });
}

function readAchievementCredential(
  value: Json,
  path: string,
  jwt: Json | undefined,
  entries: WalletEntry[],
  log: ImportLog,
): void {
  const types = typesOf(value);
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
  const claimDate = (claim: unknown): string | undefined =>
    typeof claim === 'number' && Number.isFinite(claim) && Math.abs(claim) < 1e11
      ? new Date(claim * 1000).toISOString()
      : undefined;
  const exp = claimDate(jwt?.exp);
  const nbf = claimDate(jwt?.nbf);
  const issued = str(value.validFrom) ?? str(value.issuanceDate) ?? str(value.awardedDate) ?? nbf;
  const written = str(value.validUntil) ?? str(value.expirationDate);
  // A JWT's exp bounds the credential too: the earlier of the two ends it.
  const expires =
    exp !== undefined && (written === undefined || exp.slice(0, 10) < written.slice(0, 10))
      ? exp
      : written;
  if (jwt?.exp !== undefined && exp === undefined)
    log.warn('IGNORED_PROPERTY', `${path}.exp`, 'JWT exp is not a NumericDate; ignored');
  const issuer = isObject(value.issuer) ? str(value.issuer.id) : str(value.issuer);
  const status = readStatusEntries(value.credentialStatus);
  const credentialPath = path || '(root)';
  subjects.forEach((s, si) => {
    const spath = join(
      path,
      Array.isArray(value.credentialSubject) ? `credentialSubject[${si}]` : 'credentialSubject',
    );
    const achievement = isObject(s) ? s.achievement : undefined;
    if (achievement === undefined || achievement === null) {
      log.warn(
        'IGNORED_NODE',
        spath,
        'credential subject names no achievement; nothing to match to a catalog credential',
      );
      return;
    }
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
        ...(isObject(a) && str(a.name) ? { name: str(a.name)! } : {}),
        otherIds: isObject(a) ? otherIdentifiers(a) : [],
        ...(issued ? { issued } : {}),
        ...(expires ? { expires } : {}),
        ...(issuer ? { issuer } : {}),
        credentialPath,
        status,
        path: apath,
      });
    });
  });
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

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

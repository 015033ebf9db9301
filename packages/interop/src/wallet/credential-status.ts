/**
 * Revocation and suspension by status list (W3C Bitstring Status List, and its predecessor
 * StatusList2021), when the wallet itself carries the list credential: its `encodedList` is a
 * GZIP-compressed bitstring (base64url; multibase `u` prefix for Bitstring Status List) whose bit
 * at `statusListIndex` (counted from the most significant bit of the first byte) is 1 when the
 * credential is revoked or suspended. Decompression is node:zlib; nothing is fetched.
 */
import { gunzipSync } from 'node:zlib';
import type { Json } from './wallet-json.js';
import { isObject, str, typesOf } from './wallet-json.js';

/** One `credentialStatus` entry of a credential. */
export interface StatusEntry {
  type: string;
  purpose: string;
  index?: number;
  list?: string;
}

/** What a status check found. */
export type StatusResult =
  { state: 'set'; purpose: string } | { state: 'clear' } | { state: 'unchecked'; reason: string };

/** @returns the credential's status entries (one object or a list) */
export function readStatusEntries(status: unknown): StatusEntry[] {
  const list = Array.isArray(status) ? status : status === undefined ? [] : [status];
  return list.filter(isObject).map((s) => {
    const index = Number(s.statusListIndex);
    return {
      type: typesOf(s).join(', ') || '(no type)',
      purpose: str(s.statusPurpose) ?? 'revocation',
      ...(Number.isInteger(index) && index >= 0 ? { index } : {}),
      ...(str(s.statusListCredential) ? { list: str(s.statusListCredential)! } : {}),
    };
  });
}

/**
 * @param entry - a status entry
 * @param lists - the status-list credentials the wallet carries, by id
 * @returns whether the bit is set, clear, or could not be checked (and why)
 */
export function checkStatus(entry: StatusEntry, lists: ReadonlyMap<string, Json>): StatusResult {
  if (!/StatusList(2021)?Entry$/.test(entry.type))
    return { state: 'unchecked', reason: `status type ${entry.type} is not a status list` };
  if (entry.list === undefined || entry.index === undefined)
    return {
      state: 'unchecked',
      reason: 'status entry without statusListCredential / statusListIndex',
    };
  const listCredential = lists.get(entry.list);
  if (!listCredential)
    return {
      state: 'unchecked',
      reason: `status list ${entry.list} is not in the wallet file (not fetched)`,
    };
  const subject = listCredential.credentialSubject;
  const encoded = isObject(subject) ? str(subject.encodedList) : undefined;
  if (!encoded)
    return { state: 'unchecked', reason: `status list ${entry.list} has no encodedList` };
  let bits: Buffer;
  try {
    // Bitstring Status List writes multibase base64url (a `u` prefix); StatusList2021 plain base64url.
    const multibase = typesOf(listCredential).includes('BitstringStatusListCredential');
    const body = multibase && encoded.startsWith('u') ? encoded.slice(1) : encoded;
    bits = gunzipSync(Buffer.from(body, 'base64url'), {
      maxOutputLength: 16 * 2 ** 20,
    });
  } catch {
    return { state: 'unchecked', reason: `status list ${entry.list} is not a GZIP bitstring` };
  }
  const byte = bits[entry.index >> 3];
  if (byte === undefined)
    return { state: 'unchecked', reason: `statusListIndex ${entry.index} is past the list's end` };
  return (byte >> (7 - (entry.index & 7))) & 1
    ? { state: 'set', purpose: entry.purpose }
    : { state: 'clear' };
}

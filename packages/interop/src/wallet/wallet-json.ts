/**
 * Small readers over wallet JSON shared by the wallet modules: object and type tests, trimmed
 * strings, and the payload of a compact JWT (decoded, not verified; verify-proofs checks it).
 */
import { MAX_NESTING, firstTooDeep } from '../json/nesting.js';

/** A JSON object. */
export type Json = Record<string, unknown>;

/** @returns whether v is a (non-array) object */
export const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** @returns the `type` / `@type` strings of an object */
export const typesOf = (o: Json): string[] => {
  const t = o.type ?? o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
};

/** @returns the trimmed string, or undefined for anything else or an empty string */
export const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;

/**
 * @param text - a compact JWS (`header.payload.signature`)
 * @returns its JSON payload, or undefined when it is not one (or nests too deep to read)
 */
export function decodeJwt(text: string): Json | undefined {
  const parts = text.trim().split('.');
  if (parts.length !== 3) return undefined;
  try {
    const payload = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as unknown;
    return isObject(payload) && firstTooDeep(payload, MAX_NESTING) === undefined
      ? payload
      : undefined;
  } catch {
    return undefined;
  }
}

/** @returns the JSON header of a compact JWS, or undefined */
export function decodeJwtHeader(text: string): Json | undefined {
  try {
    const header = JSON.parse(
      Buffer.from(text.trim().split('.')[0]!, 'base64url').toString('utf8'),
    ) as unknown;
    return isObject(header) ? header : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Publisher keys: `PATHWISE_API_KEYS=key:provider,key:provider`, and the caller's Principal from an
 * `Authorization: Bearer KEY` header. Keys are compared by SHA-256 digest with timingSafeEqual, so
 * the time a lookup takes does not reveal how much of a key was right.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Principal } from '@pathwise/graphql';

/** Publisher keys, each naming the provider it writes for. */
export interface ApiKeys {
  /** @returns who is calling, from the raw Authorization header (undefined: anonymous) */
  principalFor(authorization: string | undefined): Principal;
  /** Number of keys. */
  readonly size: number;
}

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/**
 * @param entries - key → provider pairs
 * @returns the key table
 */
export function apiKeysFrom(entries: Iterable<readonly [key: string, provider: string]>): ApiKeys {
  const table = [...entries].map(([key, provider]) => ({ digest: digest(key), provider }));
  return {
    size: table.length,
    principalFor(authorization) {
      if (authorization === undefined || authorization.trim() === '') return { kind: 'anonymous' };
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      if (!match?.[1]) return { kind: 'invalid-key' };
      const presented = digest(match[1]);
      let provider: string | undefined;
      for (const entry of table) {
        if (timingSafeEqual(entry.digest, presented)) provider = entry.provider;
      }
      return provider === undefined ? { kind: 'invalid-key' } : { kind: 'publisher', provider };
    },
  };
}

/**
 * Parses `key:provider,key:provider` (the first `:` splits; blanks around entries are ignored).
 * @param text - the PATHWISE_API_KEYS value; undefined or empty: no keys (every write is refused)
 * @returns the key table
 * @throws Error naming the malformed entry (a configuration error, raised at start-up)
 */
export function parseApiKeys(text: string | undefined): ApiKeys {
  const entries: [string, string][] = [];
  for (const raw of (text ?? '').split(',')) {
    const entry = raw.trim();
    if (entry === '') continue;
    const colon = entry.indexOf(':');
    const key = entry.slice(0, colon).trim();
    const provider = entry.slice(colon + 1).trim();
    if (colon < 0 || key === '' || provider === '') {
      throw new Error(`PATHWISE_API_KEYS: entry ${entries.length + 1} is not "key:provider"`);
    }
    entries.push([key, provider]);
  }
  return apiKeysFrom(entries);
}

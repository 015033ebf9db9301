/**
 * Validates a catalog file from its UTF-8 bytes holding one credential at a time (issue 14's first
 * import of a huge document): the document around the credentials is parsed, and each credential is
 * decoded from its span when a check reads it and dropped after. validateCatalog reads each twice, so
 * two million credentials are validated in the memory of the bytes and of the checks' tables, not of
 * two million objects (4.3 GB at 2x10^6 parsed whole). A document whose credentials cannot be found
 * that way is parsed whole, as parseCatalogJson parses text, with the same faults.
 */
import type { Catalog, Credential } from '../model/types.js';
import { arraySpans } from '../document/credential-spans.js';
import { readCatalogDocument, type CredentialDocument } from '../document/catalog-document.js';
import { parseCatalog, parseCatalogJson, type ValidateOptions } from './parse-catalog.js';

// As Buffer's toString('utf8'): a byte-order mark stays, and JSON.parse refuses it as NOT_JSON.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** A compiler fed one credential at a time, in order (the engine's indexBuilder). */
export type CompileAsRead<T> = (ids: string[]) => {
  add(index: number, credential: Credential): void;
  finish(): T;
};

/**
 * @param bytes - a catalog file's bytes (never changed after: the catalog reads from them)
 * @param compiler - compiles each credential as validation reads it (its second read), so that
 *   nothing reads the catalog again for it
 * @returns the valid catalog, its credentials decoded from `bytes` on demand and kept once read (an
 *   ordinary parsed catalog when the document was parsed whole); with a compiler, its result
 * @throws CatalogInvalidError NOT_JSON, or every fault of the catalog
 */
export function parseCatalogBytes<T = never>(
  bytes: Uint8Array,
  compiler?: CompileAsRead<T>,
): { catalog: Catalog; compiled?: T } {
  let building: ReturnType<CompileAsRead<T>> | undefined;
  const options: ValidateOptions = {
    each:
      compiler &&
      ((credential, index, ids) => {
        // From the first credential again when the document is read twice (parsed whole after all).
        if (index === 0) building = compiler(ids.slice());
        building!.add(index, credential);
      }),
  };
  const compiled = (catalog: Catalog): { catalog: Catalog; compiled?: T } =>
    building === undefined ? { catalog } : { catalog, compiled: building.finish() };
  const document = credentialDocument(bytes);
  if (document !== undefined) {
    try {
      parseCatalog(readCatalogDocument(document, [], { keep: false }), options);
      return compiled(readCatalogDocument(document) as Catalog);
    } catch (error) {
      // A credential or the document around them is not JSON: parsed whole, that is NOT_JSON.
      if (!(error instanceof SyntaxError)) throw error;
    }
  }
  building = undefined;
  return compiled(parseCatalogJson(decoder.decode(bytes), options));
}

/**
 * @param bytes - a catalog file's bytes that were validated before (a compiled snapshot bound to them
 *   says so); never changed after
 * @returns its catalog, the credentials decoded from `bytes` on demand and kept once read (parsed
 *   whole when they cannot be found without parsing)
 * @throws SyntaxError when the bytes are not JSON (they were validated: a writer's fault)
 */
export function readCatalogBytes(bytes: Uint8Array): Catalog {
  const document = credentialDocument(bytes);
  return (
    document === undefined ? JSON.parse(decoder.decode(bytes)) : readCatalogDocument(document)
  ) as Catalog;
}

const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/**
 * @returns the document and its credentials' spans when its top-level `credentials` is one list of
 *   objects whose separators are JSON's (arraySpans finds elements, not commas); undefined when not
 *   (or when the file starts with a byte-order mark): then it is parsed whole
 */
function credentialDocument(bytes: Uint8Array): CredentialDocument | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return undefined;
  const spans = arraySpans(bytes, ['credentials']);
  if (spans === undefined) return undefined;
  const n = (spans.length - 2) / 2;
  // The gaps: after `[`, between elements (one comma each), before `]`.
  let from = spans[0]! + 1;
  for (let k = 0; k <= n; k++) {
    const to = k < n ? spans[2 + 2 * k]! : spans[1]!;
    let commas = 0;
    for (let i = from; i < to; i++) {
      const b = bytes[i]!;
      if (b === 0x2c) commas++;
      else if (!isSpace(b)) return undefined;
    }
    if (commas !== (k > 0 && k < n ? 1 : 0)) return undefined;
    if (k < n) from = spans[3 + 2 * k]!;
  }
  return { bytes, spans };
}

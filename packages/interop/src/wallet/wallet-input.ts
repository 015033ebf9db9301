/**
 * A wallet as it arrives: parsed JSON, JSON text (a byte-order mark and concatenated documents
 * allowed), a compact JWT, the bytes of a baked PNG badge, or an SVG badge. Everything becomes
 * parsed JSON / JWT strings for readWallet; what cannot be read is one clear fault.
 */
import { ImportInvalidError } from '../errors.js';
import { readJsonText } from '../json/read-json-text.js';
import { MAX_NESTING, firstTooDeep } from '../json/nesting.js';
import { credentialFromPng, credentialFromSvg, isPng } from './baked-badge.js';

/**
 * @param wallet - what the caller was given
 * @returns the wallet as parsed JSON values and JWT strings
 * @throws ImportInvalidError (NOT_JSON, NO_CONTENT, TOO_DEEP) when it cannot be read
 */
export function walletInput(wallet: unknown): unknown {
  let value = wallet;
  if (value instanceof Uint8Array) {
    if (isPng(value)) value = baked(credentialFromPng(value), 'PNG');
    else value = Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('utf8');
  }
  if (typeof value === 'string') {
    const text = value.charCodeAt(0) === 0xfeff ? value.slice(1) : value;
    const start = text.trimStart();
    if (start.startsWith('<')) value = baked(credentialFromSvg(text), 'SVG');
    else if (start.startsWith('{') || start.startsWith('[')) value = readJsonText(text);
    else value = text.trim();
  }
  const deep = firstTooDeep(value, MAX_NESTING);
  if (deep !== undefined) {
    throw new ImportInvalidError([
      {
        code: 'TOO_DEEP',
        path: deep,
        message: `nested more than ${MAX_NESTING} levels deep; not read`,
      },
    ]);
  }
  return value;
}

function baked(found: { text: string } | { reason: string }, what: string): unknown {
  if ('reason' in found)
    throw new ImportInvalidError([{ code: 'NO_CONTENT', path: '', message: found.reason }]);
  const text = found.text.trim();
  if (text.startsWith('{') || text.startsWith('[')) {
    try {
      return readJsonText(text);
    } catch (error) {
      if (error instanceof ImportInvalidError)
        throw new ImportInvalidError(
          error.faults.map((f) => ({ ...f, message: `baked ${what} credential: ${f.message}` })),
        );
      throw error;
    }
  }
  return text; // a compact JWT
}

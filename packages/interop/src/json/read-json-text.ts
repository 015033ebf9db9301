/**
 * JSON text as real files carry it: a UTF-8 byte-order mark (registry envelopes have one), one
 * document, or several documents written one after another (concatenated JSON-LD, JSON Lines).
 * A parse failure is one NOT_JSON fault whose message is a single line.
 *
 * The split into top-level values is hand-written: it only has to find where one object or array
 * ends (string and escape aware), which no JSON library exposes; each piece is then parsed by
 * `JSON.parse` itself.
 */
import { ImportInvalidError } from '../errors.js';

/**
 * @param text - the file's text
 * @returns the documents, in order (one for an ordinary JSON file)
 * @throws ImportInvalidError (NOT_JSON) when the text is not JSON nor a sequence of JSON documents
 */
export function readJsonDocuments(text: string): unknown[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return [JSON.parse(body) as unknown];
  } catch (error) {
    const pieces = splitTopLevel(body);
    if (pieces.length > 1) {
      const docs: unknown[] = [];
      for (const [i, piece] of pieces.entries()) {
        try {
          docs.push(JSON.parse(piece) as unknown);
        } catch (inner) {
          throw notJson(inner, ` (document ${i + 1} of ${pieces.length})`);
        }
      }
      return docs;
    }
    throw notJson(error, '');
  }
}

/**
 * @param text - the file's text
 * @returns the one document it holds, or a list when it holds several
 * @throws ImportInvalidError (NOT_JSON)
 */
export function readJsonText(text: string): unknown {
  const docs = readJsonDocuments(text);
  return docs.length === 1 ? docs[0] : docs;
}

function notJson(error: unknown, where: string): ImportInvalidError {
  const reason = (error as Error).message.replace(/\s+/g, ' ').trim().slice(0, 200);
  return new ImportInvalidError([
    { code: 'NOT_JSON', path: '', message: `not JSON${where}: ${reason}` },
  ]);
}

/** Splits text into top-level objects / arrays; returns [] when it is not such a sequence. */
function splitTopLevel(text: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) {
      if (depth === 0) return [];
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (depth === 0) start = i;
      depth++;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth < 0) return [];
      if (depth === 0) pieces.push(text.slice(start, i + 1));
    } else if (depth === 0 && c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09 && c !== 0x2c) {
      return []; // a bare value between documents: not a sequence of documents
    }
  }
  return depth === 0 ? pieces : [];
}

/**
 * Baked badges: the credential an image carries. A PNG carries it in an `iTXt` (or `tEXt`) chunk
 * with keyword `openbadges` (Open Badges 2.0 and 3.0) or `openbadgecredential`; an SVG in an
 * `<openbadges:credential>` (3.0) or `<openbadges:assertion>` (2.0) element, as JSON or a compact
 * JWT. Hand-written: walking PNG chunks is a length-prefixed loop and the SVG element is found by
 * one regular expression; no maintained npm library reads baked badges, and node:zlib inflates
 * compressed iTXt text.
 */
import { inflateSync } from 'node:zlib';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const KEYWORDS = new Set(['openbadges', 'openbadgecredential']);

/** @returns whether the bytes start with the PNG signature */
export function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

/**
 * @param bytes - a PNG file
 * @returns the baked credential text (JSON or a JWT), or a reason it has none
 */
export function credentialFromPng(bytes: Uint8Array): { text: string } | { reason: string } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8;
  while (at + 8 <= buf.length) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const start = at + 8;
    const end = start + length;
    if (end + 4 > buf.length) return { reason: `PNG chunk ${type} runs past the end of the file` };
    if (type === 'iTXt' || type === 'tEXt') {
      const data = buf.subarray(start, end);
      const nul = data.indexOf(0);
      const keyword = nul < 0 ? '' : data.toString('latin1', 0, nul);
      if (KEYWORDS.has(keyword)) {
        if (type === 'tEXt') return { text: data.toString('latin1', nul + 1) };
        // iTXt: keyword \0 compression-flag compression-method language \0 translated \0 text
        const compressed = data[nul + 1] === 1;
        const lang = data.indexOf(0, nul + 3);
        const translated = lang < 0 ? -1 : data.indexOf(0, lang + 1);
        if (translated < 0) return { reason: `PNG iTXt chunk ${keyword} is malformed` };
        const body = data.subarray(translated + 1);
        try {
          const text = compressed
            ? inflateSync(body, { maxOutputLength: 16 * 2 ** 20 }).toString('utf8')
            : body.toString('utf8');
          return { text };
        } catch {
          return { reason: `PNG iTXt chunk ${keyword} does not inflate` };
        }
      }
    }
    if (type === 'IEND') break;
    at = end + 4; // skip the CRC
  }
  return { reason: 'PNG without an openbadges iTXt chunk: not a baked badge' };
}

const SVG_ELEMENT =
  /<openbadges:(credential|assertion)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/openbadges:\1\s*>)/;

/**
 * @param svg - an SVG document
 * @returns the baked credential text, or a reason it has none
 */
export function credentialFromSvg(svg: string): { text: string } | { reason: string } {
  const m = SVG_ELEMENT.exec(svg);
  if (!m) return { reason: 'SVG without an openbadges:credential element: not a baked badge' };
  const body = (m[3] ?? '').trim();
  const cdata = /^<!\[CDATA\[([\s\S]*?)\]\]>$/.exec(body);
  const text = cdata ? cdata[1]!.trim() : unescapeXml(body);
  if (text !== '') return { text };
  const verify = /\bverify\s*=\s*"([^"]*)"/.exec(m[2] ?? '')?.[1];
  return {
    reason: verify
      ? `the SVG badge only points to ${verify} (hosted verification); it is not fetched`
      : 'the SVG openbadges element is empty',
  };
}

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

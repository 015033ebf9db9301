/**
 * Splits a stream of text chunks into lines, as they arrive, for `--batch`: lines end at `\n` or
 * `\r\n` (a final line without one counts), exactly as splitting the whole text would. A chunk that is
 * binary is refused as soon as it arrives (textChunkDecoder), and so is a line longer than the limit,
 * before more of it is held: memory stays at one chunk plus one line however long the input is.
 * Hand-written rather than node:readline because readline neither refuses binary bytes nor bounds a
 * line's length (a newline-free FIFO would grow its buffer without end).
 */
import {
  InputRefusedError,
  MAX_INPUT_BYTES_ENV,
  bytesText,
  textChunkDecoder,
} from './read-bounded.js';

/** One line of the input, numbered from 1, with how far into the input reading has got. */
export interface InputLine {
  /** The line's number (blank lines counted). */
  n: number;
  /** Its text, without the line end. */
  text: string;
  /** Bytes of the input read so far (at chunk granularity), for progress. */
  bytesRead: number;
}

/**
 * @param chunks - the input's bytes, chunk by chunk
 * @param maxLineBytes - the longest line allowed, in bytes
 * @returns the lines, one at a time
 * @throws InputRefusedError at a binary chunk or a line longer than maxLineBytes
 */
export async function* readLines(
  chunks: AsyncIterable<Uint8Array>,
  maxLineBytes: number,
): AsyncGenerator<InputLine> {
  const decoder = textChunkDecoder();
  let carry = '';
  let n = 0;
  let bytesRead = 0;
  const checkLength = (text: string): void => {
    // A string's length never exceeds its UTF-8 bytes, and 3 bytes per unit bounds them above.
    if (text.length * 3 > maxLineBytes && Buffer.byteLength(text) > maxLineBytes)
      throw new InputRefusedError(
        `line ${n + 1} is longer than the input limit of ${bytesText(maxLineBytes)}; set ${MAX_INPUT_BYTES_ENV} to allow more`,
      );
  };
  for await (const whole of chunks) {
    // The lines before a NUL byte are given before the chunk is refused.
    const nul = whole.indexOf(0);
    const chunk = nul > 0 ? whole.subarray(0, nul) : whole;
    bytesRead += whole.length;
    const text = carry + decoder.decode(chunk);
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      const line = text.slice(start, end > start && text[end - 1] === '\r' ? end - 1 : end);
      checkLength(line);
      start = end + 1;
      yield { n: ++n, text: line, bytesRead };
    }
    carry = text.slice(start);
    checkLength(carry);
    if (chunk !== whole) decoder.decode(whole.subarray(nul)); // throws: a NUL byte at byte …
  }
  carry += decoder.end();
  if (carry !== '') yield { n: ++n, text: carry, bytesRead };
}

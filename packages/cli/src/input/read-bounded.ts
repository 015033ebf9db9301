/**
 * Reads an input file (a catalog, a batch, a wallet, aliases, CTDL or CSV) as a stream with a byte
 * limit, so that `/dev/zero`, a FIFO that never ends or a huge file is refused early instead of being
 * read whole. Text inputs are also refused as soon as a chunk shows they are binary: a NUL byte or
 * bytes that are not UTF-8 (a `TextDecoder` with `fatal`, fed chunk by chunk, tells at the first bad
 * chunk). Node's `readFile` reads everything first, so this is the CLI's own small loop.
 */
import { open, stat } from 'node:fs/promises';

/** The default limit on one input file, in bytes (256 MiB), below V8's longest string. */
export const DEFAULT_MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** The environment variable that sets the limit, in bytes. */
export const MAX_INPUT_BYTES_ENV = 'PATHWISE_MAX_INPUT_BYTES';

/** The size of one read, in bytes. */
const CHUNK_BYTES = 64 * 1024;

/** An input refused before it was read whole; its message says why (no errno `code`). */
export class InputRefusedError extends Error {
  override name = 'InputRefusedError';
}

/**
 * @param env - the environment (`PATHWISE_MAX_INPUT_BYTES`)
 * @returns the limit on one input file in bytes
 * @throws InputRefusedError when the variable is set but not a positive integer
 */
export function maxInputBytes(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[MAX_INPUT_BYTES_ENV];
  if (raw === undefined || raw === '') return DEFAULT_MAX_INPUT_BYTES;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n <= 0)
    throw new InputRefusedError(`${MAX_INPUT_BYTES_ENV} must be a positive whole number of bytes`);
  return n;
}

/** Formats a byte count for a message: `262144 bytes (256 KiB)`. */
export function bytesText(n: number): string {
  const units: [number, string][] = [
    [1024 * 1024 * 1024, 'GiB'],
    [1024 * 1024, 'MiB'],
    [1024, 'KiB'],
  ];
  const unit = units.find(([size]) => n >= size && n % size === 0);
  return unit ? `${n} bytes (${n / unit[0]} ${unit[1]})` : `${n} bytes`;
}

/**
 * Opens a file to read chunk by chunk, as the chunks are consumed.
 * @param path - the file (a regular file, a FIFO or a device: read as a stream either way)
 * @returns its chunks (fresh buffers; the file is closed at the end or when the reader stops) and
 *   its size when it is a regular file
 * @throws the fs error when it cannot be opened
 */
export async function openFileChunks(
  path: string,
): Promise<{ chunks: AsyncGenerator<Uint8Array>; size?: number }> {
  const handle = await open(path, 'r');
  const stat = await handle.stat();
  async function* chunks(): AsyncGenerator<Uint8Array> {
    try {
      for (;;) {
        const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
        if (bytesRead === 0) return;
        yield buffer.subarray(0, bytesRead);
      }
    } finally {
      await handle.close();
    }
  }
  return stat.isFile() ? { chunks: chunks(), size: stat.size } : { chunks: chunks() };
}

/**
 * Streams a file chunk by chunk, at most `limit` bytes.
 * @param path - the file
 * @param limit - the most bytes it may hold
 * @param onChunk - sees each chunk as it arrives and may throw to stop reading
 * @throws InputRefusedError past the limit (or from onChunk); the fs error when it cannot be read
 */
async function streamFile(
  path: string,
  limit: number,
  onChunk: (chunk: Uint8Array) => void,
): Promise<void> {
  let total = 0;
  for await (const chunk of (await openFileChunks(path)).chunks) {
    total += chunk.length;
    if (total > limit)
      throw new InputRefusedError(
        `larger than the input limit of ${bytesText(limit)}; set ${MAX_INPUT_BYTES_ENV} to allow more`,
      );
    onChunk(chunk);
  }
}

/**
 * Reads a file's bytes (a wallet may be a baked PNG badge), at most `limit` of them.
 * @param path - the file
 * @param limit - the most bytes it may hold
 * @returns the bytes
 * @throws InputRefusedError past the limit; the fs error when it cannot be read
 */
export async function readBoundedBytes(
  path: string,
  limit: number = maxInputBytes(),
): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  await streamFile(path, limit, (chunk) => chunks.push(chunk));
  return Buffer.concat(chunks);
}

/**
 * A checker for text that arrives in chunks: each chunk is refused when it holds a NUL byte or bytes
 * that are not UTF-8, else decoded (a character split between chunks is carried over). The one place
 * that says what "binary data" is, for whole files and for streamed batch lines alike.
 * @returns `decode(chunk)` (throws InputRefusedError at a binary chunk) and `end()` (throws when the
 *   input ends inside a character)
 */
export function textChunkDecoder(): { decode(chunk: Uint8Array): string; end(): string } {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let offset = 0;
  return {
    decode(chunk) {
      const nul = chunk.indexOf(0);
      if (nul >= 0)
        throw new InputRefusedError(
          `binary data, not text: a NUL byte at byte ${offset + nul}; expected UTF-8 text`,
        );
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        throw new InputRefusedError(
          `binary data, not text: bytes that are not UTF-8 in bytes ${offset}–${offset + chunk.length - 1}; expected UTF-8 text`,
        );
      }
      offset += chunk.length;
      return text;
    },
    end() {
      try {
        return decoder.decode();
      } catch {
        throw new InputRefusedError(
          `binary data, not text: the file ends inside a UTF-8 character`,
        );
      }
    },
  };
}

/**
 * Reads a text file: UTF-8 with no NUL byte, at most `limit` bytes. A leading byte-order mark is kept
 * (the JSON readers say what they make of it).
 * @param path - the file
 * @param limit - the most bytes it may hold
 * @returns its text
 * @throws InputRefusedError on binary data (at its first chunk) or past the limit
 */
export async function readBoundedText(
  path: string,
  limit: number = maxInputBytes(),
): Promise<string> {
  const decoder = textChunkDecoder();
  let text = '';
  await streamFile(path, limit, (chunk) => {
    text += decoder.decode(chunk);
  });
  return text + decoder.end();
}

/**
 * Reads a text file as its bytes, refused as readBoundedText refuses (past the limit, binary data,
 * a character cut off at the end) but never made a string: a catalog of two million credentials is
 * validated from its bytes (core's parseCatalogBytes), and a string that long would not fit V8's.
 * @param path - the file
 * @param limit - the most bytes it may hold
 * @returns the bytes, in one buffer sized to the file when it is a regular file
 * @throws InputRefusedError past the limit or at binary data; the fs error when it cannot be read
 */
export async function readBoundedTextBytes(
  path: string,
  limit: number = maxInputBytes(),
): Promise<Buffer> {
  const decoder = textChunkDecoder();
  let size = 0;
  try {
    const stats = await stat(path);
    if (stats.isFile()) size = Math.min(stats.size, limit);
  } catch {
    // Reported by the read below.
  }
  let bytes = Buffer.allocUnsafe(size);
  let used = 0;
  await streamFile(path, limit, (chunk) => {
    decoder.decode(chunk);
    if (used + chunk.length > bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(2 * bytes.length, used + chunk.length));
      bytes.copy(grown, 0, 0, used);
      bytes = grown;
    }
    bytes.set(chunk, used);
    used += chunk.length;
  });
  decoder.end();
  return bytes.subarray(0, used);
}

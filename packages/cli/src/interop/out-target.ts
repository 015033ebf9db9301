/**
 * Where `--out FILE` really writes, checked before a command does its work: through a symbolic link
 * to the file it names (so the link stays a link and its target gets the new content), never over a
 * FIFO, a device, a socket or a directory, and never over one of the command's own input files
 * (the same file by real path, or by device and inode: a hard link, `./x` against `x`).
 */
import type { Stats } from 'node:fs';
import { lstat, readlink, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InvalidInputError } from '@pathwise/core';

/** A checked `--out`: the name given, and the regular file (or not yet existing path) it writes. */
export interface OutTarget {
  /** As the user gave it, for messages. */
  given: string;
  /** The path the atomic write replaces: the end of any symbolic links. */
  path: string;
}

/** Links followed at most, as the kernel's own limit (ELOOP past 40). */
const MAX_LINKS = 40;

/** @returns what a non-regular file is, for the refusal */
function kindOf(s: Stats): string {
  if (s.isDirectory()) return 'a directory';
  if (s.isFIFO()) return 'a FIFO (named pipe)';
  if (s.isCharacterDevice()) return 'a character device';
  if (s.isBlockDevice()) return 'a block device';
  if (s.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** @returns the error's errno code, if it has one */
const codeOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException).code;

/**
 * Follows symbolic links from `path` to the file they end at (which may not exist yet: a dangling
 * link is written through, creating its target).
 * @throws InvalidInputError on a loop of links
 */
async function endOfLinks(path: string, given: string): Promise<string> {
  let at = resolve(path);
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    let s: Stats;
    try {
      s = await lstat(at);
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return at;
      throw error;
    }
    if (!s.isSymbolicLink()) return at;
    at = resolve(dirname(at), await readlink(at));
  }
  throw new InvalidInputError(`--out ${given}: too many levels of symbolic links`);
}

/** @returns the real path of `path`, or of its folder joined with its name when it does not exist */
async function realPathOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    try {
      return join(await realpath(dirname(path)), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/**
 * @param out - the `--out` value, or undefined for stdout
 * @param inputs - the command's input files
 * @returns the checked target, or undefined for stdout
 * @throws InvalidInputError (exit 2) when `out` is a special file, a directory, or one of the inputs
 */
export async function checkOutTarget(
  out: string | undefined,
  inputs: readonly string[],
): Promise<OutTarget | undefined> {
  if (out === undefined) return undefined;
  let path: string;
  let target: Stats | undefined;
  try {
    path = await endOfLinks(out, out);
    target = await stat(path).catch((error: unknown) => {
      if (codeOf(error) === 'ENOENT') return undefined;
      throw error;
    });
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    throw new InvalidInputError(
      `cannot write ${out}: ${codeOf(error) ?? (error as Error).message}`,
    );
  }
  if (target !== undefined && !target.isFile())
    throw new InvalidInputError(
      `--out ${out} is ${kindOf(target)}; refusing to replace it (give a regular file or a new name)`,
    );
  const real = await realPathOf(path);
  for (const input of inputs) {
    const same =
      (await realPathOf(input)) === real ||
      (target !== undefined &&
        (await stat(input).then(
          (s) => s.dev === target.dev && s.ino === target.ino,
          () => false,
        )));
    if (same)
      throw new InvalidInputError(
        `--out ${out} is the input file ${input}; refusing to overwrite it (write to another file)`,
      );
  }
  return { given: out, path };
}

/**
 * A cross-process lock on a file store: a lock file that holds the owner's pid, start time and boot
 * id (process-identity.ts, so a dead owner is told from a new process that reuses its PID), created atomically
 * with its content (the pid is written to a private file, then hard-linked to the lock path, which
 * fails if the lock exists), so a process killed at any moment never leaves an empty lock behind.
 * A lock whose owner is no longer alive (a process killed mid-publish) is taken over. Written by hand
 * because it is a dozen lines on `fs.link`; proper-lockfile's mtime polling would add a dependency
 * and a staleness timer for no gain on one host.
 */
import { randomBytes } from 'node:crypto';
import { link, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { PathwiseError } from '@pathwise/core';
import { removeStaleTemporaries } from './atomic-write.js';
import {
  currentIdentity,
  isIdentityAlive,
  parseIdentity,
  renderIdentity,
} from './process-identity.js';

/** Options of `acquireLock`. */
export interface LockOptions {
  /** Give up with STORE_UNAVAILABLE after this many milliseconds (default 30 s). */
  timeoutMs?: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes the lock at `path`, waiting while another live process holds it.
 * @param path - the lock file
 * @returns a function that releases the lock
 * @throws PathwiseError STORE_UNAVAILABLE when the lock cannot be taken in time
 */
export async function acquireLock(
  path: string,
  options: LockOptions = {},
): Promise<() => Promise<void>> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  let wait = 2;
  // Named like atomicWriteFile's temporaries, so a dead process's leftover is removed the same way.
  const mine = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  await removeStaleTemporaries(path);
  const me = renderIdentity(currentIdentity());
  for (;;) {
    try {
      await writeFile(mine, me);
      await link(mine, path);
      return () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new PathwiseError('STORE_UNAVAILABLE', `cannot create lock file ${path}`, {
          cause: error,
        });
      }
    } finally {
      await rm(mine, { force: true });
    }
    await breakIfStale(path);
    if (Date.now() > deadline) {
      throw new PathwiseError(
        'STORE_UNAVAILABLE',
        `catalog store is locked by another process (${path})`,
      );
    }
    await sleep(wait);
    wait = Math.min(wait * 2, 50);
  }
}

async function breakIfStale(path: string): Promise<void> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return; // released meanwhile
  }
  const holder = parseIdentity(text);
  if (!holder || isIdentityAlive(holder)) return;
  // Move it aside first so that two processes breaking the same stale lock cannot delete a fresh one.
  const aside = `${path}.stale.${process.pid}`;
  try {
    await rename(path, aside);
  } catch {
    return;
  }
  const movedText = await readFile(aside, 'utf8').catch(() => '');
  const moved = parseIdentity(movedText);
  // Raced with a fresh lock: put it back unless yet another lock was created meanwhile.
  if (movedText !== text && moved && isIdentityAlive(moved)) {
    await link(aside, path).catch(() => undefined);
  }
  await rm(aside, { force: true });
}

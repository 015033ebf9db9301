/**
 * Writes a file so that readers only ever see the old or the new content: write a temporary file
 * beside it, fsync it, rename it over the target, fsync the directory.
 */
import { open, readdir, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { isProcessAlive } from '@pathwise/store/process-alive';

/**
 * Replaces `path` with `content` atomically.
 * @param path - the file to replace (its directory must exist)
 * @param content - the new bytes, or what writes them into the new file (open for writing)
 * @param beforeRename - called once the temporary file is durable, before it replaces the target
 *   (a fault-injection seam for crash tests)
 */
export async function atomicWriteFile(
  path: string,
  content: string | Uint8Array | ((file: FileHandle) => Promise<void>),
  beforeRename?: () => Promise<void>,
): Promise<void> {
  const tmp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  const handle = await open(tmp, 'wx');
  try {
    if (typeof content === 'function') await content(handle);
    else await handle.writeFile(content);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(tmp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    if (beforeRename) await beforeRename();
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  await syncDirectory(dirname(path));
}

/**
 * Makes a rename in `dir` durable. Platforms that cannot open a directory (Windows) skip it.
 * @param dir - the directory whose entries changed
 */
export async function syncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Directory fsync is not supported everywhere; the rename itself is still atomic.
  } finally {
    await handle?.close();
  }
}

/**
 * Removes the temporary files `atomicWriteFile` left for `path` when its process died mid-write
 * (the pid in the name is no longer alive). Files of live processes are left alone.
 * @param path - the target file whose leftovers to remove
 * @returns how many were removed
 */
export async function removeStaleTemporaries(path: string): Promise<number> {
  const prefix = `.${basename(path)}.`;
  let removed = 0;
  for (const name of await readdir(dirname(path))) {
    const match = name.startsWith(prefix)
      ? /^(\d+)\.[0-9a-f]+\.tmp$/.exec(name.slice(prefix.length))
      : null;
    if (!match) continue;
    if (isProcessAlive(Number(match[1]))) continue;
    await rm(join(dirname(path), name), { force: true });
    removed++;
  }
  return removed;
}

/**
 * The commit point of the file store: `<name>.head.json`, a few bytes naming the committed version and
 * the committed length of the change log. A publish appends its record to the log, fsyncs it, then
 * replaces this file atomically (write, fsync, rename): that rename is the commit, so a publish writes
 * only its change, never the catalog. `catalog.json` is the base the log's records after its own
 * `logBytes` apply to; compaction (file-catalog-store.ts) rewrites it to the committed version off the
 * request path. A store without a head file (made before it, or not yet published to) is committed at
 * its catalog file's own version.
 */
import { PathwiseError } from '@pathwise/core';
import { atomicWriteFile } from './atomic-write.js';
import { readStoreHeader, readTextIfThere } from './store-file.js';

/** A committed version and the log length it covers. */
export interface Committed {
  version: number;
  logBytes: number;
}

/**
 * @param catalogPath - the catalog file, `<name>.json`
 * @returns the head file's path beside it, `<name>.head.json`
 */
export const headPathOf = (catalogPath: string): string =>
  `${catalogPath.replace(/\.json$/, '')}.head.json`;

/**
 * Commits a version: replaces the head file atomically.
 * @param path - the head file
 * @param committed - the version and the log length it covers
 * @param beforeRename - the fault-injection seam of atomicWriteFile
 */
export async function writeStoreHead(
  path: string,
  committed: Committed,
  beforeRename?: () => Promise<void>,
): Promise<void> {
  const text = `${JSON.stringify({ version: committed.version, logBytes: committed.logBytes })}\n`;
  await atomicWriteFile(path, text, beforeRename);
}

/**
 * Reads what is committed: the head file, or the catalog file's header when there is no head file or
 * the catalog file is ahead of it (a compaction read after the head).
 * @param catalogPath - the catalog file
 * @param headPath - the head file beside it
 * @returns the committed version, or undefined when the catalog file does not exist
 * @throws PathwiseError STORE_UNAVAILABLE when either cannot be read or is not the store's
 */
export async function readCommitted(
  catalogPath: string,
  headPath: string,
): Promise<Committed | undefined> {
  const head = await readHead(headPath);
  const base = await readStoreHeader(catalogPath);
  if (base === undefined) return undefined;
  return head === undefined || head.logBytes < base.logBytes ? base : head;
}

async function readHead(path: string): Promise<Committed | undefined> {
  const text = await readTextIfThere(path);
  if (text === undefined) return undefined;
  const match = /^\{"version":(\d+),"logBytes":(\d+)\}\n$/.exec(text);
  if (!match) throw new PathwiseError('STORE_UNAVAILABLE', `${path} is not a Pathwise store head`);
  return { version: Number(match[1]), logBytes: Number(match[2]) };
}

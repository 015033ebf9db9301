/**
 * The engine's codec for a store's compiled snapshots (the file store's `snapshots` option), from the
 * index's pieces: compact-index.ts, index-snapshot.ts and snapshot-file.ts.
 */
import type { RequiresRows } from '@pathwise/core';
import { compileIndex, updateIndex, type CompactIndex } from './compact-index.js';
import { readIndexSnapshot, writeIndexSnapshot } from './index-snapshot.js';
import { readIndexSnapshotFile } from './snapshot-file.js';

/**
 * The engine's codec for a store's compiled snapshots (the file store's `snapshots` option):
 * compile = compileIndex, update = updateIndex (a change's index from the previous one's),
 * positions = the index's id map (the store's validation of a publish then builds none),
 * requires = its `depStart` / `deps` rows (the same validation's reverse index is then a counting
 * sort of them rather than a walk of every rule),
 * write/read = writeIndexSnapshot/readIndexSnapshot, readFile = readIndexSnapshotFile (each array
 * read into memory of its own, so that the first append-only publish after a start copies none).
 */
export const indexSnapshotCodec = {
  compile: compileIndex,
  update: updateIndex,
  positions: (compiled: CompactIndex): ReadonlyMap<string, number> => compiled.idOf,
  requires: (compiled: CompactIndex): RequiresRows => ({
    start: compiled.depStart,
    named: compiled.deps,
  }),
  write: writeIndexSnapshot,
  // A store hands over the bytes it read (SnapshotCodec.read): the index may keep views of them.
  read: (bytes: Uint8Array, key: Uint8Array): CompactIndex =>
    readIndexSnapshot(bytes, key, { owned: true }),
  readFile: readIndexSnapshotFile,
} as const;

/**
 * The engine's codec for a store's compiled snapshots (the file store's `snapshots` option), from the
 * index's pieces: compact-index.ts, index-snapshot.ts and snapshot-file.ts.
 */
import type { CredentialLookups, RequiresRows } from '@pathwise/core';
import { compileIndex, indexBuilder, updateIndex, type CompactIndex } from './compact-index.js';
import { writeIndexSnapshot } from './index-snapshot.js';
import { readIndexSnapshot } from './read-index-snapshot.js';
import { readIndexSnapshotFile, writeIndexSnapshotTo } from './snapshot-file.js';

/**
 * The engine's codec for a store's compiled snapshots (the file store's `snapshots` option):
 * compile = compileIndex, builder = indexBuilder (compiling as validation reads), update =
 * updateIndex (a change's index from the previous one's), positions = the index's id map (the store's validation of a publish then builds none),
 * requires = its `depStart` / `deps` rows (the same validation's reverse index is then a counting
 * sort of them rather than a walk of every rule), lookups = its aliases, renewals and the sums of its
 * figures (that validation's base then reads no credential),
 * write/read = writeIndexSnapshot/readIndexSnapshot, writeTo = writeIndexSnapshotTo (into the file
 * section by section), readFile = readIndexSnapshotFile (each array
 * read into memory of its own, so that the first append-only publish after a start copies none).
 */
export const indexSnapshotCodec = {
  compile: compileIndex,
  builder: indexBuilder,
  update: updateIndex,
  positions: (compiled: CompactIndex): ReadonlyMap<string, number> => compiled.idOf,
  requires: (compiled: CompactIndex): RequiresRows => ({
    start: compiled.depStart,
    named: compiled.deps,
  }),
  lookups: credentialLookups,
  write: writeIndexSnapshot,
  writeTo: writeIndexSnapshotTo,
  // A store hands over the bytes it read (SnapshotCodec.read): the index may keep views of them.
  read: (bytes: Uint8Array, key: Uint8Array): CompactIndex =>
    readIndexSnapshot(bytes, key, { owned: true }),
  readFile: readIndexSnapshotFile,
} as const;

/**
 * @param compiled - a compact index
 * @returns its credentials' aliases, renewals and figure sums, as core's ValidationBase keeps them
 */
function credentialLookups(compiled: CompactIndex): CredentialLookups {
  const { aliasesAt, aliasLists, renewalsAt, renewalFigures: figures } = compiled;
  const total = (a: Float64Array, from = 0, step = 1): number => {
    let sum = 0;
    for (let k = from; k < a.length; k += step) sum += a[k]!;
    return sum;
  };
  const aliases: [string, number][] = [];
  aliasesAt.forEach((i, k) => {
    for (const alias of aliasLists[k]!) aliases.push([alias, i]);
  });
  return {
    aliases,
    renewals: renewalsAt,
    sums: {
      cost: total(compiled.cost) + total(figures, 0, 2),
      weeks: total(compiled.duration),
      effort: total(compiled.effort) + total(figures, 1, 2),
      credits: total(compiled.credits),
    },
  };
}

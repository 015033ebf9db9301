/**
 * Reads the catalog a command plans on, from its compiled snapshot when it has one: a catalog file
 * (or a file store's `catalog.json`) with `<name>.snapshot.bin` beside it bound to the file's exact
 * bytes (the store's SHA-256 document key, docs/snapshot.md) is parsed but neither validated nor
 * compiled; the planner starts from the snapshot's index. A snapshot that is there but stale, damaged
 * or of another format is reported in one warning on stderr and the file is validated and compiled as
 * if it had none, as the file store does.
 */
import { parseCatalog, type Catalog } from '@pathwise/core';
import { indexSnapshotCodec, type CompactIndex } from '@pathwise/engine';
import { catalogInStoreText, documentKey, readSidecar, snapshotPathOf } from '@pathwise/store';
import type { CliIo } from './io.js';
import { readCatalogFile } from './read-catalog-file.js';

/** A catalog to plan on, with its compact index when a snapshot gave it. */
export interface PlanningCatalog {
  catalog: Catalog;
  /** The compact index read from the snapshot beside the file (absent: compile the catalog). */
  compiled?: CompactIndex;
}

/**
 * @param path - a catalog file, or a file store's `catalog.json`
 * @param io - where the file is read from and the warning goes
 * @returns the catalog, and its compiled index when a snapshot bound to the file's bytes is beside it
 * @throws CatalogInvalidError (UNREADABLE, NOT_JSON, or any catalog fault) on the JSON path
 */
export async function readPlanningCatalog(path: string, io: CliIo): Promise<PlanningCatalog> {
  const text = await readCatalogText(path, io);
  if (text === undefined) return { catalog: await readCatalogFile(path, io) };
  const compiled = await readSidecar(
    indexSnapshotCodec,
    snapshotPathOf(path),
    documentKey(text),
    (message) => io.err(`pathwise: warning: ${message}\n`),
  );
  const stored = catalogInStoreText(text);
  if (compiled !== undefined) {
    // Bound to these exact bytes: whoever wrote the snapshot validated them (the store only writes a
    // snapshot of a catalog it validated).
    return { catalog: (stored ? stored.catalog : JSON.parse(text)) as Catalog, compiled };
  }
  // Not a store file (or a broken one): the catalog file's own faults, as readCatalogFile names them.
  if (stored === undefined) return { catalog: await readCatalogFile(path, io, text) };
  return { catalog: parseCatalog(stored.catalog) };
}

/** @returns the file's text, or undefined when it cannot be read (readCatalogFile reports that) */
async function readCatalogText(path: string, io: CliIo): Promise<string | undefined> {
  try {
    return await io.readText(path);
  } catch {
    return undefined;
  }
}

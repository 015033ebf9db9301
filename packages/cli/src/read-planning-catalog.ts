/**
 * Reads the catalog a command plans on, from its compiled snapshot when it has one: a catalog file
 * (or a file store's `catalog.json`) with `<name>.snapshot.bin` beside it bound to the file's exact
 * bytes (the store's SHA-256 document key, docs/snapshot.md; `pathwise validate --snapshot` writes
 * one) is neither validated nor compiled, and its credentials are decoded as the planner reads them;
 * the planner starts from the snapshot's index. A snapshot that is there but stale, damaged
 * or of another format is reported in one warning on stderr and the file is validated and compiled as
 * if it had none, as the file store does. Without a snapshot, the file's bytes are validated and
 * compiled one credential at a time (core's parseCatalogBytes), never all held as objects. A file store's `catalog.json` is read as the store reads
 * it: the base document with the change log's committed records after it (readStoredCatalog), so
 * the committed version is planned on, not the base's.
 */
import { parseCatalog, parseCatalogBytes, readCatalogBytes, type Catalog } from '@pathwise/core';
import { indexBuilder, indexSnapshotCodec, type CompactIndex } from '@pathwise/engine';
import {
  documentKey,
  isStoreFile,
  readSidecar,
  readStoredCatalog,
  snapshotPathOf,
} from '@pathwise/store';
import type { CliIo } from './io.js';
import { readCatalogFile, readFileBytes } from './read-catalog-file.js';

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
  const warn = (message: string): void => io.err(`pathwise: warning: ${message}\n`);
  if (await isStoreFile(path)) {
    const stored = await readStoredCatalog(path, indexSnapshotCodec, warn);
    // With its snapshot, bound to the base's bytes: the store validated the base and each change.
    const compiled = stored.compiled as CompactIndex | undefined;
    return compiled
      ? { catalog: stored.catalog, compiled }
      : { catalog: parseCatalog(stored.catalog) };
  }
  const bytes = await readFileBytes(path, io);
  if (bytes !== undefined) {
    const compiled = await readSidecar(
      indexSnapshotCodec,
      snapshotPathOf(path),
      documentKey(bytes),
      warn,
    );
    // Bound to these exact bytes: whoever wrote the snapshot validated them.
    if (compiled !== undefined) return { catalog: readCatalogBytes(bytes), compiled };
    // Validated and compiled one credential at a time: a national catalog is never all objects.
    return parseCatalogBytes(bytes, indexBuilder);
  }
  const text = await readCatalogText(path, io);
  if (text === undefined) return { catalog: await readCatalogFile(path, io) };
  const compiled = await readSidecar(
    indexSnapshotCodec,
    snapshotPathOf(path),
    documentKey(text),
    warn,
  );
  // Bound to these exact bytes: whoever wrote the snapshot validated them.
  if (compiled !== undefined) return { catalog: JSON.parse(text) as Catalog, compiled };
  return { catalog: await readCatalogFile(path, io, text) };
}

/** @returns the file's text, or undefined when it cannot be read (readCatalogFile reports that) */
async function readCatalogText(path: string, io: CliIo): Promise<string | undefined> {
  try {
    return await io.readText(path);
  } catch {
    return undefined;
  }
}

/**
 * @pathwise/store: the CatalogStore interface and the embedded file store. The contract suite (which
 * imports vitest) is a separate entry: `@pathwise/store/contract`.
 */
export * from './catalog-store.js';
export * from './serial-queue.js';
export * from './next-catalog.js';
export * from './deadline-store.js';
export * from './catalog-compiler.js';
export { changedPositions } from './replay-changes.js';
export { atomicWriteFile } from './file/atomic-write.js';
export { FileCatalogStore } from './file/file-catalog-store.js';
export type { FileCatalogStoreOptions, FileStoreStage } from './file/file-catalog-store.js';
export type { SnapshotCodec } from './file/compiled-sidecar.js';
export { documentKey, readSidecar, snapshotPathOf, writeSidecar } from './file/compiled-sidecar.js';
export { isStoreFile } from './file/store-file.js';
export { readStoredCatalog } from './file/store-state.js';

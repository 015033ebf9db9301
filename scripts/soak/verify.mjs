// After a soak: opens the store the service used (the built @pathwise/store or store-neo4j) and checks
// that versions run 2..current without gap or repeat and that every acknowledged publish is there,
// at the version it was acknowledged with, and in the final catalog.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

async function openStore(repoRoot, target) {
  const dist = (pkg) => pathToFileURL(join(repoRoot, 'packages', pkg, 'dist/index.js')).href;
  if (target.neo4j) {
    const { Neo4jCatalogStore } = await import(dist('store-neo4j'));
    const { uri, user, password, catalog } = target.neo4j;
    return Neo4jCatalogStore.open({ uri, user, password }, { catalog });
  }
  const { FileCatalogStore } = await import(dist('store'));
  return FileCatalogStore.open(target.dataDir);
}

/**
 * @param acknowledged - `{ id, version }` of every publish the service answered
 * @returns `{ version, changes, contiguous, lost }`: `lost` lists the acknowledged publishes missing
 */
export async function verifyStore(repoRoot, target, acknowledged) {
  const store = await openStore(repoRoot, target);
  try {
    const { version, catalog } = await store.load();
    const changes = await store.changesSince(1);
    const versions = changes.map((r) => r.version);
    const contiguous = versions.every((v, i) => v === i + 2) && (versions.at(-1) ?? 1) === version;
    const published = new Map();
    for (const record of changes) {
      for (const c of record.change.credentials ?? []) published.set(c.id, record.version);
    }
    const inCatalog = new Set(catalog.credentials.map((c) => c.id));
    const lost = acknowledged.filter(
      (a) => published.get(a.id) !== a.version || !inCatalog.has(a.id),
    );
    const repeated = new Set(acknowledged.map((a) => a.version)).size !== acknowledged.length;
    return { version, changes: changes.length, contiguous, repeatedAckVersions: repeated, lost };
  } finally {
    await store.close();
  }
}

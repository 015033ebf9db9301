// One measured phase of `pnpm bench scale`, in a process of its own so that its peak RSS (from the OS,
// process.resourceUsage().maxRSS) is that phase's alone. Prints one JSON line of figures (ms, bytes).
//   generate N DIR          writes DIR/catalog-N.json and DIR/query-N.json (not measured)
//   cold FILE QUERY         read, JSON.parse, validate (parseCatalog), compile, first answer
//   cold-bytes FILE QUERY   read, validate and compile one credential at a time from the bytes (the
//                           CLI without a snapshot), first answer
//   file FILE DIR           file store seeded with FILE's bytes (the first import: validated and
//                           compiled one credential at a time): publish 100 credentials into it
//                           (with the engine's compiled snapshots, so the publish writes one)
//   store-cold DIR QUERY    cold start of a service on that store: open (read, hash, the compiled
//                           snapshot instead of validate + compile; credentials decoded on demand),
//                           planner, first answer; then a publish of 100 and the answer after it
//   objects DIR             what the catalog objects alone cost a start on that store: read and
//                           JSON.parse of its catalog.json (peak RSS, and the process's before it)
//   neo4j FILE URI NAME     Neo4j store, opened as the service opens it (compiling each version):
//                           batched import of FILE, cold load (read and compile), publish 100, delta
//                           read (and the index updated)
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Catalog } from '@pathwise/core';
import { decodedCount, parseCatalog, parseCatalogBytes } from '@pathwise/core';
import {
  createPlanner,
  indexBuilder,
  indexSnapshotCodec,
  type CompactIndex,
} from '@pathwise/engine';
import type { CatalogStore } from '@pathwise/store';
import { FileCatalogStore } from '@pathwise/store';
import { publishOfHundred } from '@pathwise/store/contract';
import { Neo4jCatalogStore, connectNeo4j, dropCatalog } from '@pathwise/store-neo4j';
import { generateCatalog, generateQueries } from '@pathwise/test-support';
import { hundredAfterStart } from './hundred-after-start.mjs';

const [phase, ...args] = process.argv.slice(2) as [string, ...string[]];
const now = (): number => performance.now();
const out: Record<string, number> = {};
const timed = async <T>(name: string, work: () => T | Promise<T>): Promise<T> => {
  const t = now();
  const value = await work();
  out[name] = now() - t;
  return value;
};

/** Times a publish of 100 by a store that has the catalog loaded, as a running service has. */
async function publish100(store: CatalogStore, catalog: Catalog): Promise<void> {
  await store.load();
  const { provider, credentials } = publishOfHundred(catalog, 'scale-pub');
  await timed('publish100', () => store.apply({ kind: 'publish', provider, credentials }));
}

if (phase === 'generate') {
  const [nText, dir] = args as [string, string];
  const bench = generateCatalog(Number(nText));
  const [query] = generateQueries(bench, 1);
  await writeFile(join(dir, `catalog-${nText}.json`), JSON.stringify(bench.catalog));
  await writeFile(join(dir, `query-${nText}.json`), JSON.stringify(query));
} else if (phase === 'cold') {
  const [file, queryFile] = args as [string, string];
  const query = JSON.parse(await readFile(queryFile, 'utf8'));
  const text = await timed('read', () => readFile(file, 'utf8'));
  const raw = await timed('parse', () => JSON.parse(text) as unknown);
  const catalog = await timed('validate', () => parseCatalog(raw));
  const planner = await timed('compile', () => createPlanner(catalog));
  const plan = await timed('firstAnswer', () => planner.plan(query));
  if (!plan.feasible) throw new Error('the first query is not feasible');
  out.bytes = text.length;
} else if (phase === 'cold-bytes') {
  // As the CLI reads a catalog file without a snapshot: validated and compiled one credential at a
  // time from the file's bytes (core's parseCatalogBytes), never all objects.
  const [file, queryFile] = args as [string, string];
  const query = JSON.parse(await readFile(queryFile, 'utf8'));
  const bytes = await timed('read', () => readFile(file));
  const { catalog, compiled } = await timed('validateCompile', () =>
    parseCatalogBytes(bytes, indexBuilder),
  );
  const planner = createPlanner(catalog, compiled === undefined ? {} : { compiled });
  const plan = await timed('firstAnswer', () => planner.plan(query));
  if (!plan.feasible) throw new Error('the first query is not feasible');
  out.bytes = bytes.length;
} else if (phase === 'file') {
  const [file, dir] = args as [string, string];
  // As the service seeds a new store: from the catalog file, read one credential at a time.
  const store = await timed('seed', () =>
    FileCatalogStore.open(dir, { seedFile: file, snapshots: indexSnapshotCodec }),
  );
  out.seedPeakRss = process.resourceUsage().maxRSS * 1024;
  await publish100(store, (await store.load()).catalog);
  await store.close();
} else if (phase === 'store-cold') {
  const [dir, queryFile] = args as [string, string];
  const query = JSON.parse(await readFile(queryFile, 'utf8'));
  const warnings: string[] = [];
  const store = await timed('open', () =>
    FileCatalogStore.open(dir, {
      snapshots: indexSnapshotCodec,
      onWarning: (m) => warnings.push(m),
    }),
  );
  const snapshot = await store.load();
  if (snapshot.compiled === undefined)
    throw new Error(`no compiled snapshot: ${warnings.join('; ')}`);
  const compiled = snapshot.compiled as CompactIndex;
  const planner = await timed('compile', () => createPlanner(snapshot.catalog, { compiled }));
  const plan = await timed('firstAnswer', () => planner.plan(query));
  if (!plan.feasible) throw new Error('the first query is not feasible');
  const next = await timed('publishAfterStart', () =>
    store.apply(hundredAfterStart(snapshot.catalog, compiled)),
  );
  const after = createPlanner(next.catalog, { compiled: next.compiled as CompactIndex });
  await timed('answerAfterPublish', () => after.plan(query));
  out.decoded = decodedCount(next.catalog.credentials) ?? -1;
  await store.close();
} else if (phase === 'objects') {
  const [dir] = args as [string];
  out.baseRss = process.resourceUsage().maxRSS * 1024;
  const text = await timed('read', () => readFile(join(dir, 'catalog.json'), 'utf8'));
  const file = await timed('parse', () => JSON.parse(text) as { catalog: Catalog });
  out.credentials = file.catalog.credentials.length;
} else if (phase === 'neo4j') {
  const [file, uri, name] = args as [string, string, string];
  const catalog = parseCatalog(JSON.parse(await readFile(file, 'utf8')));
  const compiler = indexSnapshotCodec;
  const writer = await timed('import', () =>
    Neo4jCatalogStore.open({ uri }, { catalog: name, seed: catalog, compiler }),
  );
  const reader = await timed('coldLoad', async () => {
    const store = await Neo4jCatalogStore.open({ uri }, { catalog: name, compiler });
    await store.load();
    return store;
  });
  await publish100(writer, catalog);
  const { catalog: seen } = await timed('deltaLoad', () => reader.load());
  if (seen.credentials.length !== catalog.credentials.length + 100)
    throw new Error(`delta load has ${seen.credentials.length} credentials`);
  await Promise.all([writer.close(), reader.close()]);
  const driver = connectNeo4j({ uri });
  await dropCatalog(driver, name);
  await driver.close();
} else {
  throw new Error(`unknown phase ${phase}`);
}
out.peakRss = process.resourceUsage().maxRSS * 1024;
process.stdout.write(`${JSON.stringify(out)}\n`);

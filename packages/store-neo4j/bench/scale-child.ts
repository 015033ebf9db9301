// One measured phase of the national-scale rows of `pnpm bench store` (issue 14), in a process of its
// own so that its peak RSS (from the OS, process.resourceUsage().maxRSS) is that phase's alone. Prints
// one JSON line of figures (ms, bytes).
//   seed N URI NAME FILE   generates N credentials (the realistic mix of @pathwise/test-support),
//                          writes them to FILE, publishes them as the first version of catalog NAME
//                          (batched import), then times a publish of 100 credentials into it
//   load URI NAME FILE     cold open + load of NAME by a fresh store (peak RSS taken right after),
//                          then the baseline in the same process: read + JSON.parse of FILE
import { readFile, writeFile } from 'node:fs/promises';
import type { Catalog } from '@pathwise/core';
import { publishOfHundred } from '@pathwise/store/contract';
import { generateCatalog } from '@pathwise/test-support';
import { Neo4jCatalogStore } from '../src/index.js';

const [phase, ...args] = process.argv.slice(2) as [string, ...string[]];
const now = (): number => performance.now();
const out: Record<string, number> = {};
const rss = (): number => process.resourceUsage().maxRSS * 1024;

if (phase === 'seed') {
  const [nText, uri, name, file] = args as [string, string, string, string];
  const { catalog } = generateCatalog(Number(nText));
  await writeFile(file, JSON.stringify(catalog));
  let t = now();
  const store = await Neo4jCatalogStore.open(
    { uri, timeoutMs: 60_000 },
    { catalog: name, seed: catalog },
  );
  out.seed = now() - t;
  await store.load(); // a running service has it loaded (seeding caches it)
  const { provider, credentials } = publishOfHundred(catalog, 'scale-pub');
  t = now();
  await store.apply({ kind: 'publish', provider, credentials });
  out.publish100 = now() - t;
  await store.close();
} else if (phase === 'load') {
  const [uri, name, file] = args as [string, string, string];
  const base = rss();
  let t = now();
  const store = await Neo4jCatalogStore.open({ uri, timeoutMs: 60_000 }, { catalog: name });
  const { catalog } = await store.load();
  out.load = now() - t;
  out.loadRss = rss();
  out.baseRss = base;
  out.credentials = catalog.credentials.length;
  await store.close();
  t = now();
  const parsed = JSON.parse(await readFile(file, 'utf8')) as Catalog;
  out.parse = now() - t;
  out.parsedCredentials = parsed.credentials.length;
} else {
  throw new Error(`unknown phase ${phase}`);
}
out.peakRss = rss();
process.stdout.write(`${JSON.stringify(out)}\n`);

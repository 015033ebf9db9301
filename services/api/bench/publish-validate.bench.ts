// `pnpm bench publish-validate` (issue 14): validating a publish of 100 credentials into generated
// catalogs of 10^5 and 10^6 credentials (2x10^6 with PATHWISE_BENCH_MAX=2000000), each size in a
// process of its own (its peak RSS from the OS). Before: core's applyCatalogChange, then
// parseCatalog of the whole result (what the stores did). After: the same change, then
// validateCatalogUpdate against the previous catalog's ValidationBase. applyCatalogChange itself is
// timed alone, without and with the base's idIndex (what the stores pass). Both in the same process,
// interleaved round by round (PATHWISE_BENCH_ROUNDS, default 3); the ratio is before / after, median
// and range. Also: building the ValidationBase (once per loaded catalog, on its first publish),
// advancing it, and a file store's whole publish (apply: validate, log, write the catalog file,
// compile and write the snapshot) split into its parts.
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalog, CatalogChange } from '@pathwise/core';
import {
  ValidationBase,
  applyCatalogChange,
  parseCatalog,
  validateCatalogUpdate,
} from '@pathwise/core';
import { indexSnapshotCodec } from '@pathwise/engine';
import { FileCatalogStore, nextCatalog } from '@pathwise/store';
import { publishOfHundred } from '@pathwise/store/contract';
import { generateCatalog } from '@pathwise/test-support';
import { runChild } from '@pathwise/test-support/run-child';

const MAX = Number(process.env.PATHWISE_BENCH_MAX ?? 1_000_000);
const ROUNDS = Number(process.env.PATHWISE_BENCH_ROUNDS ?? 3);
const STORE_MAX = Number(process.env.PATHWISE_BENCH_STORE_MAX ?? 1_000_000);
const now = (): number => performance.now();

/** 100 credentials of the first provider, each standing on an existing credential of it. */
const hundred = (catalog: Catalog, tag: string): CatalogChange =>
  publishOfHundred(catalog, `pub-${tag}`);

async function child(n: number): Promise<Record<string, number | number[]>> {
  const { catalog } = generateCatalog(n);
  const out: Record<string, number | number[]> = {};
  const time = <T>(name: string, work: () => T): T => {
    const t = now();
    const value = work();
    out[name] = now() - t;
    return value;
  };
  time('wholeFirst', () => parseCatalog(catalog));
  const heap0 = process.memoryUsage().heapUsed;
  const base = time('baseBuild', () => new ValidationBase(catalog));
  out.baseHeapMB = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
  const change = hundred(catalog, 'a');
  const before: number[] = [];
  const after: number[] = [];
  const apply: number[] = [];
  const applyIndexed: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    let t = now();
    const next = applyCatalogChange(catalog, change);
    apply.push(now() - t);
    t = now();
    applyCatalogChange(catalog, change, base.idIndex);
    applyIndexed.push(now() - t);
    t = now();
    parseCatalog(next);
    before.push(now() - t);
    t = now();
    const update = validateCatalogUpdate(base, next);
    after.push(now() - t);
    if (!update?.result.ok) throw new Error('the publish should be valid and incremental');
  }
  Object.assign(out, { apply, applyIndexed, before, after });
  const next = applyCatalogChange(catalog, change);
  const update = validateCatalogUpdate(base, next)!;
  time('advance', () => base.advance(next, update.changed));
  if (n <= STORE_MAX) {
    const dir = await mkdtemp(join(tmpdir(), 'pathwise-publish-validate-'));
    try {
      const store = await FileCatalogStore.open(dir, {
        seed: catalog,
        snapshots: indexSnapshotCodec,
      });
      // The first publish builds the base; the second is a running service's steady state.
      for (const tag of ['first', 'second']) {
        const current = await store.load();
        const change2 = hundred(current.catalog, tag);
        let t = now();
        nextCatalog(current, change2, {}); // validation alone (the store repeats it in apply)
        out[`${tag}Validate`] = now() - t;
        t = now();
        await store.apply(change2);
        out[`${tag}Apply`] = now() - t;
      }
      await store.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  out.peakRss = process.resourceUsage().maxRSS * 1024;
  return out;
}

/** What one size's process reports (ms, bytes; lists per round). */
interface Figures {
  before: number[];
  after: number[];
  apply: number[];
  applyIndexed: number[];
  baseBuild: number;
  baseHeapMB: number;
  advance: number;
  firstApply?: number;
  firstValidate?: number;
  secondApply?: number;
  secondValidate?: number;
  peakRss: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const s = (ms: number | undefined): string => (ms === undefined ? '-' : (ms / 1000).toFixed(3));

if (process.argv[2] === 'child') {
  process.stdout.write(`${JSON.stringify(await child(Number(process.argv[3])))}\n`);
} else {
  const self = fileURLToPath(import.meta.url);
  console.log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  for (const n of [100_000, 1_000_000, 2_000_000].filter((k) => k <= MAX)) {
    const f = runChild<Figures>(self, ['child', String(n)]);
    const ratios = f.before.map((b, i) => b / f.after[i]!);
    console.log(
      `n=${n}: whole validation ${s(median(f.before))} s, incremental ${s(median(f.after))} s, ` +
        `ratio ${median(ratios).toFixed(0)}× (range ${Math.min(...ratios).toFixed(0)}-${Math.max(...ratios).toFixed(0)}× over ${ratios.length} interleaved rounds); ` +
        `applyCatalogChange ${s(median(f.apply))} s (with the base's idIndex ${s(median(f.applyIndexed))} s); base build ${s(f.baseBuild)} s (+${f.baseHeapMB.toFixed(0)} MB heap), advance ${s(f.advance)} s; ` +
        `file store publish: first ${s(f.firstApply)} s (validation ${s(f.firstValidate)} s), second ${s(f.secondApply)} s (validation ${s(f.secondValidate)} s); ` +
        `peak RSS ${(f.peakRss / 2 ** 30).toFixed(2)} GB`,
    );
  }
  console.log(
    `load average at end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
}

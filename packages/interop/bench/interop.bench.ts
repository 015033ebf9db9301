// Import / export speed on generated catalogs of 10^3..10^5 credentials (cap with PATHWISE_BENCH_MAX),
// as ratios to baselines run in the same process: importCtdl against JSON.parse of the same CTDL
// text (the floor of reading that document) and against JSON.parse + core's parseCatalog of the
// equivalent catalog JSON (about 8x smaller), exportCtdl against JSON.stringify of the catalog,
// importCsv against csv-parse alone on the same text. Run by `pnpm bench`.
import { parse } from 'csv-parse/sync';
import type { Catalog, Credential, Requirement } from '@pathwise/core';
import { CATALOG_FORMAT, parseCatalog } from '@pathwise/core';
import { exportCtdl, formatRequirementExpression, importCsv, importCtdl } from '../src/index.js';

const MAX = Number(process.env.PATHWISE_BENCH_MAX ?? 100_000);
const SIZES = [1_000, 10_000, 100_000].filter((n) => n <= MAX);

/** A deterministic catalog: each credential requires a group over up to 6 earlier ones. */
function generate(n: number): Catalog {
  let seed = 42;
  const rand = (k: number): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed % k;
  };
  const credentials: Credential[] = [];
  for (let i = 0; i < n; i++) {
    const c: Credential = {
      id: `c${i}`,
      name: `Credential ${i}`,
      kind: 'course',
      cost: rand(500),
      durationWeeks: 1 + rand(12),
      credits: 1 + rand(5),
    };
    if (i > 10) {
      const pick = [
        ...new Set(Array.from({ length: 2 + rand(5) }, () => `c${i - 1 - rand(Math.min(i, 200))}`)),
      ];
      const form = rand(4);
      const req: Requirement =
        pick.length === 1
          ? pick[0]!
          : form === 0
            ? { all: pick }
            : form === 1
              ? { any: pick }
              : form === 2
                ? { atLeast: 2, of: pick }
                : { credits: 2, of: pick };
      c.requires = req;
    }
    credentials.push(c);
  }
  return { format: CATALOG_FORMAT, currency: 'USD', credentials };
}

const median = (f: () => void, runs: number): number => {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
};
const ms = (x: number): string => (x < 10 ? x.toFixed(2) : x.toFixed(0));

console.log('\n#### Interop throughput (median of runs; ratios against same-process baselines)\n');
console.log(
  '| N | importCtdl | JSON.parse of the CTDL | ratio | parse+validate catalog | ratio | exportCtdl | JSON.stringify | ratio | importCsv | csv-parse alone | ratio | CTDL size |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
{
  // Warm-up, so the first size does not measure the JIT.
  const warm = generate(2_000);
  for (let i = 0; i < 3; i++) importCtdl(JSON.parse(JSON.stringify(exportCtdl(warm))) as unknown);
}
for (const n of SIZES) {
  const runs = n >= 100_000 ? 3 : 7;
  const catalog = generate(n);
  const catalogText = JSON.stringify(catalog);
  const ctdlText = JSON.stringify(exportCtdl(catalog));
  const check = importCtdl(JSON.parse(ctdlText) as unknown).catalog;
  if (check.credentials.length !== n) throw new Error('round trip lost credentials');
  const csv = ['id,name,kind,cost,durationWeeks,credits,requires']
    .concat(
      catalog.credentials.map(
        (c) =>
          `${c.id},${c.name},${c.kind},${c.cost},${c.durationWeeks},${c.credits ?? ''},"${c.requires ? formatRequirementExpression(c.requires) : ''}"`,
      ),
    )
    .join('\n');
  const tImport = median(() => importCtdl(JSON.parse(ctdlText) as unknown), runs);
  const tParse = median(() => JSON.parse(ctdlText) as unknown, runs);
  const tBase = median(() => parseCatalog(JSON.parse(catalogText) as unknown), runs);
  const tExport = median(() => JSON.stringify(exportCtdl(catalog)), runs);
  const tStringify = median(() => JSON.stringify(catalog), runs);
  const tCsv = median(() => importCsv(csv), runs);
  const tCsvBase = median(
    () => parse(csv, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true }),
    runs,
  );
  console.log(
    `| ${n} | ${ms(tImport)} ms | ${ms(tParse)} ms | ${(tImport / tParse).toFixed(1)}× | ${ms(tBase)} ms | ${(tImport / tBase).toFixed(1)}× | ${ms(tExport)} ms | ${ms(tStringify)} ms | ${(tExport / tStringify).toFixed(1)}× | ${ms(tCsv)} ms | ${ms(tCsvBase)} ms | ${(tCsv / tCsvBase).toFixed(1)}× | ${(ctdlText.length / 2 ** 20).toFixed(1)} MB |`,
  );
}

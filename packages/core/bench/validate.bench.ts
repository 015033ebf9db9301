// Validation speed on generated catalogs of 10^4 to 10^6 credentials (cap with PATHWISE_BENCH_MAX):
// parseCatalog (every rule of catalog-v1) against ajv checking only the JSON Schema, as a baseline
// run in the same process, interleaved run by run; CPU time of each (process.cpuUsage), the ratio as
// its median and spread. Then, for each size, the peak RSS the OS reports for a process that
// generates, serialises and parses the catalog and validates it, against one that does the same but
// does not validate (each in a process of its own, so the peaks do not mix).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parseCatalog } from '@pathwise/core';

const MAX = Number(process.env.PATHWISE_BENCH_MAX ?? 1_000_000);
const SIZES = [10_000, 100_000, 1_000_000].filter((n) => n <= MAX);

function generate(n: number): object {
  const providers = Array.from({ length: 50 }, (_, i) => ({ id: `p${i}`, name: `Provider ${i}` }));
  const credentials = [];
  for (let i = 0; i < n; i++) {
    const c: Record<string, unknown> = {
      id: `cred-${i}`,
      name: `Credential ${i}`,
      kind: i % 10 === 0 ? 'certification' : 'course',
      provider: `p${i % 50}`,
      cost: (i * 37) % 500,
      durationWeeks: 1 + (i % 12),
      credits: 1 + (i % 4),
      skills: [`skill-${i % 300}`],
    };
    if (i >= 10) {
      const pick = (k: number) => `cred-${(i * 7919 + k * 104729) % i}`;
      const ids = [...new Set([pick(1), pick(2), pick(3), pick(4)])];
      c.requires =
        i % 4 === 0
          ? { all: [ids[0], { any: ids.slice(1) }] }
          : i % 4 === 1
            ? { atLeast: 1, of: ids }
            : i % 4 === 2
              ? { credits: 1, of: ids }
              : ids[0];
    }
    credentials.push(c);
  }
  return { format: 'pathwise.catalog/v1', providers, credentials };
}

/** @returns the CPU milliseconds `fn` takes */
function cpu(fn: () => unknown): number {
  const start = process.cpuUsage();
  if (fn() === false) throw new Error('generated catalog fails the JSON Schema');
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// A child: build the catalog the same way, validate it or not, and print the peak RSS in MB.
if (process.argv[2] === '--child') {
  const catalog: unknown = JSON.parse(JSON.stringify(generate(Number(process.argv[3]))));
  if (process.argv[4] === 'validate') parseCatalog(catalog);
  console.log((process.resourceUsage().maxRSS / 1024).toFixed(0));
  process.exit(0);
}

const schemaPath = resolve(import.meta.dirname, '../../../docs/schema/catalog-v1.schema.json');
const ajv = new Ajv2020({ allErrors: true, strict: false });
const schemaCheck = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));

console.log(
  '| N credentials | parseCatalog CPU (all rules) | ajv schema only CPU (baseline) | parseCatalog / ajv (median [spread]) |',
);
console.log('|---|---|---|---|');
for (const n of SIZES) {
  const catalog = generate(n);
  const runs = n >= 1_000_000 ? 3 : 5;
  const ours: number[] = [];
  const theirs: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < runs; r++) {
    const a = cpu(() => parseCatalog(catalog));
    const b = cpu(() => schemaCheck(catalog));
    ours.push(a);
    theirs.push(b);
    ratios.push(a / b);
  }
  ratios.sort((x, y) => x - y);
  console.log(
    `| ${n.toLocaleString('en')} | ${median(ours).toFixed(0)} ms | ${median(theirs).toFixed(0)} ms | ${median(ratios).toFixed(2)}x [${ratios[0]!.toFixed(2)}-${ratios.at(-1)!.toFixed(2)}] |`,
  );
}

console.log(
  '\n| N credentials | peak RSS, parse + validate | peak RSS, parse only (baseline) | ratio |',
);
console.log('|---|---|---|---|');
const self = fileURLToPath(import.meta.url);
const peak = (n: number, mode: string): number => {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, self, '--child', String(n), mode],
    { encoding: 'utf8' },
  );
  if (child.status !== 0) throw new Error(child.stderr);
  return Number(child.stdout.trim());
};
for (const n of SIZES) {
  const withValidation = peak(n, 'validate');
  const without = peak(n, 'parse');
  console.log(
    `| ${n.toLocaleString('en')} | ${withValidation} MB | ${without} MB | ${(withValidation / without).toFixed(2)}x |`,
  );
}
console.log(
  `\nload average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);

// Validation speed on generated catalogs of 10^4 and 10^5 credentials: parseCatalog (every rule of
// catalog-v1) against ajv checking only the JSON Schema, as a baseline run in the same process.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parseCatalog, parseCatalogJson } from '@pathwise/core';

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

function time<T>(fn: () => T, repeat: number): { ms: number; result: T } {
  let result!: T;
  const samples: number[] = [];
  for (let r = 0; r < repeat; r++) {
    const t0 = performance.now();
    result = fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)]!, result };
}

const schemaPath = resolve(import.meta.dirname, '../../../docs/schema/catalog-v1.schema.json');
const ajv = new Ajv2020({ allErrors: true, strict: false });
const schemaCheck = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));

console.log(
  '| N credentials | JSON.parse | parseCatalog (all rules) | ajv schema only (baseline) | parseCatalog / ajv |',
);
console.log('|---|---|---|---|---|');
for (const n of [10_000, 100_000]) {
  const catalog = generate(n);
  const text = JSON.stringify(catalog);
  const parse = time(() => JSON.parse(text), 5);
  const ours = time(() => parseCatalog(catalog), 5);
  const theirs = time(() => schemaCheck(catalog), 5);
  if (!theirs.result) throw new Error('generated catalog fails the JSON Schema');
  parseCatalogJson(text);
  console.log(
    `| ${n.toLocaleString('en')} | ${parse.ms.toFixed(0)} ms | ${ours.ms.toFixed(0)} ms | ${theirs.ms.toFixed(0)} ms | ${(ours.ms / theirs.ms).toFixed(2)}x |`,
  );
}

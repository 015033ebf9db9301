// Issue 14: `pathwise plan` / `plan --batch` / `frontier` on a catalog file with its compiled snapshot
// beside it (`<name>.snapshot.bin`, bound to the file's SHA-256 as the file store binds it), through the
// real CLI binary: the output is byte for byte the output on the same file without a snapshot (random
// catalogs, the example catalog, a file store's catalog.json), batch workers included; a snapshot that
// does not match the file is named in one warning and the file is validated and planned from its JSON;
// and a matching snapshot is what the planner runs on (a snapshot of other costs changes the plan).
// `pathwise validate --snapshot` writes that snapshot, and only for a valid catalog.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCatalogJson, type Catalog } from '@pathwise/core';
import { compileIndex, writeIndexSnapshot } from '@pathwise/engine';
import { FileCatalogStore, documentKey, snapshotPathOf } from '@pathwise/store';
import { indexSnapshotCodec } from '@pathwise/engine';
import { randomCase } from '@pathwise/test-support';
import { repoRoot } from '../helpers/conformance.js';
import { requireBuiltCli, runCli, tempDir } from './run-cli.js';

const example = join(repoRoot, 'examples/catalogs/tech-careers.json');
const exampleQueries = join(repoRoot, 'examples/queries/tech-careers.jsonl');
let dir: string;

beforeAll(() => {
  requireBuiltCli();
  dir = tempDir();
});

/** Writes the catalog text as `name.json` twice: `with/` has its snapshot beside it, `bare/` not. */
function twoFiles(
  name: string,
  text: string,
  catalog: Catalog,
): { withSnap: string; bare: string } {
  const withSnap = join(dir, `with-${name}.json`);
  const bare = join(dir, `bare-${name}.json`);
  writeFileSync(withSnap, text);
  writeFileSync(bare, text);
  writeFileSync(
    snapshotPathOf(withSnap),
    writeIndexSnapshot(compileIndex(catalog), documentKey(text)),
  );
  return { withSnap, bare };
}

/** @returns stdout of both runs after checking they exited 0 and nothing was warned */
async function same(args: (file: string) => string[], files: { withSnap: string; bare: string }) {
  const [a, b] = await Promise.all([runCli(args(files.withSnap)), runCli(args(files.bare))]);
  expect(a.status, a.stderr).toBe(0);
  expect(b.status, b.stderr).toBe(0);
  expect(a.stderr).toBe(b.stderr);
  expect(a.stdout).toBe(b.stdout);
  return a.stdout;
}

// A time budget no load reaches: each pair of runs is compared byte for byte, and a search cut short
// by its clock (the default 2 s on a loaded machine) may stop at another point in each run (seen with
// the example's PMP frontier at load 25: its bound on the plans not listed differed).
const BUDGET = ['--time-budget', '600000'];

/** `plan` of the example's PMP target as JSON, on the catalog file `f`. */
const pmpArgs = (f: string) => [
  'plan',
  '--catalog',
  f,
  '--target',
  'pmi-pmp',
  '--json',
  '--as-of',
  '2026-11-22',
  ...BUDGET,
];

describe('plan on a catalog file with its compiled snapshot', { timeout: 300_000 }, () => {
  it('answers random catalogs byte for byte as from the JSON alone, batch workers included', async () => {
    const cases = fc.sample(randomCase(), { numRuns: 6, seed: 14 });
    for (const [i, c] of cases.entries()) {
      const files = twoFiles(`random-${i}`, JSON.stringify(c.catalog), c.catalog);
      const lines = (['cheapest', 'fastest'] as const).map((objective) =>
        JSON.stringify({ target: c.target, have: c.have, asOf: c.asOf, objective }),
      );
      const batch = join(dir, `random-${i}.jsonl`);
      // Several chunks' worth, so the batch goes to the worker threads.
      writeFileSync(
        batch,
        `${Array.from({ length: 300 }, () => lines)
          .flat()
          .join('\n')}\n`,
      );
      const out = await same(
        (file) => ['plan', '--catalog', file, '--batch', batch, '--workers', '2', ...BUDGET],
        files,
      );
      expect(out.split('\n').filter(Boolean)).toHaveLength(600);
    }
  });

  it('answers the example catalog byte for byte: plan, frontier, and a batch on 3 workers', async () => {
    const text = readFileSync(example, 'utf8');
    const files = twoFiles('example', text, parseCatalogJson(text));
    const asOf = ['--as-of', '2026-11-22', ...BUDGET];
    await same((f) => ['plan', '--catalog', f, '--target', 'pmi-pmp', '--json', ...asOf], files);
    await same((f) => ['plan', '--catalog', f, '--target', 'pmi-pmp', ...asOf], files);
    await same((f) => ['frontier', '--catalog', f, '--target', 'pmi-pmp', ...asOf], files);
    const batch = join(dir, 'example.jsonl');
    writeFileSync(batch, readFileSync(exampleQueries, 'utf8').repeat(40));
    await same((f) => ['plan', '--catalog', f, '--batch', batch, '--workers', '3', ...asOf], files);
  });

  it("plans from a file store's catalog.json and its snapshot", async () => {
    const text = readFileSync(example, 'utf8');
    const store = await FileCatalogStore.open(join(dir, 'store'), {
      seed: parseCatalogJson(text),
      snapshots: indexSnapshotCodec,
    });
    await store.close();
    const storeFile = join(dir, 'store', 'catalog.json');
    const [fromStore, fromFile] = await Promise.all([
      runCli(pmpArgs(storeFile)),
      runCli(pmpArgs(example)),
    ]);
    expect(fromStore.status, fromStore.stderr).toBe(0);
    expect(fromStore.stderr).toBe('');
    expect(fromStore.stdout).toBe(fromFile.stdout);
  });

  it("plans on a file store's committed version when its changes are in the log tail", async () => {
    const seed = parseCatalogJson(readFileSync(example, 'utf8'));
    const store = await FileCatalogStore.open(join(dir, 'tail-store'), {
      seed,
      snapshots: indexSnapshotCodec,
      compactInlineBelowBytes: 0,
    });
    // The target published again taking ten weeks longer: only the log's tail has it.
    const pmp = seed.credentials.find((c) => c.id === 'pmi-pmp')!;
    const { catalog } = await store.apply({
      kind: 'publish',
      provider: pmp.provider!,
      credentials: [{ ...pmp, durationWeeks: pmp.durationWeeks + 10 }],
    });
    await store.close();
    const committed = join(dir, 'tail-committed.json');
    writeFileSync(committed, JSON.stringify(catalog));
    const [fromStore, fromFile, fromSeed] = await Promise.all([
      runCli(pmpArgs(join(dir, 'tail-store', 'catalog.json'))),
      runCli(pmpArgs(committed)),
      runCli(pmpArgs(example)),
    ]);
    expect(fromStore.status, fromStore.stderr).toBe(0);
    expect(fromStore.stderr).toBe('');
    expect(fromStore.stdout).toBe(fromFile.stdout);
    expect(fromStore.stdout).not.toBe(fromSeed.stdout);
  });

  it('warns once about a stale snapshot and plans from the validated JSON', async () => {
    const text = readFileSync(example, 'utf8');
    const file = join(dir, 'stale.json');
    copyFileSync(example, file);
    // Bound to other bytes (the file as it was before an edit).
    const other = documentKey(`${text} `);
    writeFileSync(
      snapshotPathOf(file),
      writeIndexSnapshot(compileIndex(parseCatalogJson(text)), other),
    );
    const [stale, plain] = await Promise.all([runCli(pmpArgs(file)), runCli(pmpArgs(example))]);
    expect(stale.status).toBe(0);
    const warnings = stale.stderr.split('\n').filter(Boolean);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(snapshotPathOf(file));
    expect(warnings[0]).toMatch(
      /compiled from another document; loading the catalog from its JSON/,
    );
    expect(stale.stdout).toBe(plain.stdout);
  });

  it('plans on the snapshot it is given: one of other costs changes the plan', async () => {
    const text = readFileSync(example, 'utf8');
    const catalog = parseCatalogJson(text);
    const file = join(dir, 'trusted.json');
    writeFileSync(file, text);
    const costly = {
      ...catalog,
      credentials: catalog.credentials.map((c) => ({ ...c, cost: c.cost + 1000 })),
    };
    writeFileSync(
      snapshotPathOf(file),
      writeIndexSnapshot(compileIndex(costly), documentKey(text)),
    );
    const [fromSnapshot, fromJson] = await Promise.all([
      runCli(pmpArgs(file)),
      runCli(pmpArgs(example)),
    ]);
    expect(fromSnapshot.status, fromSnapshot.stderr).toBe(0);
    const cost = (out: string): number => (JSON.parse(out) as { totalCost: number }).totalCost;
    expect(cost(fromSnapshot.stdout)).toBeGreaterThan(cost(fromJson.stdout));
  });

  it('validate --snapshot writes the snapshot that plan then starts from', async () => {
    const text = readFileSync(example, 'utf8');
    const catalog = parseCatalogJson(text);
    const files = { withSnap: join(dir, 'validated.json'), bare: join(dir, 'validated-bare.json') };
    writeFileSync(files.withSnap, text);
    writeFileSync(files.bare, text);
    const run = await runCli(['validate', files.withSnap, '--snapshot']);
    expect(run.status, run.stderr).toBe(0);
    const snapshot = snapshotPathOf(files.withSnap);
    expect(run.stdout).toBe(
      `valid: ${catalog.credentials.length} credentials, ${catalog.providers!.length} providers\n` +
        `snapshot: ${snapshot}\n`,
    );
    // The index compiled from the file, bound to its bytes.
    expect(
      Buffer.compare(
        readFileSync(snapshot),
        writeIndexSnapshot(compileIndex(catalog), documentKey(text)),
      ),
    ).toBe(0);
    expect(await same(pmpArgs, files)).toContain('"feasible":true');
  });

  it('validate --snapshot writes nothing for an invalid catalog', async () => {
    const file = join(dir, 'invalid.json');
    writeFileSync(file, readFileSync(example, 'utf8').replace('"pmi-pmp"', '"pmi pmp"'));
    const run = await runCli(['validate', file, '--snapshot']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(existsSync(snapshotPathOf(file))).toBe(false);
  });
});

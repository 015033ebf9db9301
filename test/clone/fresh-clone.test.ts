// The project stands on its own: the committed HEAD, cloned into a temporary folder with nothing
// beside it (no ../shared), installs from the warm pnpm store, runs every CLI command its README
// shows (the first builds the CLI; none prints a stack trace), refuses bad input with exit 2, and
// passes a small part of the suite there: the conformance cases through the engine and the oracles,
// the cases' well-formedness, the examples, and `pathwise validate` through the built binary.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/conformance.js';
import { runCommand, type CliRun } from '../cli/run-cli.js';
import { readmeCliCommands } from './readme-commands.js';

const parent = mkdtempSync(join(tmpdir(), 'pathwise-clone-'));
const clone = join(parent, 'pathwise');

// The child processes must not think they run inside this vitest, nor see a conformance override.
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([k]) => !k.startsWith('VITEST') && k !== 'PATHWISE_CONFORMANCE_DIR' && k !== 'PATHWISE_DEBUG',
  ),
);

/** Runs a command in the clone. */
const run = (command: string, args: string[]): Promise<CliRun> =>
  runCommand(command, args, clone, env);

/** Runs one shell line in the clone with `bash -c`, as a reader pastes it. */
const shell = (line: string): Promise<CliRun> => run('bash', ['-c', line]);

/** A stack trace line (`    at fn (file:1:2)`), which no user-facing output may contain. */
const STACK = /^\s+at .+[:(]/m;

beforeAll(async () => {
  const git = spawnSync('git', ['clone', '--quiet', repoRoot, clone], { encoding: 'utf8' });
  if (git.status !== 0) throw new Error(`git clone failed: ${git.stderr}`);
  // Offline from the store `pnpm install` filled for this checkout; the lockfile as committed.
  const install = await run('pnpm', ['install', '--offline', '--frozen-lockfile']);
  if (install.status !== 0)
    throw new Error(`pnpm install in the clone failed:\n${install.stdout}\n${install.stderr}`);
}, 300_000);

afterAll(() => {
  rmSync(parent, { recursive: true, force: true });
});

describe('a fresh clone with nothing beside it', () => {
  it('has nothing beside it', () => {
    expect(readdirSync(parent)).toEqual(['pathwise']);
  });

  it('runs every CLI command of the README, the first one building the CLI', async () => {
    const commands = readmeCliCommands(readFileSync(join(clone, 'README.md'), 'utf8'));
    expect(commands.length).toBeGreaterThanOrEqual(10);
    for (const [i, command] of commands.entries()) {
      const r = await shell(command);
      expect({ command, status: r.status, stderr: r.stderr }).toMatchObject({ status: 0 });
      expect(r.stderr).not.toMatch(STACK);
      // Only the first command builds; later ones find the build current and start at once.
      expect(r.stderr.includes('building the CLI')).toBe(i === 0);
      checkOutput(command, r.stdout);
    }
  }, 300_000);

  it('refuses bad input with exit 2 and one line, never a stack trace', async () => {
    const missing = await shell('pnpm --silent pathwise validate no-such-catalog.json');
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(
      /^\(root\): cannot read no-such-catalog\.json: .*\(UNREADABLE\)\n$/,
    );
    expect(missing.stderr).not.toMatch(STACK);
    const unknown = await shell(
      'pnpm --silent pathwise plan --catalog examples/catalogs/tech-careers.json --target no-such-id',
    );
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/no-such-id.*\(UNKNOWN_CREDENTIAL\)/);
    expect(unknown.stderr).not.toMatch(STACK);
  }, 60_000);

  it('passes a small part of the suite, with the ../shared cases skipped', async () => {
    const report = join(parent, 'vitest.json');
    const r = await run(join(clone, 'node_modules/.bin/vitest'), [
      'run',
      'test/conformance/engine.test.ts',
      'test/conformance/cases.test.ts',
      'test/conformance/shared-cases.test.ts',
      'test/validate/cli-validate.test.ts',
      'examples',
      '--reporter=json',
      `--outputFile=${report}`,
    ]);
    expect({ status: r.status, stderr: r.stderr }).toMatchObject({ status: 0 });
    const result = JSON.parse(readFileSync(report, 'utf8')) as {
      numFailedTests: number;
      numPassedTests: number;
      testResults: { name: string; assertionResults: { status: string }[] }[];
    };
    expect(result.numFailedTests).toBe(0);
    expect(result.numPassedTests).toBeGreaterThan(50);
    const files = new Map(result.testResults.map((t) => [t.name.slice(clone.length + 1), t]));
    expect([...files.keys()].sort()).toEqual([
      'examples/__tests__/example-queries.test.ts',
      'examples/__tests__/example-v2-data.test.ts',
      'examples/__tests__/examples.test.ts',
      'test/conformance/cases.test.ts',
      'test/conformance/engine.test.ts',
      'test/conformance/shared-cases.test.ts',
      'test/validate/cli-validate.test.ts',
    ]);
    const shared = files.get('test/conformance/shared-cases.test.ts')!.assertionResults;
    expect(shared.every((a) => a.status !== 'passed' && a.status !== 'failed')).toBe(true);
  }, 300_000);
});

/** What each kind of README command must print on stdout. */
function checkOutput(command: string, stdout: string): void {
  const json = (): Record<string, unknown> => JSON.parse(stdout) as Record<string, unknown>;
  if (/ validate /.test(command)) {
    expect(stdout).toMatch(/^valid: \d+ credentials, \d+ providers\n$/);
  } else if (/ --batch /.test(command)) {
    const lines = stdout.trimEnd().split('\n');
    const queries = readFileSync(join(clone, 'examples/queries/tech-careers.jsonl'), 'utf8');
    expect(lines).toHaveLength(queries.trimEnd().split('\n').length);
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ feasible: true });
  } else if (/ plan .*--json/.test(command)) {
    expect(json()).toMatchObject({ feasible: true, optimal: true });
  } else if (/ plan /.test(command)) {
    expect(stdout).toMatch(/^(cheapest|fastest) plan for /);
    expect(stdout).toMatch(/\ntotal: [\d,.]+ USD, [\d.]+ weeks, \d+ steps?\n/);
  } else if (/ import /.test(command)) {
    const catalog = json();
    expect(catalog.format).toBe('pathwise.catalog/v1');
    expect((catalog.credentials as unknown[]).length).toBeGreaterThan(0);
    // What an import prints is a catalog the same CLI accepts.
    const file = join(parent, 'imported.json');
    writeFileSync(file, stdout);
    const valid = spawnSync(
      process.execPath,
      [join(clone, 'packages/cli/dist/bin.js'), 'validate', file],
      {
        encoding: 'utf8',
      },
    );
    expect(valid.status).toBe(0);
  } else if (/ frontier /.test(command)) {
    expect(stdout).toMatch(/^cost-time frontier for /);
    // Complete, or (a periodic offer in the cone can leave a query unproven) cut short with its gap.
    expect(stdout).toMatch(
      /\n(complete: no other plan is as good on both cost and weeks|not complete: plans not listed would take between [\d,.]+ and [\d,.]+ weeks and cost at\s+least [\d,.]+ \w+)\n$/,
    );
  } else if (/ export ctdl /.test(command)) {
    expect(json()['@graph']).toBeInstanceOf(Array);
  } else {
    throw new Error(`no output check for README command: ${command}`);
  }
}

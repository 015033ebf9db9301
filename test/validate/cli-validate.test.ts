// `pathwise validate FILE` through the real built binary: exit codes and one line per fault (plan-v1.md).
// Also the catalog limits: the overflow example (a at 1e308 requires b at 1e308) is refused by
// `validate` and `plan` alike (exit 2, BAD_NUMBER) instead of planning "already held" at cost 0;
// 10,000-deep requirements give a fault, not a stack trace; a v2 catalog validates.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConformanceCases, repoRoot } from '../helpers/conformance.js';

const bin = join(repoRoot, 'packages/cli/dist/bin.js');
const dir = mkdtempSync(join(tmpdir(), 'pathwise-validate-'));

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function validate(file: string) {
  return cli(['validate', file]);
}

function write(name: string, content: string): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

beforeAll(() => {
  if (!existsSync(bin))
    throw new Error(`${bin} is missing: run \`pnpm build\` (pnpm test builds first)`);
});

describe('pathwise validate', () => {
  it('exits 0 on every conformance catalog', () => {
    for (const c of loadConformanceCases()) {
      const r = validate(write(`${c.name}.json`, JSON.stringify(c.catalog)));
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
  });

  it('exits 2 with one line per fault, naming path, code and ids, without a stack trace', () => {
    const catalog = {
      format: 'pathwise.catalog/v1',
      credentials: [
        { id: 'a', name: 'A', kind: 'course', cost: -1, durationWeeks: 1, requires: 'b' },
        {
          id: 'b',
          name: 'B',
          kind: 'course',
          cost: 1,
          durationWeeks: 1,
          requires: { any: ['a', 'ghost'] },
        },
      ],
    };
    const r = validate(write('broken.json', JSON.stringify(catalog)));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^credentials\[0\]\.cost: .*\(BAD_NUMBER\) \[a\]$/);
    expect(lines[1]).toMatch(
      /^credentials\[1\]\.requires\.any\[1\]: .*\(DANGLING_CREDENTIAL\) \[ghost, b\]$/,
    );
    expect(lines[2]).toMatch(/^credentials\[0\]\.requires: .*\(CYCLE\) \[a, b\]$/);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('treats an unreadable file and non-JSON text as faults (exit 2)', () => {
    const missing = validate(join(dir, 'does-not-exist.json'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/\(UNREADABLE\)/);
    const notJson = validate(write('not-json.json', '{ "format": '));
    expect(notJson.status).toBe(2);
    expect(notJson.stderr).toMatch(/\(NOT_JSON\)/);
  });

  it('exits 2 on a bad command line', () => {
    const r = spawnSync(process.execPath, [bin, 'validate'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/INVALID_INPUT/);
  });
});

describe('catalog limits through the CLI', () => {
  const overflow = write(
    'overflow.json',
    JSON.stringify({
      format: 'pathwise.catalog/v1',
      credentials: [
        { id: 'a', name: 'A', kind: 'course', cost: 1e308, durationWeeks: 1, requires: 'b' },
        { id: 'b', name: 'B', kind: 'course', cost: 1e308, durationWeeks: 1 },
      ],
    }),
  );

  it('validate refuses costs whose sum overflows (BAD_NUMBER at the figure that overflows)', () => {
    const r = validate(overflow);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^credentials\[1\]\.cost: .*\(BAD_NUMBER\) \[b\]$/),
    ]);
  });

  it('plan --target a refuses the catalog instead of answering "already held" at cost 0', () => {
    const r = cli(['plan', '--catalog', overflow, '--target', 'a', '--json']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/credentials\[1\]\.cost: .*\(BAD_NUMBER\) \[b\]/);
  });

  it('10,000-deep requirements give one fault and no stack trace', () => {
    const depth = 10_000;
    const requires = '{"all":['.repeat(depth) + '"a"' + ']}'.repeat(depth);
    const file = write(
      'deep.json',
      `{"format":"pathwise.catalog/v1","credentials":[{"id":"a","name":"A","kind":"course","cost":1,"durationWeeks":1},{"id":"b","name":"B","kind":"course","cost":1,"durationWeeks":1,"requires":${requires}}]}`,
    );
    const r = validate(file);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^credentials\[1\]\.requires(\.all\[0\]){100}: .*\(BAD_VALUE\) \[b\]$/,
    );
    expect(r.stderr).not.toMatch(/RangeError|\n\s+at /);
  });

  it('a v2 catalog with every v2 field validates', () => {
    const file = write(
      'v2.json',
      JSON.stringify({
        format: 'pathwise.catalog/v2',
        providers: [{ id: 'comptia', name: 'CompTIA' }],
        credentials: [
          {
            id: 'secplus',
            name: 'Security+',
            kind: 'certification',
            provider: 'comptia',
            cost: 404,
            durationWeeks: 8,
            effortHours: 80,
            validityMonths: 36,
            pace: 'self',
            starts: ['--01-15'],
            aliases: ['SY0-701'],
            renewal: { cost: 50, by: ['cysa'] },
            outcomes: { medianAnnualEarnings: 90000, source: 'survey', year: 2025 },
            recognizedBy: ['employer:us-dod-8140'],
          },
          {
            id: 'cysa',
            name: 'CySA+',
            kind: 'certification',
            cost: 404,
            durationWeeks: 10,
            retired: false,
            requires: 'secplus',
          },
        ],
        offers: [{ id: 'bundle', name: 'Bundle', price: 700, prices: { secplus: 0, cysa: 0 } }],
      }),
    );
    const r = validate(file);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

// `pathwise validate FILE` through the real built binary: exit codes and one line per fault (plan-v1.md).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConformanceCases, repoRoot } from '../helpers/conformance.js';

const bin = join(repoRoot, 'packages/cli/dist/bin.js');
const dir = mkdtempSync(join(tmpdir(), 'pathwise-validate-'));

function validate(file: string) {
  const r = spawnSync(process.execPath, [bin, 'validate', file], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
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

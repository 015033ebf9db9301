// A closed pipe ends the CLI quietly: `pathwise plan --batch … | head -1` and `export ctdl | head`
// through a real shell pipeline. The CLI exits 0 with nothing on stderr (no EPIPE stack trace), and
// the batch stops early (its summary line, written at the end, never comes).
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/conformance.js';
import { cliBin, requireBuiltCli, runCommand, tempDir, writeTemp } from './run-cli.js';

const catalog = join(repoRoot, 'examples/catalogs/tech-careers.json');

/** Runs `node cli ARGS 2>ERR | head -N` in bash; returns head's output, the CLI's status and stderr. */
async function piped(args: string[], lines: number) {
  const dir = tempDir();
  const err = join(dir, 'stderr.txt');
  const script = `node "$0" "$@" 2>"${err}" | head -${lines}; echo "cli=\${PIPESTATUS[0]}" >&2`;
  const run = await runCommand('bash', ['-c', script, cliBin, ...args]);
  return { stdout: run.stdout, status: run.stderr.trim(), stderr: readFileSync(err, 'utf8') };
}

describe('pathwise on a closed pipe', () => {
  beforeAll(requireBuiltCli);

  it('plan --batch | head -1 prints one plan and ends with 0, quietly and early', async () => {
    const queries = readFileSync(join(repoRoot, 'examples/queries/tech-careers.jsonl'), 'utf8');
    const batch = writeTemp(tempDir(), 'q.jsonl', queries.repeat(2000));
    const run = await piped(['plan', '--catalog', catalog, '--batch', batch], 1);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ feasible: true });
    expect(run.status).toBe('cli=0');
    expect(run.stderr).toBe('');
  });

  it('export ctdl | head prints ten lines and ends with 0, quietly', async () => {
    const run = await piped(['export', 'ctdl', '--catalog', catalog], 10);
    expect(run.stdout.split('\n')).toHaveLength(11);
    expect(run.status).toBe('cli=0');
    expect(run.stderr).toBe('');
  });
});

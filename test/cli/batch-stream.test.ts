// Issue 14 item 4: `plan --batch` streamed and on worker threads, through the real CLI binary.
// - The same output, byte for byte, with 1 and 3 workers, and as the sequential CLI printed before the
//   batch was streamed (its SHA-256s recorded below: commit c65e77e's binary on the example catalog
//   with its offers, after which the only change is `keepFor` in the unknown-field message's list of
//   fields): plans, error lines, CSV and the summary on stderr.
// - The CLI run from its TypeScript sources (as the benches run it) starts its workers the same way.
// - Streaming: the first answers arrive while the test still holds the input pipe open.
// - Refusals as lines arrive: binary bytes after good lines (their answers written first, exit 2), a
//   line over PATHWISE_MAX_INPUT_BYTES, while a batch larger than that limit as a whole is fine.
// - Progress: plain lines on a non-terminal stderr with --progress lines; a bar redrawn in place on a
//   pseudo-terminal (util-linux `script`), stdout unchanged and free of it.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/conformance.js';
import { mixedBatch } from './batch-fixture.js';
import { cliBin, requireBuiltCli, runCli, tempDir } from './run-cli.js';

const catalog = join(repoRoot, 'examples/catalogs/tech-careers.json');
// JSON.parse's message for the batch's "{oops" line gains " (line 1 column 2)" from Node 22 on: the
// hash is of the output without it, the same on every Node line.
const sha = (text: string): string =>
  createHash('sha256')
    .update(text.replace(/ \(line \d+ column \d+\)/g, ''))
    .digest('hex');
const RECORDED = {
  json: 'e1ba082bfbefb474fdd78aa2c6bb4eac47afcedacd0fc93fdc2ed28a955ac077',
  csv: 'cc5a78e5702932abd1a8c967d00a844a282e075aada3644b8d0b738db06a3d1e',
  stderr: 'batch: 780 queries: 600 feasible, 0 infeasible, 180 errors; 60 blank lines skipped\n',
};
const base = ['plan', '--catalog', catalog, '--as-of', '2026-11-22'];
let dir: string;
let batch: string;

beforeAll(() => {
  requireBuiltCli();
  dir = tempDir();
  batch = join(dir, 'mixed.jsonl');
  writeFileSync(batch, mixedBatch());
});

describe('plan --batch on worker threads', { timeout: 240_000 }, () => {
  it.each(['json', 'csv'] as const)(
    'prints the same %s with 1 and 3 workers as the sequential CLI did',
    async (format) => {
      const runs = await Promise.all(
        ['1', '3'].map((w) =>
          runCli([...base, '--batch', batch, '--format', format, '--workers', w]),
        ),
      );
      for (const run of runs) {
        expect(run.status, run.stderr).toBe(0);
        expect(run.stderr).toBe(RECORDED.stderr);
        expect(sha(run.stdout)).toBe(RECORDED[format]);
      }
      expect(runs[0]!.stdout).toBe(runs[1]!.stdout);
    },
  );

  it('takes its worker count from PATHWISE_WORKERS, and refuses a bad one', async () => {
    const run = await runCli([...base, '--batch', batch], { PATHWISE_WORKERS: '2' });
    expect(sha(run.stdout)).toBe(RECORDED.json);
    const bad = await runCli([...base, '--batch', batch, '--workers', '0']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--workers must be a whole number from 1/);
    const badEnv = await runCli([...base, '--batch', batch], { PATHWISE_WORKERS: 'many' });
    expect(badEnv.status).toBe(2);
    expect(badEnv.stderr).toMatch(/PATHWISE_WORKERS must be a whole number from 1/);
  });

  it('runs its workers from the TypeScript sources too, as `pnpm bench` starts the CLI', () => {
    // Node 20 does not run the parent's `--import tsx` in a worker thread: the pool passes it on.
    const source = join(repoRoot, 'packages/cli/src/bin.ts');
    const run = spawnSync(
      process.execPath,
      [
        '--conditions=source',
        '--import',
        'tsx',
        source,
        ...base,
        '--batch',
        batch,
        '--workers',
        '2',
      ],
      {
        cwd: repoRoot,
        encoding: 'utf8',
        maxBuffer: 1 << 28,
        env: { ...process.env, PATHWISE_DEBUG: '' },
      },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe(RECORDED.stderr);
    expect(sha(run.stdout)).toBe(RECORDED.json);
  });
});

describe('plan --batch streams', { timeout: 240_000 }, () => {
  it('answers the first lines while its input (stdin, `-`) is still open', async () => {
    const child = spawn(process.execPath, [cliBin, ...base, '--batch', '-', '--workers', '2'], {
      env: { ...process.env, PATHWISE_DEBUG: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    const firstAnswer = new Promise<void>((resolve) =>
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        stdout += d;
        resolve();
      }),
    );
    const query = `${JSON.stringify({ target: 'pmi-pmp', have: [{ id: 'generic-bachelors-degree' }] })}\n`;
    child.stdin.write(query.repeat(1000));
    await firstAnswer; // the input has not ended: the CLI answered as it read
    expect(child.stdin.writableEnded).toBe(false);
    child.stdin.end(query.repeat(500));
    expect(await closed, stderr).toBe(0);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1500);
    expect(stderr).toBe('batch: 1500 queries: 1500 feasible, 0 infeasible, 0 errors\n');
  });

  it('answers the lines before binary bytes, then refuses the input (exit 2)', async () => {
    const good = readFileSync(batch);
    const file = join(dir, 'then-binary.jsonl');
    writeFileSync(file, Buffer.concat([good, Buffer.from('{"target":'), Buffer.from([0, 1, 2])]));
    const run = await runCli([...base, '--batch', file, '--workers', '2']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^pathwise: cannot read .*then-binary\.jsonl: binary data, not text: a NUL byte at byte \d+/,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(sha(run.stdout)).toBe(RECORDED.json);
  });

  it('bounds each line by PATHWISE_MAX_INPUT_BYTES, not the whole batch', async () => {
    const limit = { PATHWISE_MAX_INPUT_BYTES: '4096' };
    const small = join(dir, 'small-catalog.json');
    writeFileSync(
      small,
      JSON.stringify({
        format: 'pathwise.catalog/v1',
        credentials: [{ id: 'a', name: 'A', kind: 'course', cost: 1, durationWeeks: 1 }],
      }),
    );
    const many = join(dir, 'many.jsonl');
    writeFileSync(many, '{"target":"a"}\n'.repeat(1000)); // 15 000 bytes in all
    const ok = await runCli(['plan', '--catalog', small, '--batch', many], limit);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout.trimEnd().split('\n')).toHaveLength(1000);
    const long = join(dir, 'long.jsonl');
    writeFileSync(long, `{"target":"a"}\n{"target":"a","id":"${'x'.repeat(5000)}"}\n`);
    const refused = await runCli(['plan', '--catalog', small, '--batch', long], limit);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(
      /line 2 is longer than the input limit of 4096 bytes \(4 KiB\); set PATHWISE_MAX_INPUT_BYTES to allow more/,
    );
    expect(refused.stdout.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('plan --batch progress', { timeout: 240_000 }, () => {
  it('prints plain progress lines on a non-terminal stderr with --progress lines, none by default', async () => {
    const run = await runCli([...base, '--batch', batch, '--progress', 'lines', '--workers', '2']);
    expect(run.status).toBe(0);
    expect(sha(run.stdout)).toBe(RECORDED.json);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines.at(-1)).toBe(RECORDED.stderr.trimEnd());
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines.slice(0, -1))
      expect(line).toMatch(/^batch: +\d+% {2}\d+ lines {2}\d+ lines\/s( {2}ETA \d+:\d\d)?$/);
    expect(lines.at(-2)).toMatch(/^batch: 100% {2}840 lines/);
  });

  it('draws a bar in place on a terminal (a pseudo-terminal through `script`)', () => {
    const out = join(dir, 'tty-out.jsonl');
    const command = [process.execPath, cliBin, ...base, '--batch', batch, '--workers', '2']
      .map((a) => `'${a}'`)
      .join(' ');
    const run = spawnSync('script', ['-qec', `${command} > '${out}'`, '/dev/null'], {
      encoding: 'utf8',
      env: { ...process.env, PATHWISE_DEBUG: '' },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/\rbatch: \[[#·]{24}\] +\d+% {2}\d+ lines/);
    expect(run.stdout).toContain('\r\x1b[Kbatch: 780 queries');
    expect(sha(readFileSync(out, 'utf8'))).toBe(RECORDED.json);
  });
});

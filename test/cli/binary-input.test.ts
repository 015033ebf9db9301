// Issue 13 item 18: binary or endless input is refused early, as bad input. Against the real CLI
// process: /dev/zero as a catalog or batch (a NUL byte in the first chunk), random bytes as --batch
// (not UTF-8), written into a FIFO whose writer never closes it, so a CLI that read to the end before
// judging would never exit; and a file over PATHWISE_MAX_INPUT_BYTES, the limit named in the error.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/conformance.js';
import { cliBin, requireBuiltCli, runCli, tempDir } from './run-cli.js';

const catalog = join(repoRoot, 'examples/catalogs/tech-careers.json');

beforeAll(() => requireBuiltCli());

function expectBadInput(run: { status: number | null; stdout: string; stderr: string }) {
  expect(run.status, run.stderr).toBe(2);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
}

/** Random bytes that are certainly not UTF-8 text: a 0xff byte never occurs in UTF-8. */
function randomBinary(n: number): Buffer {
  const bytes = randomBytes(n);
  bytes[0] = 0xff;
  return bytes;
}

describe('binary and endless input', () => {
  it('/dev/zero as the catalog or the batch: exit 2 at the first chunk', async () => {
    const asCatalog = await runCli(['validate', '/dev/zero']);
    expectBadInput(asCatalog);
    expect(asCatalog.stderr).toMatch(/\/dev\/zero: binary data, not text: a NUL byte at byte 0/);
    const asBatch = await runCli(['plan', '--catalog', catalog, '--batch', '/dev/zero']);
    expectBadInput(asBatch);
    expect(asBatch.stderr).toMatch(/cannot read \/dev\/zero: binary data/);
    const asImport = await runCli(['import', 'csv', '/dev/zero']);
    expectBadInput(asImport);
  });

  it('random bytes as --batch from a FIFO that never ends: exit 2 without reading to the end', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'batch.jsonl');
    execFileSync('mkfifo', [fifo]);
    const child = spawn(process.execPath, [cliBin, 'plan', '--catalog', catalog, '--batch', fifo], {
      env: { ...process.env, PATHWISE_DEBUG: '' },
    });
    let stderr = '';
    let stdout = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    const status = new Promise<number | null>((resolve) => child.on('close', resolve));
    // The writer end stays open until the CLI has exited: the input has no end.
    const writer = openSync(fifo, 'w');
    try {
      writeSync(writer, randomBinary(64 * 1024));
      expectBadInput({ status: await status, stdout, stderr });
      expect(stderr).toMatch(/cannot read .*batch\.jsonl: binary data, not text/);
      expect(stdout).toBe('');
    } finally {
      closeSync(writer);
    }
  });

  it('a file of random bytes as --batch, a catalog or CTDL: exit 2', async () => {
    const dir = tempDir();
    const bin = join(dir, 'random.bin');
    writeFileSync(bin, randomBinary(1024 * 1024));
    expectBadInput(await runCli(['plan', '--catalog', catalog, '--batch', bin]));
    expectBadInput(await runCli(['plan', '--catalog', bin, '--target', 'x']));
    expectBadInput(await runCli(['import', 'ctdl', bin]));
    expectBadInput(await runCli(['export', 'csv', '--catalog', bin]));
  });

  it('an input over PATHWISE_MAX_INPUT_BYTES: exit 2 naming the limit', async () => {
    const run = await runCli(['validate', catalog], { PATHWISE_MAX_INPUT_BYTES: '4096' });
    expectBadInput(run);
    expect(run.stderr).toMatch(
      /larger than the input limit of 4096 bytes \(4 KiB\); set PATHWISE_MAX_INPUT_BYTES to allow more/,
    );
    const wallet = join(repoRoot, 'examples/wallets/learner-wallet.json');
    const small = await runCli(
      ['plan', '--catalog', catalog, '--target', 'pmi-pmp', '--wallet', wallet],
      { PATHWISE_MAX_INPUT_BYTES: String(readFileSync(catalog).length) },
    );
    expect(small.status, small.stderr).toBe(0);
    const tooSmall = await runCli(
      ['plan', '--catalog', catalog, '--target', 'pmi-pmp', '--wallet', wallet],
      { PATHWISE_MAX_INPUT_BYTES: String(readFileSync(catalog).length - 1) },
    );
    expectBadInput(tooSmall);
    expect(tooSmall.stderr).toMatch(/input limit/);
    expectBadInput(await runCli(['validate', catalog], { PATHWISE_MAX_INPUT_BYTES: 'lots' }));
  });
});

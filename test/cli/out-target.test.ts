// Issue 13 item 4: `--out` never clobbers what it points at. Against the real CLI process: a symbolic
// link is written through (the link stays a link, its target gets the content), a FIFO or a character
// device is refused (exit 2, and a FIFO is still a FIFO), and `--out` naming an input file (by another
// spelling, through a link, or as a hard link) is refused with the input unchanged.
import { execFileSync } from 'node:child_process';
import {
  linkSync,
  lstatSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/conformance.js';
import { requireBuiltCli, runCli, tempDir, writeTemp } from './run-cli.js';

const catalog = join(repoRoot, 'examples/catalogs/tech-careers.json');
const csv = join(repoRoot, 'examples/interop/badge-programme.csv');

beforeAll(() => requireBuiltCli());

/** Exit 2, one line on stderr naming the refusal, no stack trace, nothing on stdout. */
function expectRefused(
  run: { status: number | null; stdout: string; stderr: string },
  word: RegExp,
) {
  expect(run.status, run.stderr).toBe(2);
  expect(run.stderr).toMatch(word);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stdout).toBe('');
}

describe('--out', () => {
  it('writes through a symbolic link: the link stays, its target gets the content', async () => {
    const dir = tempDir();
    const target = writeTemp(dir, 'real.csv', 'old');
    const link = join(dir, 'link.csv');
    symlinkSync('real.csv', link);
    const run = await runCli(['export', 'csv', '--catalog', catalog, '--out', link]);
    expect(run.status, run.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('real.csv');
    expect(readFileSync(target, 'utf8')).toMatch(/^id,/);
    expect(readdirSync(dir).sort()).toEqual(['link.csv', 'real.csv']);
  });

  it('writes through a dangling link, creating its target', async () => {
    const dir = tempDir();
    const link = join(dir, 'link.json');
    symlinkSync('made.json', link);
    const run = await runCli(['import', 'csv', csv, '--out', link]);
    expect(run.status, run.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'made.json'), 'utf8')).format).toBe(
      'pathwise.catalog/v1',
    );
  });

  it('refuses a FIFO, which stays a FIFO', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const run = await runCli(['export', 'ctdl', '--catalog', catalog, '--out', fifo]);
    expectRefused(run, /--out .*pipe is a FIFO/);
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['pipe']);
  });

  it('refuses a FIFO reached through a symbolic link', async () => {
    const dir = tempDir();
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    symlinkSync('pipe', join(dir, 'link'));
    const run = await runCli(['import', 'csv', csv, '--out', join(dir, 'link')]);
    expectRefused(run, /is a FIFO/);
    expect(statSync(join(dir, 'pipe')).isFIFO()).toBe(true);
  });

  it('refuses /dev/null (a character device) and a directory', async () => {
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    const run = await runCli(['export', 'csv', '--catalog', catalog, '--out', '/dev/null']);
    expectRefused(run, /\/dev\/null is a character device/);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    const dir = tempDir();
    expectRefused(await runCli(['import', 'csv', csv, '--out', dir]), /is a directory/);
  });

  it('refuses --out equal to the input, by any spelling, and leaves the input unchanged', async () => {
    const dir = tempDir();
    const input = writeTemp(dir, 'catalog.json', readFileSync(catalog, 'utf8'));
    const before = readFileSync(input);
    const sameFile = [
      input,
      join(dir, '.', 'catalog.json'),
      join(dir, '..', dir.split('/').at(-1)!, 'catalog.json'),
    ];
    symlinkSync('catalog.json', join(dir, 'alias.json'));
    linkSync(input, join(dir, 'hard.json'));
    for (const out of [...sameFile, join(dir, 'alias.json'), join(dir, 'hard.json')]) {
      const run = await runCli(['export', 'csv', '--catalog', input, '--out', out]);
      expectRefused(run, /is the input file/);
      expect(readFileSync(input).equals(before)).toBe(true);
    }
    const csvCopy = writeTemp(dir, 'in.csv', readFileSync(csv, 'utf8'));
    const csvBefore = readFileSync(csvCopy);
    expectRefused(await runCli(['import', 'csv', csvCopy, '--out', csvCopy]), /is the input file/);
    expect(readFileSync(csvCopy).equals(csvBefore)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['alias.json', 'catalog.json', 'hard.json', 'in.csv']);
  });

  it('refuses --out equal to any of several CTDL inputs', async () => {
    const dir = tempDir();
    const ctdl = join(repoRoot, 'examples/interop/data-pathway.ctdl.json');
    const copy = writeTemp(dir, 'copy.json', readFileSync(ctdl, 'utf8'));
    const before = readFileSync(copy);
    const run = await runCli(['import', 'ctdl', ctdl, copy, '--out', `${dir}/./copy.json`]);
    expectRefused(run, /is the input file/);
    expect(readFileSync(copy).equals(before)).toBe(true);
  });
});

/**
 * Runs the real built `pathwise` binary (packages/cli/dist/bin.js) as a child process, for the CLI's
 * end-to-end and conformance tests. `pnpm test` builds first; a missing build fails loudly.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/conformance.js';

/** The built CLI entry point. */
export const cliBin = join(repoRoot, 'packages/cli/dist/bin.js');

/** What a run printed and how it ended. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** @throws Error naming the missing build, so the suite fails clearly rather than oddly */
export function requireBuiltCli(): void {
  if (!existsSync(cliBin)) {
    throw new Error(
      `${cliBin} is missing: build first (pnpm exec tsc -b, or pnpm test, which builds)`,
    );
  }
}

/**
 * Runs a command and collects its output.
 * @param command - the executable (default: node running the CLI binary)
 * @param env - its environment (default: this process's, without PATHWISE_DEBUG)
 */
export function runCommand(
  command: string,
  args: string[],
  cwd = repoRoot,
  env: NodeJS.ProcessEnv = { ...process.env, PATHWISE_DEBUG: '' },
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/**
 * Runs `node packages/cli/dist/bin.js ...args`.
 * @param env - extra environment, e.g. `{ COLUMNS: '80' }` for the width tables are fitted to
 */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return runCommand(process.execPath, [cliBin, ...args], repoRoot, {
    ...process.env,
    PATHWISE_DEBUG: '',
    ...env,
  });
}

/** A fresh temporary folder for catalogs and batch files. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'pathwise-cli-'));
}

/** Writes a JSON value (or text) to a file in `dir` and returns its path. */
export function writeTemp(dir: string, name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** `--have` values for holdings: `id` or `id@YYYY-MM-DD`, comma-separated; no flag when empty. */
export function haveArgs(have: readonly { id: string; earnedOn?: string }[]): string[] {
  if (have.length === 0) return [];
  return ['--have', have.map((h) => (h.earnedOn ? `${h.id}@${h.earnedOn}` : h.id)).join(',')];
}

/** `--target`, `--have` and `--as-of` for a query. */
export function queryArgs(q: {
  target: string;
  have: readonly { id: string; earnedOn?: string }[];
  asOf: string;
}): string[] {
  return ['--target', q.target, ...haveArgs(q.have), '--as-of', q.asOf];
}

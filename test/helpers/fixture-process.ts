/**
 * Runs a TypeScript fixture in a child process, on the sources through tsx: to completion (the
 * multi-process tests), or killed with SIGKILL when it prints a marker or some time after it prints
 * `OPEN` (how the crash tests interrupt a publish mid-way).
 */
import { spawn } from 'node:child_process';
import type { ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { repoRoot } from './conformance.js';

function spawnFixture(
  script: string,
  args: string[],
): ChildProcessByStdio<null, Readable, Readable> {
  return spawn(process.execPath, ['--conditions=source', '--import', 'tsx', script, ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * Runs a fixture to its end.
 * @returns what it printed on stdout, parsed as JSON
 * @throws Error with its stderr when it exits non-zero
 */
export function runFixtureJson<T>(script: string, args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawnFixture(script, args);
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as T) : reject(new Error(err)),
    );
  });
}

/** When to kill the child: on a printed marker, or `afterMs` after it printed `OPEN`. */
export interface KillWhen {
  on?: string;
  afterMs?: number;
}

/**
 * @param script - the fixture's path
 * @param args - its arguments
 * @param kill - when to kill it
 * @returns whether it was killed, and everything it printed
 */
export function runKillableChild(
  script: string,
  args: string[],
  kill: KillWhen,
): Promise<{ killed: boolean; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawnFixture(script, args);
    let output = '';
    let killed = false;
    const killNow = () => {
      if (!killed && child.exitCode === null) {
        killed = true;
        child.kill('SIGKILL');
      }
    };
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (kill.on && output.includes(kill.on)) killNow();
      if (kill.afterMs !== undefined && output.includes('OPEN')) setTimeout(killNow, kill.afterMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', () => resolve({ killed, output }));
  });
}

/**
 * Runs a TypeScript fixture in a child process (on the sources, through tsx) and kills it with
 * SIGKILL when it prints a marker or some time after it prints `OPEN`: how the crash tests interrupt
 * a publish mid-way.
 */
import { spawn } from 'node:child_process';
import { repoRoot } from './conformance.js';

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
    const child = spawn(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', script, ...args],
      {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
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

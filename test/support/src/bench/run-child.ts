// How the benches run one measurement in a process of its own (its peak RSS is then its own): the
// script on the TypeScript sources through tsx (a .js or .mjs script: on the built packages, without
// tsx), with room for a 2x10^6 catalog, its figures read from the last line it prints as JSON.
import { spawnSync } from 'node:child_process';

/**
 * @param script - the bench script to run
 * @param args - its arguments
 * @param env - its environment (default: this process's)
 * @returns the JSON object on the child's last line of output ({} when it printed nothing)
 * @throws Error with the child's stderr when it fails
 */
export function runChild<T>(script: string, args: string[], env = process.env): T {
  // A JavaScript script runs on the built packages, without tsx (services/api/bench/pool-child.mjs).
  const source = script.endsWith('.ts') ? ['--conditions=source', '--import', 'tsx'] : [];
  const run = spawnSync(
    process.execPath,
    [...source, '--max-old-space-size=8192', script, ...args],
    { encoding: 'utf8', maxBuffer: 1 << 20, env },
  );
  if (run.status !== 0) throw new Error(`${script} ${args.join(' ')} failed:\n${run.stderr}`);
  const last = run.stdout.trim().split('\n').at(-1);
  return (last ? JSON.parse(last) : {}) as T;
}

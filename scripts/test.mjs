// `pnpm test`: builds the house, starts what the suites need (a real Neo4j through Maven where Java
// is present), runs vitest, and stops what it started. Extra arguments go to vitest.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args, env = process.env) =>
  spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env }).status ?? 1;

if (run(bin('tsc'), ['-b']) !== 0) process.exit(1);

const env = { ...process.env };
const harnessPath = join(root, 'services/neo4j/scripts/harness.mjs');
let harness;
if (existsSync(harnessPath)) {
  harness = await import(harnessPath);
  const started = await harness.startForTests(env);
  Object.assign(env, started.env ?? {});
}

let status = 1;
try {
  status = run(bin('vitest'), ['run', ...process.argv.slice(2)], env);
} finally {
  if (harness) await harness.stopForTests();
}
process.exit(status);

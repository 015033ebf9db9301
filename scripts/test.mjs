// `pnpm test`: builds the house, starts what the suites need (a real Neo4j through Maven where Java
// is present), runs vitest, stops what it started, and ends with a plain `tests: N passed, N failed`
// line. Extra arguments go to vitest.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args, env = process.env) =>
  spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env }).status ?? 1;

console.log(`node ${process.version}`);
if (run(bin('tsc'), ['-b']) !== 0) process.exit(1);

const env = { ...process.env };
const harnessPath = join(root, 'services/neo4j/scripts/harness.mjs');
let harness;
if (existsSync(harnessPath)) {
  harness = await import(harnessPath);
  const started = await harness.startForTests(env);
  Object.assign(env, started.env ?? {});
}

const reportDir = mkdtempSync(join(tmpdir(), 'pathwise-test-'));
const report = join(reportDir, 'vitest.json');
const args = process.argv.slice(2);
const reporters = args.some((a) => a.startsWith('--reporter'))
  ? []
  : ['--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
let status = 1;
try {
  status = run(bin('vitest'), ['run', ...reporters, ...args], env);
} finally {
  if (harness) await harness.stopForTests();
}
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
  if (r.numTotalTests === 0) status = status || 1;
}
rmSync(reportDir, { recursive: true, force: true });
process.exit(status);

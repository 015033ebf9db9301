// `pnpm soak`: runs the built service under a mixed load on loopback for PATHWISE_SOAK_SECONDS (default
// 600, at most 600), kills it with SIGKILL and restarts it twice on the same store, then checks that
// every acknowledged publish is stored with contiguous versions. Against the file store, then Neo4j
// (PATHWISE_SOAK_STORES=file,neo4j; Neo4j through the Maven harness, or PATHWISE_TEST_NEO4J_URI).
// Prints one JSON report per store (trivial plan p50/p99 under load, errors by code, publishes) and
// exits 1 when a publish was lost, versions have a gap, or the service answered INTERNAL_SERVER_ERROR.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { soakCatalog } from './soak/catalog.mjs';
import { latencies, sampleService, tailBreakdown } from './soak/analyse.mjs';
import { kill9, startService, stopGracefully } from './soak/service.mjs';
import { verifyStore } from './soak/verify.mjs';
import { trivialClient } from './soak/trivial-client.mjs';
import * as load from './soak/workload.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seconds = Math.min(600, Number(process.env.PATHWISE_SOAK_SECONDS || 600));
if (!(seconds >= 5)) throw new Error('PATHWISE_SOAK_SECONDS must be a number of seconds ≥ 5');
const stores = (process.env.PATHWISE_SOAK_STORES || 'file,neo4j').split(',');

/** A restart window runs from the kill until this long after the new process is ready. */
const RESTART_GRACE_MS = 5000;

/** One soak against one store. @returns its report */
async function soakOnce(storeEnv, target, dir) {
  const catalogPath = join(dir, 'seed.json');
  writeFileSync(catalogPath, JSON.stringify(soakCatalog()));
  const env = {
    ...storeEnv,
    PATHWISE_CATALOG: catalogPath,
    PATHWISE_API_KEYS: load.apiKeysEnv(),
    PATHWISE_PLAN_WORKERS: process.env.PATHWISE_PLAN_WORKERS ?? '',
    LOG_LEVEL: 'info',
    PATHWISE_SERVER_TIMING: '1',
  };
  const logPath = join(dir, 'service.log');
  /** Exits of the service that the soak did not cause (a crash), with code and signal. */
  const crashes = [];
  const watch = (started) => {
    started.child.once('exit', (code, signal) => {
      if (!started.child.killedBySoak) crashes.push({ at: new Date().toISOString(), code, signal });
    });
    return started;
  };
  let service = watch(await startService(repoRoot, env, logPath));
  // The soak's time runs from the first ready service: a slow first start (a loaded machine, a
  // large seed) must not eat the window in which the load and the restarts happen.
  const soak = new load.Soak(Date.now() + seconds * 1000);
  soak.url = service.url;
  const measuring = trivialClient(soak);
  const clients = [
    measuring,
    load.hardPlans(soak),
    load.hardPlans(soak),
    load.hardPlans(soak),
    load.abandoningClient(soak),
    load.abandoningClient(soak),
    load.boards(soak),
    ...load.PROVIDERS.map((p) => load.publisher(soak, p)),
  ];
  const sampled = sampleService(soak);
  const restarts = [];
  const restartWindows = [];
  for (const at of [1 / 3, 2 / 3]) {
    const when = soak.deadline - seconds * 1000 * (1 - at);
    await new Promise((r) => setTimeout(r, Math.max(0, when - Date.now())));
    const killedAt = Date.now();
    soak.url = undefined;
    service.child.killedBySoak = true;
    await kill9(service.child);
    const t0 = Date.now();
    service = watch(await startService(repoRoot, env, logPath));
    soak.url = service.url;
    restarts.push({ afterSeconds: Math.round(at * seconds), restartMs: Date.now() - t0 });
    restartWindows.push([killedAt, Date.now() + RESTART_GRACE_MS]);
  }
  await Promise.all(clients);
  const serviceSamples = await sampled;
  service.child.killedBySoak = true;
  await stopGracefully(service.child);
  const check = await verifyStore(repoRoot, target, soak.acknowledged);
  // Plans sent during a restart window (the kill, the restart, and RESTART_GRACE_MS after it) apart.
  const inWindow = (at) => restartWindows.some(([from, to]) => at >= from && at <= to);
  const outside = (_, i) => !inWindow(soak.trivialAt[i]);
  return {
    seconds,
    requests: soak.requests,
    trivialPlans: latencies(soak.trivialMs),
    trivialPlansOutsideRestarts: {
      graceMs: RESTART_GRACE_MS,
      ...latencies(soak.trivialMs.filter(outside)),
    },
    trivialTailOutsideRestarts: tailBreakdown(
      soak.trivialMs.filter(outside),
      soak.trivialTiming.filter(outside),
    ),
    ...serviceSamples,
    measuringClientEventLoopDelayMs: await measuring,
    hardPlans: soak.hardPlans,
    errorsByCode: soak.errors,
    restarts,
    crashes,
    publishes: {
      acknowledged: soak.acknowledged.length,
      unacknowledged: soak.unacknowledged,
      storedVersion: check.version,
      changes: check.changes,
      contiguousVersions: check.contiguous,
      repeatedAckVersions: check.repeatedAckVersions,
      lost: check.lost,
    },
    log: logPath,
  };
}

async function neo4jTarget() {
  const harness = await import('../services/neo4j/scripts/harness.mjs');
  const { env } = await harness.startForTests(process.env);
  const uri = env.PATHWISE_TEST_NEO4J_URI ?? process.env.PATHWISE_TEST_NEO4J_URI;
  if (!uri) throw new Error('Neo4j cannot start here (no Java/Maven): the Neo4j soak cannot run');
  const user = env.PATHWISE_TEST_NEO4J_USER ?? process.env.PATHWISE_TEST_NEO4J_USER ?? 'neo4j';
  const password = env.PATHWISE_TEST_NEO4J_PASSWORD ?? process.env.PATHWISE_TEST_NEO4J_PASSWORD;
  const catalog = `soak-${Date.now()}`;
  return {
    storeEnv: {
      NEO4J_URI: uri,
      NEO4J_USER: user,
      NEO4J_PASSWORD: password ?? '',
      PATHWISE_NEO4J_CATALOG: catalog,
    },
    target: { neo4j: { uri, user, password, catalog } },
    stop: () => harness.stopForTests(),
  };
}

let failed = false;
for (const kind of stores) {
  const dir = mkdtempSync(join(tmpdir(), `pathwise-soak-${kind}-`));
  const setup =
    kind === 'neo4j'
      ? await neo4jTarget()
      : {
          storeEnv: { NEO4J_URI: '', PATHWISE_DATA_DIR: join(dir, 'store') },
          target: { dataDir: join(dir, 'store') },
          stop: async () => {},
        };
  try {
    const report = { store: kind, ...(await soakOnce(setup.storeEnv, setup.target, dir)) };
    const p = report.publishes;
    const bad =
      p.lost.length > 0 ||
      !p.contiguousVersions ||
      p.repeatedAckVersions ||
      p.acknowledged === 0 ||
      report.crashes.length > 0 ||
      (report.errorsByCode.INTERNAL_SERVER_ERROR ?? 0) > 0;
    report.ok = !bad;
    failed ||= bad;
    console.log(JSON.stringify(report, null, 2));
    if (!bad && !process.env.PATHWISE_SOAK_KEEP) rmSync(dir, { recursive: true, force: true });
  } finally {
    await setup.stop();
  }
}
process.exitCode = failed ? 1 : 0;

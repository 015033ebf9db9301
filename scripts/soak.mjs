// `pnpm soak`: runs the built service under a mixed load on loopback for PATHWISE_SOAK_SECONDS of its
// uptime (default 600, at most 600) in three lives of a third each: after the first and the second it
// kills the service with SIGKILL and restarts it on the same store (a slow restart on a loaded machine
// delays the next life, it does not shorten it), then checks that every acknowledged publish is stored
// with contiguous versions. Against the file store, then Neo4j
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

/**
 * How long after the deadline the soak waits for its clients before it names what it is still
 * waiting for and fails: every request gives up after load.REQUEST_TIMEOUT_MS, so only a defect of
 * the soak itself gets this far.
 */
const OVERRUN_MS = load.REQUEST_TIMEOUT_MS + 30_000;

/**
 * Waits for the named promises; past `deadline + OVERRUN_MS`, rejects naming those still pending.
 * @returns their values, in order
 */
function settleInTime(named, deadline) {
  const pending = new Set(named.map(([name]) => name));
  const all = Promise.all(
    named.map(([name, promise]) => promise.finally(() => pending.delete(name))),
  );
  let timer;
  const overrun = new Promise((_, reject) => {
    timer = setTimeout(
      () =>
        reject(new Error(`the soak overran its deadline waiting for: ${[...pending].join(', ')}`)),
      Math.max(0, deadline + OVERRUN_MS - Date.now()),
    );
  });
  return Promise.race([all, overrun]).finally(() => clearTimeout(timer));
}

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
  // The soak's time is the service's uptime, from the first ready service: a slow start or restart (a
  // loaded machine, a large seed) must not eat the time in which the load runs. The deadline is
  // known once the last life has begun.
  const started = Date.now();
  const life = (seconds * 1000) / 3;
  const soak = new load.Soak();
  soak.url = service.url;
  const measuring = trivialClient(soak);
  const clients = [
    ['the trivial-plan client', measuring],
    ...[1, 2, 3].map((n) => [`hard-plan client ${n}`, load.hardPlans(soak)]),
    ...[1, 2].map((n) => [`abandoning client ${n}`, load.abandoningClient(soak)]),
    ['the board client', load.boards(soak)],
    ...load.PROVIDERS.map((p) => [`publisher ${p}`, load.publisher(soak, p)]),
    ['the service sampler', sampleService(soak)],
  ];
  const restarts = [];
  const restartWindows = [];
  let readyAt = started;
  for (let n = 0; n < 2; n++) {
    await new Promise((r) => setTimeout(r, Math.max(0, readyAt + life - Date.now())));
    const killedAt = Date.now();
    soak.url = undefined;
    service.child.killedBySoak = true;
    await kill9(service.child);
    service = watch(await startService(repoRoot, env, logPath));
    soak.url = service.url;
    readyAt = Date.now();
    restarts.push({
      afterSeconds: Math.round((killedAt - started) / 1000),
      restartMs: readyAt - killedAt,
    });
    restartWindows.push([killedAt, readyAt + RESTART_GRACE_MS]);
  }
  soak.deadline = readyAt + life;
  const settled = await settleInTime(clients, soak.deadline).catch(async (error) => {
    service.child.killedBySoak = true;
    await kill9(service.child);
    throw error;
  });
  const serviceSamples = settled.at(-1);
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
    unanswered: soak.unanswered,
    restarts,
    crashes,
    publishes: {
      acknowledged: soak.acknowledged.length,
      // A publish sent right after a kill -9 waits for the dead writer's Neo4j lease to expire.
      slowestAcknowledgedMs: soak.slowestAckMs,
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
      report.unanswered.length > 0 ||
      report.crashes.length > 0 ||
      (report.errorsByCode.INTERNAL_SERVER_ERROR ?? 0) > 0;
    report.ok = !bad;
    failed ||= bad;
    console.log(JSON.stringify(report, null, 2));
    if (!bad && !process.env.PATHWISE_SOAK_KEEP) rmSync(dir, { recursive: true, force: true });
  } catch (error) {
    failed = true;
    console.error(
      `soak on the ${kind} store failed: ${error.message} (its folder is kept: ${dir})`,
    );
  } finally {
    await setup.stop();
  }
}
// Exits rather than waits: after an overrun, a client still waiting must not keep the soak alive.
process.exit(failed ? 1 : 0);

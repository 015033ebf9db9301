// `pnpm bench:api`: load on the built service (services/api/dist/main.js, its own process) over the
// bundled example catalog in a fresh data dir, driven by autocannon from this process.
//   1. baseline: GET /healthz (HTTP + one store version check), then `{ catalogVersion }` (Apollo floor);
//   2. a plan query mix (every certification/certificate/degree target, cheapest and fastest, with and
//      without holdings): requests per second and p50 / p99 latency, with ratios to the baseline;
//   3. 50 concurrent publishes: afterwards every published credential is there exactly once and the
//      catalog versions are contiguous (checked; exit 1 otherwise).
// Options (env): BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 16); PATHWISE_PLAN_WORKERS
// reaches the service (0: plan in the server's thread).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';

const { fetch } = globalThis;

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
const catalogPath = join(root, 'examples/catalogs/tech-careers.json');
const KEY = 'bench-key';

function fail(message) {
  console.error(`bench-api: ${message}`);
  process.exitCode = 1;
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(base, child) {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the service did not become healthy within 60 s');
}

function run(options) {
  return new Promise((resolve, reject) => {
    autocannon({ connections, duration: seconds, ...options }, (err, result) =>
      err ? reject(err) : resolve(result),
    );
  });
}

function row(name, result, baseline) {
  const rps = result.requests.average;
  const ratio = baseline ? (rps / baseline.requests.average).toFixed(3) : '1.000';
  const bad = result.non2xx + result.errors;
  return `| ${name.padEnd(34)} | ${rps.toFixed(0).padStart(8)} | ${String(result.latency.p50).padStart(7)} | ${String(result.latency.p99).padStart(7)} | ${ratio.padStart(10)} | ${String(bad).padStart(6)} |`;
}

async function gql(url, query, variables, key) {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(key ? { authorization: `Bearer ${key}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

async function main() {
  if (
    spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b'], {
      cwd: root,
      stdio: 'inherit',
    }).status !== 0
  ) {
    throw new Error('tsc -b failed; the bench runs the built service');
  }
  const catalog = JSON.parse(await readFile(catalogPath, 'utf8'));
  const dataDir = await mkdtemp(join(tmpdir(), 'pathwise-bench-api-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const url = `${base}/graphql`;
  const child = spawn(process.execPath, [join(root, 'services/api/dist/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PATHWISE_CATALOG: catalogPath,
      PATHWISE_DATA_DIR: dataDir,
      PATHWISE_API_KEYS: `${KEY}:bench-u`,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitForHealth(base, child);
    const targets = catalog.credentials
      .filter((c) => ['certification', 'certificate', 'degree'].includes(c.kind))
      .map((c) => c.id);
    const courses = catalog.credentials.filter((c) => c.kind === 'course').map((c) => c.id);
    const PLAN =
      'query($input: PlanInput!) { plan(input: $input) { feasible optimal totalCost totalWeeks steps { credential { id } startWeek endWeek } } }';
    const bodies = [];
    targets.forEach((target, i) => {
      for (const objective of ['CHEAPEST', 'FASTEST']) {
        const have =
          i % 2 === 0
            ? []
            : courses.slice(i % courses.length, (i % courses.length) + 3).map((id) => ({ id }));
        bodies.push(
          JSON.stringify({
            query: PLAN,
            variables: { input: { target, have, asOf: '2026-11-22', objective } },
          }),
        );
      }
    });
    // Every body of the mix must be answered without errors before it is timed.
    for (const body of bodies) {
      const res = await (
        await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
      ).json();
      if (res.errors) throw new Error(`plan query failed: ${JSON.stringify(res.errors[0])}`);
    }
    const json = { 'content-type': 'application/json' };
    const health = await run({ url: `${base}/healthz` });
    const version = await run({
      url,
      method: 'POST',
      headers: json,
      body: JSON.stringify({ query: '{ catalogVersion }' }),
    });
    let next = 0;
    const mix = await run({
      url,
      method: 'POST',
      headers: json,
      requests: [{ setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }) }],
    });
    const workers = process.env.PATHWISE_PLAN_WORKERS ?? 'default: cores - 1, 1..4';
    console.log(
      `\nservice: services/api/dist/main.js, file store, ${catalog.credentials.length}-credential example catalog, plan workers: ${workers}`,
    );
    console.log(
      `autocannon: ${connections} connections, ${seconds} s each; plan mix: ${bodies.length} distinct queries (${targets.length} targets x 2 objectives)\n`,
    );
    console.log(`| ${'run'.padEnd(34)} |    req/s |  p50 ms |  p99 ms | vs healthz | failed |`);
    console.log(`|${'-'.repeat(36)}|----------|---------|---------|------------|--------|`);
    console.log(row('GET /healthz (baseline)', health));
    console.log(row('{ catalogVersion } (Apollo floor)', version, health));
    console.log(row('plan mix', mix, health));
    for (const r of [health, version, mix])
      if (r.non2xx + r.errors > 0) fail('some benchmark requests failed');

    // 50 concurrent publishes, each adding one credential for the bench provider.
    const before = (await gql(url, '{ catalogVersion }')).data.catalogVersion;
    const ids = Array.from({ length: 50 }, (_, i) => `bench-pub-${i}`);
    const PUBLISH =
      'mutation($input: PublishProgramInput!) { publishProgram(input: $input) { catalogVersion credentials { id } } }';
    const started = performance.now();
    const latencies = [];
    const results = await Promise.all(
      ids.map(async (id) => {
        const t0 = performance.now();
        const result = await gql(
          url,
          PUBLISH,
          {
            input: {
              provider: 'bench-u',
              providerName: 'Bench University',
              credentials: [
                { id, name: `Bench ${id}`, kind: 'course', cost: 10, durationWeeks: 1 },
              ],
            },
          },
          KEY,
        );
        latencies.push(performance.now() - t0);
        return result;
      }),
    );
    const publishMs = performance.now() - started;
    latencies.sort((a, b) => a - b);
    const pct = (p) =>
      latencies[
        Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)
      ].toFixed(0);
    const failed = results.filter((r) => r.errors);
    const versions = results
      .filter((r) => !r.errors)
      .map((r) => r.data.publishProgram.catalogVersion)
      .sort((a, b) => a - b);
    const listed = (
      await gql(
        url,
        '{ catalogVersion credentials(filter: { provider: "bench-u" }, first: 100) { nodes { id } } }',
      )
    ).data;
    const seen = listed.credentials.nodes.map((n) => n.id);
    const missing = ids.filter((id) => !seen.includes(id));
    const duplicated = seen.filter((id, i) => seen.indexOf(id) !== i);
    const contiguous = versions.every((v, i) => v === before + 1 + i);
    console.log(
      `\n50 concurrent publishes: ${publishMs.toFixed(0)} ms in all, ${(50000 / publishMs).toFixed(0)} publishes/s (serialised by the store); latency p50 ${pct(50)} ms, p99 ${pct(99)} ms`,
    );
    console.log(
      `  failed: ${failed.length}, present: ${ids.length - missing.length}/50, missing: ${missing.length}, duplicated: ${duplicated.length}`,
    );
    console.log(
      `  versions ${versions[0]}..${versions.at(-1)} contiguous from ${before + 1}: ${contiguous}; catalog now at ${listed.catalogVersion}`,
    );
    if (
      failed.length ||
      missing.length ||
      duplicated.length ||
      !contiguous ||
      listed.catalogVersion !== before + 50
    ) {
      fail('publishes were lost, duplicated or out of order');
    } else {
      console.log('  OK: every published credential is there, nothing lost or duplicated');
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => fail(err instanceof Error ? err.message : String(err)));

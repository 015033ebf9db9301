// Called by scripts/test.mjs around the vitest run (and by the Neo4j tests and benchmarks when run on
// their own): starts a throw-away Neo4j on a free port and hands its address to the suites as
// PATHWISE_TEST_NEO4J_URI / _USER / _PASSWORD. Without Java or Maven: under CI=true it throws (CI must
// fail), elsewhere it warns loudly and returns no env, and the Neo4j suites skip saying so.
import { ensureBuilt, freePort, missingTools, startNeo4j, stopPid } from './neo4j-process.mjs';

let running;

const loud = (lines) => {
  const bar = '!'.repeat(78);
  console.warn(`\n${bar}\n${lines.map((l) => `!!! ${l}`).join('\n')}\n${bar}\n`);
};

/**
 * Starts Neo4j for a test run unless PATHWISE_TEST_NEO4J_URI is already set (an external Neo4j).
 * @param env - the environment the suites will get (read for CI and an existing URI)
 * @returns `{ env, pid }`: env with PATHWISE_TEST_NEO4J_URI, _USER, _PASSWORD and the JVM's pid (for
 *   benchmarks reading its memory), or `{ env: {} }` when Java/Maven are missing or Neo4j is external
 * @throws when CI=true and Neo4j cannot be started
 */
export async function startForTests(env = process.env) {
  if (env.PATHWISE_TEST_NEO4J_URI) return { env: {} };
  const missing = missingTools();
  if (missing.length > 0) {
    const message = `Neo4j for tests cannot start: ${missing.join(' and ')} not found on PATH.`;
    if (env.CI === 'true') throw new Error(`${message} CI needs Java 17+ and Maven.`);
    loud([
      message,
      'The Neo4j suites (test/neo4j) will be SKIPPED.',
      'Install Java 17+ and Maven to run them.',
    ]);
    return { env: {} };
  }
  const buildMs = ensureBuilt();
  const port = await freePort();
  const { child, uri, ms } = await startNeo4j({ port, exitWithParent: true, heap: env.NEO4J_HEAP });
  running = child;
  console.error(
    `[neo4j] test Neo4j up at ${uri} in ${(ms / 1000).toFixed(1)} s${buildMs ? ` (+ build ${(buildMs / 1000).toFixed(1)} s)` : ''}`,
  );
  return {
    pid: child.pid,
    env: {
      PATHWISE_TEST_NEO4J_URI: uri,
      PATHWISE_TEST_NEO4J_USER: 'neo4j',
      PATHWISE_TEST_NEO4J_PASSWORD: 'neo4j',
    },
  };
}

/** Stops the Neo4j that startForTests started (no-op otherwise). */
export async function stopForTests() {
  const child = running;
  running = undefined;
  if (!child || child.exitCode !== null) return;
  child.stdin?.end();
  await stopPid(child.pid);
}

/**
 * Starts a Neo4j of the caller's own on a free port, apart from the shared test one: for tests that
 * freeze (SIGSTOP) or stop it. Returns undefined when Java or Maven are missing (under CI=true, throws).
 * @returns `{ uri, pid, stop }`, or undefined
 */
export async function startOwnNeo4j(env = process.env) {
  const missing = missingTools();
  if (missing.length > 0) {
    if (env.CI === 'true')
      throw new Error(`own Neo4j cannot start: ${missing.join(' and ')} missing`);
    loud([`Own Neo4j cannot start: ${missing.join(' and ')} not found; that suite is SKIPPED.`]);
    return undefined;
  }
  ensureBuilt();
  const port = await freePort();
  const { child, uri } = await startNeo4j({ port, exitWithParent: true, heap: '512m' });
  return {
    uri,
    pid: child.pid,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.stdin?.end();
      await stopPid(child.pid);
    },
  };
}

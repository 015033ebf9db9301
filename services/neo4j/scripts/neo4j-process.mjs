// Shared by start.mjs, stop.mjs and harness.mjs: checks for Java and Maven, builds the harness project
// once (`mvn -q package`: classes + dependencies in target/lib), and starts Neo4j as `java -cp`,
// resolving when it prints its ready line and Bolt accepts a TCP connection.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
// The project's one liveness check, plain JavaScript so these unbuilt scripts can import it.
import { isProcessAlive } from '../../../packages/store/process-alive.mjs';

/** The services/neo4j directory. */
export const serviceDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/** @returns which of java and mvn are missing from PATH (empty when both run) */
export function missingTools() {
  const missing = [];
  if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status !== 0) missing.push('java');
  if (spawnSync('mvn', ['-v'], { stdio: 'ignore' }).status !== 0) missing.push('mvn');
  return missing;
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Builds the Maven project when target/ is missing or older than pom.xml or the sources.
 * The first build downloads Neo4j's harness and its dependencies from Maven Central.
 * @returns the milliseconds spent building (0 when up to date)
 */
export function ensureBuilt() {
  const marker = join(serviceDir, 'target', 'lib');
  const classes = join(
    serviceDir,
    'target',
    'classes',
    'dev',
    'pathwise',
    'neo4j',
    'NeoServer.class',
  );
  const sourcesTime = Math.max(
    statSync(join(serviceDir, 'pom.xml')).mtimeMs,
    newestMtime(join(serviceDir, 'src')),
  );
  if (existsSync(marker) && existsSync(classes) && statSync(classes).mtimeMs >= sourcesTime)
    return 0;
  const started = Date.now();
  console.error(
    '[neo4j] building services/neo4j with Maven (the first run downloads from Maven Central)...',
  );
  // Maven's output is kept and shown only on failure: even with -q and -B, Maven 3.8 writes bare
  // colour-reset escape codes to a terminal.
  const result = spawnSync('mvn', ['-q', '-B', 'package', '-DskipTests'], {
    cwd: serviceDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    const output = stripVTControlCharacters(`${result.stdout ?? ''}${result.stderr ?? ''}`).trim();
    throw new Error(`[neo4j] mvn package failed with status ${result.status}\n${output}`);
  }
  const ms = Date.now() - started;
  console.error(`[neo4j] built in ${(ms / 1000).toFixed(1)} s`);
  return ms;
}

/** @returns a TCP port that was free a moment ago on 127.0.0.1 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** @returns whether something accepts TCP connections on 127.0.0.1:port */
export function portAnswers(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Spawns Neo4j on a port.
 * @param options - `port`, `heap` (JVM -Xmx, default NEO4J_HEAP or 1g), `detached` (outlives this
 *   process, output to `logFd`), `exitWithParent` (stdin watch), `timeoutMs` to wait for Bolt,
 *   `tmpDir` (the JVM's temporary directory, where the throw-away database goes)
 * @returns `{ child, uri, ms }` once Bolt answers
 */
export async function startNeo4j({
  port,
  heap,
  detached = false,
  logFd,
  exitWithParent = false,
  timeoutMs = 180_000,
  tmpDir,
}) {
  const started = Date.now();
  const classpath = [
    join(serviceDir, 'target', 'classes'),
    join(serviceDir, 'target', 'lib', '*'),
  ].join(process.platform === 'win32' ? ';' : ':');
  const args = [
    `-Xmx${heap ?? process.env.NEO4J_HEAP ?? '1g'}`,
    // The database lives in a temporary directory under tmpDir (when given), so that whoever stops
    // Neo4j without a clean shutdown knows what to remove.
    ...(tmpDir ? [`-Djava.io.tmpdir=${tmpDir}`] : []),
    '-XX:+UseG1GC',
    '-cp',
    classpath,
    'dev.pathwise.neo4j.NeoServer',
  ];
  const env = {
    ...process.env,
    NEO4J_PORT: String(port),
    NEO4J_EXIT_ON_STDIN_EOF: exitWithParent ? '1' : '0',
  };
  const child = spawn('java', args, {
    cwd: serviceDir,
    env,
    detached,
    stdio: detached ? ['ignore', logFd, logFd] : ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  let exited = false;
  child.on('exit', () => (exited = true));
  if (!detached) {
    child.stdout.on('data', (c) => (output = (output + c.toString()).slice(-20_000)));
    child.stderr.on('data', (c) => (output = (output + c.toString()).slice(-20_000)));
  }
  for (;;) {
    if (exited) throw new Error(`[neo4j] Neo4j exited while starting:\n${output}`);
    if ((detached || output.includes('PATHWISE_NEO4J_READY')) && (await portAnswers(port))) break;
    if (Date.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(
        `[neo4j] Bolt did not answer on port ${port} within ${timeoutMs} ms:\n${output}`,
      );
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, uri: `bolt://127.0.0.1:${port}`, ms: Date.now() - started };
}

/**
 * Stops a Neo4j process: SIGTERM (clean shutdown), SIGKILL after `graceMs`. The database is
 * throw-away, so a clean shutdown (which can take 15 s on a busy machine) is not waited for long.
 * @param pid - its process id
 * @param graceMs - how long a clean shutdown may take
 * @returns `false` when it was not running, `'clean'` or `'killed'`
 */
export async function stopPid(pid, graceMs = 20_000) {
  const alive = () => isProcessAlive(pid);
  if (!alive()) return false;
  try {
    process.kill(pid, 'SIGTERM');
  } catch (error) {
    // Another user's process (EPERM): the pid file is stale and the pid was recycled.
    if (error.code === 'EPERM') return false;
    throw error;
  }
  const deadline = Date.now() + graceMs;
  while (alive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (!alive()) return 'clean';
  process.kill(pid, 'SIGKILL');
  while (alive()) await new Promise((r) => setTimeout(r, 20));
  return 'killed';
}

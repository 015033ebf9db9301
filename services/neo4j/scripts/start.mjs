// `pnpm neo4j:start`: starts the development Neo4j in the background with Bolt on
// 127.0.0.1:${NEO4J_PORT:-7687}, waits until Bolt answers, and writes services/neo4j/.run/neo4j.pid.
// The throw-away database goes under .run/tmp (see stop.mjs).
import { mkdirSync, openSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  ensureBuilt,
  missingTools,
  portAnswers,
  serviceDir,
  startNeo4j,
} from './neo4j-process.mjs';
import { isProcessAlive } from '../../../packages/store/process-alive.mjs';

const port = Number(process.env.NEO4J_PORT ?? 7687);
const runDir = join(serviceDir, '.run');
const pidFile = join(runDir, 'neo4j.pid');
mkdirSync(runDir, { recursive: true });

if (existsSync(pidFile)) {
  const pid = Number(readFileSync(pidFile, 'utf8'));
  // A live pid whose port answers is our Neo4j; a recycled pid is a stale file.
  if (isProcessAlive(pid) && (await portAnswers(port))) {
    console.log(`Neo4j is already running (pid ${pid}); \`pnpm neo4j:stop\` stops it.`);
    process.exit(0);
  }
  // else a stale pid file: start anew
}
const missing = missingTools();
if (missing.length > 0) {
  console.error(
    `Cannot start Neo4j: ${missing.join(' and ')} not found. Install Java 17+ and Maven, or use Docker (services/neo4j/README.md).`,
  );
  process.exit(1);
}
if (await portAnswers(port)) {
  console.error(`Port ${port} is already in use (another Neo4j?). Set NEO4J_PORT to another port.`);
  process.exit(1);
}
ensureBuilt();
const log = openSync(join(runDir, 'neo4j.log'), 'a');
const tmpDir = join(runDir, 'tmp');
mkdirSync(tmpDir, { recursive: true });
try {
  const { child, uri, ms } = await startNeo4j({ port, detached: true, logFd: log, tmpDir });
  writeFileSync(pidFile, String(child.pid));
  child.unref();
  console.log(
    `Neo4j is up at ${uri} after ${(ms / 1000).toFixed(1)} s (pid ${child.pid}, log services/neo4j/.run/neo4j.log).`,
  );
  console.log(`Use it: NEO4J_URI=${uri} NEO4J_USER=neo4j NEO4J_PASSWORD=neo4j (auth is disabled).`);
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

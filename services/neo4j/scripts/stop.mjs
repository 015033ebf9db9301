// `pnpm neo4j:stop`: stops the Neo4j that `pnpm neo4j:start` left running (by its pid file).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { serviceDir, stopPid } from './neo4j-process.mjs';

const pidFile = join(serviceDir, '.run', 'neo4j.pid');
if (!existsSync(pidFile)) {
  console.log('Neo4j is not running (no services/neo4j/.run/neo4j.pid).');
  process.exit(0);
}
const pid = Number(readFileSync(pidFile, 'utf8'));
const wasRunning = Number.isInteger(pid) && pid > 0 && (await stopPid(pid));
rmSync(pidFile, { force: true });
console.log(
  wasRunning
    ? `Neo4j (pid ${pid}) stopped.`
    : `Neo4j (pid ${pid}) was not running; removed its pid file.`,
);

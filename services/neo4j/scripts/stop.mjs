// `pnpm neo4j:stop`: stops the Neo4j that `pnpm neo4j:start` left running (by its pid file), within
// 5 s: SIGTERM, and SIGKILL when the clean shutdown takes longer than 1.5 s; then the throw-away
// database under .run/tmp is removed (a clean shutdown removes it itself).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { serviceDir, stopPid } from './neo4j-process.mjs';

const pidFile = join(serviceDir, '.run', 'neo4j.pid');
if (!existsSync(pidFile)) {
  console.log('Neo4j is not running (no services/neo4j/.run/neo4j.pid).');
  process.exit(0);
}
const pid = Number(readFileSync(pidFile, 'utf8'));
const stopped = Number.isInteger(pid) && pid > 0 ? await stopPid(pid, 1500) : false;
rmSync(pidFile, { force: true });
rmSync(join(serviceDir, '.run', 'tmp'), { recursive: true, force: true });
console.log(
  stopped === false
    ? `Neo4j (pid ${pid}) was not running; removed its pid file.`
    : `Neo4j (pid ${pid}) stopped${stopped === 'killed' ? ' (its throw-away data removed)' : ''}.`,
);

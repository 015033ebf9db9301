// Whether a process id names a live process on this host: the one liveness check of the project.
// The file store uses it to take over a dead owner's lock and to remove a dead writer's temporary
// files; the Neo4j scripts use it to wait for the database to stop. It is plain JavaScript outside
// `src/` (exported as `@pathwise/store/process-alive`) because those scripts run before anything is
// built and cannot import compiled TypeScript.
import { readFileSync } from 'node:fs';

/**
 * @param {number} pid - a process id (this process counts as alive)
 * @returns {boolean} true when the process exists, even if it belongs to another user (EPERM); a
 *   zombie (killed, not yet reaped by its parent) counts as gone
 */
export function isProcessAlive(pid) {
  if (pid === process.pid) return true;
  try {
    // Signal 0 checks existence and permission without signalling.
    process.kill(pid, 0);
  } catch (error) {
    if (error.code !== 'EPERM') return false;
  }
  try {
    return !/^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    // No /proc (macOS) or it vanished between the two checks: trust the signal.
    return true;
  }
}

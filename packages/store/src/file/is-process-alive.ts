/**
 * Whether a process id names a live process on this host: the one check behind taking over a dead
 * owner's lock and removing a dead writer's temporary files.
 */

/**
 * @param pid - a process id (this process counts as alive)
 * @returns true when the process exists, even if it belongs to another user (EPERM)
 */
export function isProcessAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    // Signal 0 checks existence and permission without signalling.
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

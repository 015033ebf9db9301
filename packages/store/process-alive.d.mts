// Types of process-alive.mjs.
/**
 * @param pid - a process id (this process counts as alive)
 * @returns true when the process exists, even if it belongs to another user (EPERM); a zombie counts
 *   as gone
 */
export function isProcessAlive(pid: number): boolean;

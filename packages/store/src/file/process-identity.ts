/**
 * Who holds a lock, told apart across PID reuse: a process id alone is not enough, since a container
 * restarted after a kill usually gives the new process the same PID as the dead one. Beside the PID
 * we keep the process's start time (field 22 of /proc/PID/stat, in clock ticks since boot) and the
 * boot id (/proc/sys/kernel/random/boot_id); a holder is alive only when a process with its PID runs
 * now, started at the same tick, in the same boot. Where /proc is missing (macOS, Windows) both are
 * absent and only the PID is compared, as before. Written by hand: no maintained npm package reads
 * a process's start time, and an OS lock (flock) is not reachable from Node without a native addon.
 */
import { readFileSync } from 'node:fs';
import { isProcessAlive } from '@pathwise/store/process-alive';

/** A process as a lock file records it. */
export interface ProcessIdentity {
  pid: number;
  /** Start time in clock ticks since boot; undefined where /proc is not available. */
  start?: string;
  /** The kernel's boot id; undefined where /proc is not available. */
  boot?: string;
}

const readProc = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return undefined;
  }
};

/**
 * @param pid - a process id
 * @returns its start time in clock ticks since boot, or undefined when it does not run or /proc is missing
 */
export function processStartTime(pid: number): string | undefined {
  const stat = readProc(`/proc/${pid}/stat`);
  if (stat === undefined) return undefined;
  // The command name (field 2) is in parentheses and may hold spaces; fields after it start at 3.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[22 - 3];
}

/** @returns this boot's id, or undefined where /proc is missing */
export function bootId(): string | undefined {
  return readProc('/proc/sys/kernel/random/boot_id');
}

/** @returns this process's identity, as it writes it into a lock */
export function currentIdentity(): ProcessIdentity {
  return { pid: process.pid, start: processStartTime(process.pid), boot: bootId() };
}

/**
 * @param identity - what to record
 * @returns the lock file's text: `PID START BOOT` (start and boot omitted where unknown)
 */
export function renderIdentity(identity: ProcessIdentity): string {
  return [identity.pid, identity.start, identity.boot].filter((x) => x !== undefined).join(' ');
}

/**
 * @param text - a lock file's text (also the older form that held only a PID)
 * @returns the identity, or undefined when the text names no process
 */
export function parseIdentity(text: string): ProcessIdentity | undefined {
  const [pidText, start, boot] = text.trim().split(/\s+/);
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  return { pid, start, boot };
}

/**
 * @param holder - a recorded identity
 * @returns true when that very process is still running (not merely one with its PID)
 */
export function isIdentityAlive(holder: ProcessIdentity): boolean {
  if (holder.boot !== undefined) {
    const boot = bootId();
    if (boot !== undefined && boot !== holder.boot) return false; // recorded before a reboot
  }
  if (holder.start !== undefined) {
    const start = processStartTime(holder.pid);
    // No such process now, or another one that reuses the PID.
    if (start !== undefined) return start === holder.start;
    if (bootId() !== undefined) return false; // /proc is there, the process is not
  } else if (holder.pid === process.pid && processStartTime(process.pid) !== undefined) {
    // An older PID-only lock naming this very PID: this process writes start times, so it is not ours.
    return false;
  }
  return isProcessAlive(holder.pid);
}

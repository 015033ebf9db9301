/**
 * Lowers the operating system's scheduling priority of the calling thread, so that when the cores are
 * contended the threads that answer quickly (the service's event loop, the quick planning lane) run
 * before the main lane's long plans. On Linux a nice value belongs to one thread, addressed by its
 * thread id, which a thread reads from /proc/thread-self (Node has no API for it); elsewhere (or if
 * the system refuses) nothing changes and the thread runs at the process's priority. Piscina's own
 * `niceIncrement` does the same through the native @napi-rs/nice module; this needs no native code.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * @param nice - the nice value to run at (0..19; higher runs later under contention)
 * @returns whether the priority was changed
 */
export function lowerThreadPriority(nice: number): boolean {
  if (!(nice > 0)) return false;
  try {
    // "<pid>/task/<tid>"
    const tid = Number(readlinkSync('/proc/thread-self').split('/').at(-1));
    if (!Number.isInteger(tid) || tid <= 0) return false;
    setPriority(tid, Math.min(19, nice));
    return true;
  } catch {
    return false;
  }
}

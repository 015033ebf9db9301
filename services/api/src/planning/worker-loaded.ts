/**
 * The message a planning worker posts once its module has loaded. On Node 20, terminating a worker
 * thread while it is still loading an ES module through require() aborts the whole process (a V8
 * fatal error, "IsGraphAsync must be used on an instantiated module"): Ctrl-C right after the
 * service said ready did that. So a lane waits for this message from each thread before stopping
 * them (plan-lane.ts), for at most LOAD_WAIT_MS.
 */
export const WORKER_LOADED = 'pathwise:plan-worker-loaded';

/** The longest a lane waits for its threads to load before stopping them anyway. */
export const LOAD_WAIT_MS = 10_000;

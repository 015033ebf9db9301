/**
 * Runs services/api/src/main.ts in its own process (node + tsx on the TypeScript sources), the way
 * `pnpm start` runs the built one, and collects its JSON log lines. Every process it starts that is
 * still running when the test file ends (a test that failed or timed out before stopping it) is killed
 * then, so a failure never leaves a service behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { repoRoot } from '../../helpers/conformance.js';

/** A service process. */
export interface Service {
  child: ChildProcess;
  lines: Record<string, unknown>[];
  exited: Promise<number | null>;
}

/**
 * @param env - added to this process's environment (PORT=0, HOST=127.0.0.1, NODE_ENV=production as in
 *   real use rather than vitest's "test", no NEO4J_URI unless given)
 * @returns the running process and its parsed stdout lines
 */
export function spawnService(env: Record<string, string>): Service {
  const child = spawnServiceProcess(env);
  const lines: Record<string, unknown>[] = [];
  let buffer = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      lines.push(JSON.parse(buffer.slice(0, nl)) as Record<string, unknown>);
      buffer = buffer.slice(nl + 1);
    }
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return { child, lines, exited };
}

/**
 * @param env - added to this process's environment (as for spawnService)
 * @returns the service process, its output not read
 */
export function spawnServiceProcess(env: Record<string, string>): ChildProcess {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', join(repoRoot, 'services/api/src/main.ts')],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        NEO4J_URI: '',
        NODE_ENV: 'production',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

/** Service processes started by this test file and not yet exited. */
const running = new Set<ChildProcess>();

// Vitest runs each test file with its own copy of this module, so this hook belongs to that file.
afterAll(async () => {
  const left = [...running];
  for (const child of left) child.kill('SIGKILL');
  await Promise.all(left.map((child) => new Promise((r) => child.once('exit', r))));
});

/** @returns whether a log record is the service's "ready at URL" line */
export function isReady(line: Record<string, unknown>): boolean {
  return typeof line.msg === 'string' && line.msg.startsWith('ready at ');
}

/**
 * Spawns the service and waits until it says it is ready (or fails, the process killed, when it
 * exits first or is not ready in time).
 * @param env - as for spawnService
 * @param ms - how long to wait for readiness (default 180 s: a loaded machine starts slowly)
 * @returns the running service and the port it listens on
 */
export async function spawnReadyService(
  env: Record<string, string>,
  ms = 180_000,
): Promise<{ service: Service; port: number }> {
  const service = spawnService(env);
  const ready = await Promise.race([
    waitFor(() => service.lines.find((l) => isReady(l)), 'ready', ms),
    service.exited.then((code) => {
      throw new Error(
        `the service exited with ${code} at start-up: ${JSON.stringify(service.lines)}`,
      );
    }),
  ]).catch((error: unknown) => {
    // Not left running when it did not become ready in time.
    service.child.kill('SIGKILL');
    throw error;
  });
  return { service, port: ready.port as number };
}

/** Polls `probe` until it returns a value. */
export async function waitFor<T>(
  probe: () => T | undefined,
  what: string,
  ms = 60_000,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Posts one GraphQL operation to a service process on loopback.
 * @param port - the service's port
 * @param query - the operation
 * @param key - the publisher key, sent as `Authorization: Bearer key`
 * @param timeoutMs - abort when it has not answered by then (a hang fails the test; default: none)
 * @returns the parsed JSON response
 */
export async function postGraphQL(
  port: number,
  query: string,
  key?: string,
  timeoutMs?: number,
): Promise<any> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(key ? { authorization: `Bearer ${key}` } : {}),
    },
    body: JSON.stringify({ query }),
    signal: timeoutMs === undefined ? null : AbortSignal.timeout(timeoutMs),
  });
  return res.json();
}

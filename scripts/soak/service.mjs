// The soak's service process: the built services/api (dist/main.js) on a loopback port, started,
// killed with SIGKILL and restarted on the same store. Its log goes to a file beside the store.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';

/**
 * Starts the service and waits for its `listening` line.
 * @param repoRoot - the repository root
 * @param env - the service's environment (store, keys, catalog)
 * @param logPath - where its stdout and stderr go (appended)
 * @returns `{ child, url }`, url the GraphQL endpoint
 */
export function startService(repoRoot, env, logPath) {
  const child = spawn(process.execPath, [join(repoRoot, 'services/api/dist/main.js')], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(logPath, { flags: 'a' });
  child.stderr.pipe(log);
  return new Promise((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(
      () => reject(new Error('the service did not start in 120 s')),
      120_000,
    );
    child.stdout.on('data', (chunk) => {
      log.write(chunk);
      buffer += chunk.toString('utf8');
      let nl;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        let entry;
        try {
          entry = JSON.parse(line);
        } catch {
          continue;
        }
        if (typeof entry.msg === 'string' && entry.msg.startsWith('ready at ')) {
          clearTimeout(timer);
          resolve({ child, url: `http://127.0.0.1:${entry.port}/graphql` });
        }
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the service exited with ${code} before listening (see ${logPath})`));
    });
  });
}

/** Kills the process with SIGKILL and waits for it to be gone. */
export function kill9(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/** Stops the process with SIGTERM (graceful), SIGKILL after 15 s. */
export function stopGracefully(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

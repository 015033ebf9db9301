// The soak's service process: the built services/api (dist/main.js) on a loopback port, started,
// killed with SIGKILL and restarted on the same store. Its stdout and stderr go straight to a log file
// beside the store (not through a pipe to the soak: a pipe the busy soak process reads late fills up,
// and then the service's synchronous log writes stall its event loop, which is not the service's
// fault); the soak finds the `ready at` line by reading the file.
import { spawn } from 'node:child_process';
import { Buffer } from 'node:buffer';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { clearInterval, setInterval } from 'node:timers';
import { join } from 'node:path';

/** Reads the log from `offset` on, in whole lines. @returns the lines and the offset after them */
function readLines(logPath, offset) {
  const size = statSync(logPath).size;
  if (size <= offset) return { lines: [], offset };
  const fd = openSync(logPath, 'r');
  try {
    const buffer = Buffer.alloc(size - offset);
    readSync(fd, buffer, 0, buffer.length, offset);
    const text = buffer.toString('utf8');
    const end = text.lastIndexOf('\n') + 1;
    return {
      lines: text.slice(0, end).split('\n'),
      offset: offset + Buffer.byteLength(text.slice(0, end)),
    };
  } finally {
    closeSync(fd);
  }
}

/**
 * Starts the service and waits for its `ready at` line.
 * @param repoRoot - the repository root
 * @param env - the service's environment (store, keys, catalog)
 * @param logPath - where its stdout and stderr go (appended)
 * @returns `{ child, url }`, url the GraphQL endpoint
 */
export function startService(repoRoot, env, logPath) {
  const log = openSync(logPath, 'a');
  let offset = statSync(logPath).size;
  // PATHWISE_SOAK_NODE_ARGS: node flags for the service (e.g. `--cpu-prof --cpu-prof-dir=DIR`, which
  // writes a profile when the service stops gracefully, the last of its three lives).
  const nodeArgs = (process.env.PATHWISE_SOAK_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(
    process.execPath,
    [...nodeArgs, join(repoRoot, 'services/api/dist/main.js')],
    {
      cwd: repoRoot,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production', ...env },
      stdio: ['ignore', log, log],
    },
  );
  closeSync(log);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      const read = readLines(logPath, offset);
      offset = read.offset;
      for (const line of read.lines) {
        let entry;
        try {
          entry = JSON.parse(line);
        } catch {
          continue;
        }
        if (typeof entry.msg === 'string' && entry.msg.startsWith('ready at ')) {
          clearInterval(poll);
          resolve({ child, url: `http://127.0.0.1:${entry.port}/graphql` });
          return;
        }
      }
      if (Date.now() - started > 120_000) {
        clearInterval(poll);
        reject(new Error('the service did not start in 120 s'));
      }
    }, 50);
    child.once('exit', (code) => {
      clearInterval(poll);
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

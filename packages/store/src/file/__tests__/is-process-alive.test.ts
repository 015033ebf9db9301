// isProcessAlive against real processes: this one, a child while it runs, and the same child once it
// has exited and been reaped.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { isProcessAlive } from '../is-process-alive.js';

describe('isProcessAlive', () => {
  it('is true for this process and a running child, false once the child has exited', async () => {
    expect(isProcessAlive(process.pid)).toBe(true);
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
      stdio: 'ignore',
    });
    await once(child, 'spawn');
    const pid = child.pid!;
    expect(isProcessAlive(pid)).toBe(true);
    child.kill('SIGKILL');
    await once(child, 'exit');
    expect(isProcessAlive(pid)).toBe(false);
  });

  it('is false for ids that name no process', () => {
    expect(isProcessAlive(Number.NaN)).toBe(false);
    expect(isProcessAlive(2 ** 22 + 1)).toBe(false);
  });
});

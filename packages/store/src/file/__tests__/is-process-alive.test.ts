// isProcessAlive against real processes: this one, a child while it runs, a zombie, and a child once it
// has exited and been reaped.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { isProcessAlive } from '@pathwise/store/process-alive';

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

  it('is false for a zombie: killed, but not yet reaped by its parent', async () => {
    // The shell starts `sleep 0` in the background, then becomes `sleep 5`, which never waits for it.
    const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 5'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const [chunk] = (await once(parent.stdout!, 'data')) as [Buffer];
    const zombie = Number(chunk.toString().trim());
    await waitUntil(() => /^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${zombie}/stat`, 'utf8')));
    expect(isProcessAlive(zombie)).toBe(false);
    parent.kill('SIGKILL');
  });

  it('is false for ids that name no process', () => {
    expect(isProcessAlive(Number.NaN)).toBe(false);
    expect(isProcessAlive(2 ** 22 + 1)).toBe(false);
  });
});

/** Polls `ready` every 10 ms, up to 5 s. */
async function waitUntil(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !ready(); i++) await sleep(10);
}

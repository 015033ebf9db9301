/**
 * Issue 13 item 3: a lock left by a killed process does not block start-up or publishes when a new
 * process reuses its PID (usual in containers), while a live holder still blocks. The locks are real
 * files in a real store directory; the dead holder is a real child killed with SIGKILL mid-publish.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FileCatalogStore } from '@pathwise/store';
import { makeCredential, richCatalog } from '@pathwise/store/contract';
import { runKillableChild } from '../helpers/fixture-process.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = await mkdtemp(join(tmpdir(), 'pathwise-stale-lock-'));
afterAll(() => rm(root, { recursive: true, force: true }));

const hasProc = (() => {
  try {
    readFileSync('/proc/self/stat');
    return true;
  } catch {
    return false;
  }
})();

/** Field 22 of /proc/PID/stat: the start time in ticks since boot. */
const startTicks = (pid: number): string => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]!;
};
const bootId = (): string => readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();

async function seeded(name: string): Promise<string> {
  const dir = join(root, name);
  const store = await FileCatalogStore.open(dir, { seed: richCatalog() });
  await store.close();
  return dir;
}

/** Opens the store (short lock timeout: a wrongly live lock fails in 1.5 s) and publishes once. */
async function openAndPublish(dir: string): Promise<number> {
  const store = await FileCatalogStore.open(dir, { lockTimeoutMs: 1500 });
  try {
    const next = await store.apply({
      kind: 'publish',
      provider: 'corp',
      credentials: [makeCredential('after-stale-lock', 'corp')],
    });
    return next.version;
  } finally {
    await store.close();
  }
}

describe.skipIf(!hasProc)('file store: stale lock across PID reuse', () => {
  it('takes over a lock with this PID but an older start time', async () => {
    const dir = await seeded('older-start');
    const older = String(Number(startTicks(process.pid)) - 1);
    await writeFile(join(dir, 'catalog.json.lock'), `${process.pid} ${older} ${bootId()}`);
    expect(await openAndPublish(dir)).toBe(2);
  });

  it('takes over a lock with this PID and start time but another boot id', async () => {
    const dir = await seeded('other-boot');
    await writeFile(
      join(dir, 'catalog.json.lock'),
      `${process.pid} ${startTicks(process.pid)} 00000000-0000-0000-0000-000000000000`,
    );
    expect(await openAndPublish(dir)).toBe(2);
  });

  it('takes over the lock of a process killed mid-publish whose PID is now this one', async () => {
    const dir = await seeded('killed');
    const run = await runKillableChild(
      join(here, 'fixtures', 'file-publish-child.ts'),
      [dir, 'log-written', '50'],
      { on: 'STAGE log-written' },
    );
    expect(run.killed, run.output).toBe(true);
    const lock = join(dir, 'catalog.json.lock');
    const [deadPid, deadStart, deadBoot] = (await readFile(lock, 'utf8')).split(' ');
    expect(Number(deadPid)).not.toBe(process.pid);
    expect(deadBoot).toBe(bootId());
    // The PID is reused by this process: same lock, same start time and boot, PID now ours.
    await writeFile(lock, `${process.pid} ${deadStart} ${deadBoot}`);
    expect(await openAndPublish(dir)).toBe(2);
  });

  it('still waits for a live holder, and for this very process', async () => {
    const dir = await seeded('live');
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
      stdio: 'ignore',
    });
    await once(child, 'spawn');
    const lock = join(dir, 'catalog.json.lock');
    try {
      await writeFile(lock, `${child.pid} ${startTicks(child.pid!)} ${bootId()}`);
      await expect(openAndPublish(dir)).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
      await writeFile(lock, `${process.pid} ${startTicks(process.pid)} ${bootId()}`);
      await expect(openAndPublish(dir)).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    } finally {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }
    // Once the holder is dead its lock no longer counts.
    await writeFile(lock, `${child.pid} ${startTicks(process.pid)} ${bootId()}`);
    expect(await openAndPublish(dir)).toBe(2);
  });
});

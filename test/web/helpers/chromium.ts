/**
 * Debian's Chromium (/usr/bin/chromium) driven by playwright-core: no browser download. Where it is
 * missing the browser suites warn loudly and skip, except under CI=true, where they fail.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

import { CHROMIUM_PATH, chromiumLaunchOptions } from '@pathwise/web/chromium';

/**
 * @returns whether the browser suites can run; warns loudly when not
 * @throws Error under CI=true when Chromium is missing
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const message = `${CHROMIUM_PATH} is missing: the browser tests cannot run (apt-get install -y chromium).`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`\n!!!!!!!!!!\n!!! SKIPPING the browser tests: ${message}\n!!!!!!!!!!\n`);
  return false;
}

/** A running Chromium with a fresh profile. */
export interface TestBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** @returns Chromium started on a fresh --user-data-dir (removed on close) */
export async function launchChromium(): Promise<TestBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'pathwise-chromium-'));
  // launchPersistentContext passes the fresh folder as --user-data-dir.
  const context = await chromium.launchPersistentContext(profile, chromiumLaunchOptions());
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

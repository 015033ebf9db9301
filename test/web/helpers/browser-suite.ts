/**
 * One browser suite's fixtures: the real service with a fresh build of the page, and Chromium on a
 * fresh profile, started before the suite's tests and stopped after (nothing starts when Chromium
 * is missing; chromiumAvailable says so loudly, or fails under CI=true).
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import type { Catalog } from '@pathwise/core';
import type { TestApi } from '../../api/helpers/api-server.js';
import { chromiumAvailable, launchChromium, type TestBrowser } from './chromium.js';
import { ARTIFACTS, startWebApi } from './web-api.js';

/** A browser suite's fixtures, set once its beforeAll has run. */
export interface BrowserSuite {
  /** Whether the suite runs (false: skip it). */
  run: boolean;
  api(): TestApi;
  browser(): TestBrowser;
}

/**
 * @param keys - publisher keys the service accepts (key → provider)
 * @param catalog - the catalog the service serves (default: the example catalog)
 * @returns the fixtures, with their beforeAll / afterAll registered
 */
export function browserSuite(keys: Record<string, string> = {}, catalog?: Catalog): BrowserSuite {
  const run = chromiumAvailable();
  let api: TestApi | undefined;
  let browser: TestBrowser | undefined;
  beforeAll(async () => {
    if (!run) return;
    mkdirSync(ARTIFACTS, { recursive: true });
    api = await startWebApi(keys, catalog);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });
  return { run, api: () => api!, browser: () => browser! };
}

/**
 * The real service on a free port over the example catalog (or a test's own), serving a fresh build
 * of the page.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalog } from '@pathwise/core';
import { startTestApi, type TestApi } from '../../api/helpers/api-server.js';
import { buildWeb } from './build-web.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Screenshots and other artefacts of the browser tests (git-ignored). */
export const ARTIFACTS = join(root, 'test/web/artifacts');

/** The README's pictures, refreshed by the browser tests under UPDATE_PICTURES=1. */
export const PICTURES = join(root, 'docs/images');

/**
 * Saves a page's screenshot as a test artefact; a README picture is also copied to docs/images under
 * UPDATE_PICTURES=1 (only then, so an ordinary test run leaves the tracked pictures untouched).
 * @param page - the page
 * @param name - the file name, e.g. `learner-desktop.png`
 * @param readme - whether the README shows it
 */
export async function screenshot(
  page: { screenshot(o: { path: string; fullPage: boolean }): Promise<unknown> },
  name: string,
  readme = false,
): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, name), fullPage: true });
  if (readme && process.env.UPDATE_PICTURES === '1') {
    mkdirSync(PICTURES, { recursive: true });
    copyFileSync(join(ARTIFACTS, name), join(PICTURES, name));
  }
}

/** @returns the example catalog */
export function exampleCatalog(): Catalog {
  return JSON.parse(
    readFileSync(join(root, 'examples/catalogs/tech-careers.json'), 'utf8'),
  ) as Catalog;
}

/**
 * @param keys - publisher keys (key → provider), for the publisher view
 * @param catalog - the catalog to serve (default: the example catalog)
 * @returns the service, with the page built into a fresh folder
 */
export async function startWebApi(
  keys: Record<string, string> = {},
  catalog: Catalog = exampleCatalog(),
): Promise<TestApi> {
  const webRoot = await buildWeb();
  // The browser tests compare the page's tables with the API's answer to the same query, asked at
  // another moment. `reachable` gives each candidate 200 ms by default, and under CI's load a hard
  // candidate's proof (comptia-csap at 5 h a week in 26 weeks: 8 ms idle) once ran out of it in one
  // of the two asks only, listing it undecided there. Budgets that no load reaches keep both answers
  // the same.
  return startTestApi(catalog, {
    webRoot,
    keys,
    limits: { batchPlanTimeBudgetMs: 60_000, requestPlanBudgetMs: 600_000 },
  });
}

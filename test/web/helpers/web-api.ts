/**
 * The real service on a free port over the example catalog, serving a fresh build of the page.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalog } from '@pathwise/core';
import { startTestApi, type TestApi } from '../../api/helpers/api-server.js';
import { buildWeb } from './build-web.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Screenshots and other artefacts of the browser tests (git-ignored). */
export const ARTIFACTS = join(root, 'test/web/artifacts');

/** @returns the example catalog */
export function exampleCatalog(): Catalog {
  return JSON.parse(
    readFileSync(join(root, 'examples/catalogs/tech-careers.json'), 'utf8'),
  ) as Catalog;
}

/**
 * @param keys - publisher keys (key → provider), for the publisher view
 * @returns the service, with the page built into a fresh folder
 */
export async function startWebApi(keys: Record<string, string> = {}): Promise<TestApi> {
  const webRoot = await buildWeb();
  return startTestApi(exampleCatalog(), { webRoot, keys });
}

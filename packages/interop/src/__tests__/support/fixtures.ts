/**
 * Reads the fixture files beside the tests, and finds credentials in an imported catalog by name.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalog, Credential, Requirement } from '@pathwise/core';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** @returns the parsed fixture */
export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, '')) as unknown;
}

/** @returns the raw text of the fixture */
export function fixtureText(name: string): string {
  return readFileSync(join(dir, name), 'utf8');
}

/** @returns the credential with this name; fails the test when absent */
export function byName(catalog: Catalog, name: string): Credential {
  const found = catalog.credentials.find((c) => c.name === name);
  if (!found)
    throw new Error(
      `no credential named "${name}" in ${catalog.credentials.map((c) => c.name).join(', ')}`,
    );
  return found;
}

/** @returns the requirement with every id replaced by its credential's name, for readable assertions */
export function namedRule(catalog: Catalog, req: Requirement | undefined): unknown {
  const names = new Map(catalog.credentials.map((c) => [c.id, c.name] as const));
  const rename = (r: Requirement): unknown => {
    if (typeof r === 'string') return names.get(r) ?? `?${r}`;
    if ('all' in r) return { all: r.all.map(rename) };
    if ('any' in r) return { any: r.any.map(rename) };
    if ('atLeast' in r) return { atLeast: r.atLeast, of: r.of.map(rename) };
    return { credits: r.credits, of: r.of.map(rename) };
  };
  return req === undefined ? undefined : rename(req);
}

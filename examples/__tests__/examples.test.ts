/**
 * The example catalogs and queries are what users run first, so each is checked here: every catalog
 * passes @pathwise/core's validator and the official JSON Schema, the tech-careers catalog is as big
 * and varied as promised, its sources note covers exactly its credentials, and every query names
 * credentials that exist.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  CATALOG_FORMAT,
  CATALOG_FORMAT_V2,
  CREDENTIAL_FIELDS_V2_ONLY,
  CatalogInvalidError,
  parseCatalog,
  parseIsoDate,
  requirementForm,
} from '@pathwise/core';
import type { Catalog, Requirement } from '@pathwise/core';

const examplesDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(examplesDir, '..');
const catalogsDir = join(examplesDir, 'catalogs');
const queriesDir = join(examplesDir, 'queries');
const schemaPath = resolve(repoRoot, 'docs/schema/catalog-v1.schema.json');

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const catalogFiles = readdirSync(catalogsDir)
  .filter((f) => f.endsWith('.json'))
  .sort();
const queryFiles = readdirSync(queriesDir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort();

const ajv = new Ajv2020({ allErrors: true, strict: false });
const schemaCheck = ajv.compile(readJson(schemaPath) as object);

/** Every requirement node under `r`, itself included, depth first. */
function nodes(r: Requirement): Requirement[] {
  if (typeof r === 'string') return [r];
  if ('credits' in r) return [r];
  const children = 'all' in r ? r.all : 'any' in r ? r.any : r.of;
  return [r, ...children.flatMap(nodes)];
}

/**
 * The catalog-v1 part of a catalog document: a v2 document with its v2-only fields left out
 * (v2 is v1 plus those fields), so the official v1 JSON Schema still checks everything else.
 */
function v1Part(doc: unknown): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  if (copy.format !== CATALOG_FORMAT_V2) return copy;
  copy.format = CATALOG_FORMAT;
  delete copy.offers;
  for (const c of copy.credentials as Record<string, unknown>[])
    for (const field of CREDENTIAL_FIELDS_V2_ONLY) delete c[field];
  return copy;
}

/** Credential ids named in the first column of the sources note's table rows. */
function sourceRowIds(markdown: string): string[] {
  return [...markdown.matchAll(/^\| `([^`]+)` +\|/gm)].map((m) => m[1]!);
}

describe('example catalogs', () => {
  it('there is at least one catalog to check', () => {
    expect(catalogFiles).toContain('tech-careers.json');
  });

  it.each(catalogFiles)('%s passes parseCatalog (all catalog-v1 rules)', (file) => {
    const catalog = parseCatalog(readJson(join(catalogsDir, file)));
    expect(catalog.credentials.length).toBeGreaterThan(0);
  });

  it.each(catalogFiles)('%s passes the official JSON Schema (its v1 part)', (file) => {
    const valid = schemaCheck(v1Part(readJson(join(catalogsDir, file))));
    expect(schemaCheck.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the checks have teeth: a broken copy fails both the validator and the schema', () => {
    const broken = readJson(join(catalogsDir, 'tech-careers.json')) as Catalog;
    const first = broken.credentials[0]!;
    broken.credentials.push({ ...first }); // duplicate id
    (broken.credentials[1] as { cost: unknown }).cost = -5;
    expect(() => parseCatalog(broken)).toThrow(CatalogInvalidError);
    try {
      parseCatalog(broken);
    } catch (error) {
      expect((error as CatalogInvalidError).code).toBe('CATALOG_INVALID');
      expect((error as CatalogInvalidError).faults.length).toBeGreaterThanOrEqual(2);
    }
    expect(schemaCheck(broken)).toBe(false);
  });
});

describe('tech-careers catalog', () => {
  const catalog = parseCatalog(readJson(join(catalogsDir, 'tech-careers.json')));
  const ids = new Set(catalog.credentials.map((c) => c.id));

  it('has 80+ credentials from 6+ providers', () => {
    expect(catalog.credentials.length).toBeGreaterThanOrEqual(80);
    const used = new Set(catalog.credentials.map((c) => c.provider).filter(Boolean));
    expect(used.size).toBeGreaterThanOrEqual(6);
    expect(catalog.currency).toBe('USD');
  });

  it('uses every requirement form: plain id, all, any, atLeast, credits, and nesting', () => {
    const all = catalog.credentials.flatMap((c) =>
      c.requires === undefined ? [] : nodes(c.requires),
    );
    const forms = new Set(all.map((r) => requirementForm(r)));
    expect([...forms].sort()).toEqual(['all', 'any', 'atLeast', 'credits', 'id'].sort());
    const nested = catalog.credentials.some(
      (c) =>
        c.requires !== undefined &&
        typeof c.requires !== 'string' &&
        nodes(c.requires).some((n, i) => i > 0 && typeof n !== 'string'),
    );
    expect(nested).toBe(true);
  });

  it('ids are lowercase kebab-case starting with their provider id', () => {
    for (const c of catalog.credentials) {
      expect(c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(c.provider, c.id).toBeDefined();
      expect(c.id.startsWith(`${c.provider}-`), c.id).toBe(true);
    }
  });

  it('gives lapsing certifications a validity and every credential a url', () => {
    for (const id of ['aws-saa-c03', 'comptia-security-plus', 'microsoft-az-104', 'pmi-pmp']) {
      expect(catalog.credentials.find((c) => c.id === id)?.validityMonths, id).toBeGreaterThan(0);
    }
    for (const c of catalog.credentials) expect(c.url, c.id).toMatch(/^https:\/\//);
  });

  describe('sources note', () => {
    const note = readFileSync(join(catalogsDir, 'tech-careers.sources.md'), 'utf8');
    const rowIds = sourceRowIds(note);

    it('has a table to check', () => {
      expect(rowIds.length).toBeGreaterThanOrEqual(catalog.credentials.length);
    });

    it('names only credentials that exist', () => {
      expect(rowIds.filter((id) => !ids.has(id))).toEqual([]);
    });

    it('has a row for every credential', () => {
      const covered = new Set(rowIds);
      expect([...ids].filter((id) => !covered.has(id))).toEqual([]);
    });

    it('gives the source of every alias (badge template URL or id) the catalog lists', () => {
      const aliases = catalog.credentials.flatMap((c) => c.aliases ?? []);
      expect(aliases.length).toBeGreaterThan(0);
      expect(aliases.filter((a) => !note.includes(a))).toEqual([]);
    });

    it('defines every source label it cites', () => {
      const defined = new Set([...note.matchAll(/^- \*\*\[([a-z-]+)\]\*\*/gm)].map((m) => m[1]));
      const cited = new Set([...note.matchAll(/\[([a-z][a-z-]*)\]/g)].map((m) => m[1]));
      expect([...cited].filter((label) => !defined.has(label))).toEqual([]);
    });
  });
});

describe('example queries', () => {
  const catalogIds = new Set(
    catalogFiles.flatMap((f) =>
      parseCatalog(readJson(join(catalogsDir, f))).credentials.map((c) => c.id),
    ),
  );

  it('there is at least one query file', () => {
    expect(queryFiles.length).toBeGreaterThan(0);
  });

  it.each(queryFiles)('%s: every line is a well-formed query naming existing ids', (file) => {
    const lines = readFileSync(join(queriesDir, file), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const [n, line] of lines.entries()) {
      const q = JSON.parse(line) as {
        target: string;
        have: { id: string; earnedOn?: string }[];
        asOf?: string;
        objective?: string;
      };
      const where = `${file}:${n + 1}`;
      expect(
        Object.keys(q).filter((k) => !['target', 'have', 'asOf', 'objective'].includes(k)),
        where,
      ).toEqual([]);
      expect(catalogIds.has(q.target), `${where} target ${q.target}`).toBe(true);
      expect(Array.isArray(q.have), where).toBe(true);
      for (const h of q.have) {
        expect(catalogIds.has(h.id), `${where} have ${h.id}`).toBe(true);
        if (h.earnedOn !== undefined) expect(() => parseIsoDate(h.earnedOn!), where).not.toThrow();
      }
      if (q.asOf !== undefined) expect(() => parseIsoDate(q.asOf!), where).not.toThrow();
      if (q.objective !== undefined) expect(['cheapest', 'fastest'], where).toContain(q.objective);
    }
  });
});

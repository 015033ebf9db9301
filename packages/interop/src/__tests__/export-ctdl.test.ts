// exportCtdl: catalog -> CTDL -> catalog keeps every rule and number (fixtures and random catalogs).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { UnknownCredentialError, parseCatalog, requirementIds } from '@pathwise/core';
import { exportCtdl } from '../ctdl/export-ctdl.js';
import { importCtdl } from '../ctdl/import-ctdl.js';
import { canonicalRequirement } from '../requirement/canonical.js';
import { catalogArb, withCanonicalRules } from '@pathwise/test-support';
import { fixture } from './support/fixtures.js';
import { expandJsonLd } from './support/expand-jsonld.js';

const roundTrip = (doc: object) => importCtdl(JSON.parse(JSON.stringify(doc)) as unknown);

describe('exportCtdl', () => {
  it('writes a ceterms:Pathway with components, conditions and a credit constraint', () => {
    const { catalog } = importCtdl(fixture('university-pathway.ctdl.json'));
    const doc = exportCtdl(catalog) as { '@graph': Record<string, unknown>[] };
    const types = doc['@graph'].map((n) => n['@type']);
    expect(types[0]).toBe('ceterms:Pathway');
    expect(types).toContain('ceterms:CourseComponent');
    expect(types).toContain('ceterms:CredentialOrganization');
    const text = JSON.stringify(doc);
    expect(text).toContain('"ceterms:leftAction":"array:Sum"');
    expect(text).toContain('"ceterms:comparator":"compare:GTEQ"');
  });

  it.each([
    'university-pathway.ctdl.json',
    'badge-programme.expanded.json',
    'vendor-certification-chain.ctdl.json',
  ])('round-trips the import of %s exactly, with no warning', (name) => {
    const first = importCtdl(fixture(name));
    const second = roundTrip(exportCtdl(first.catalog));
    expect(second.catalog).toEqual(first.catalog);
    expect(second.warnings).toEqual([]);
  });

  it('round-trips random catalogs: every rule (canonical form) and every number', () => {
    fc.assert(
      fc.property(catalogArb(10), (catalog) => {
        const back = roundTrip(exportCtdl(catalog));
        expect(back.catalog).toEqual(withCanonicalRules(catalog, canonicalRequirement));
        expect(parseCatalog(back.catalog)).toBe(back.catalog);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps identity through export and import: source @ids, CTIDs and the pathway (random catalogs)', () => {
    fc.assert(
      fc.property(catalogArb(8), fc.boolean(), (catalog, registry) => {
        const credentials = catalog.credentials.map((c, i) => ({
          ...c,
          'x-ctdl-id': registry
            ? `https://credentialengineregistry.org/resources/ce-${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`
            : `https://example.org/pathway/components/${encodeURIComponent(c.id)}`,
        }));
        const destination = credentials[credentials.length - 1]!.id;
        const sourced = {
          ...catalog,
          credentials,
          'x-ctdl-pathways': [
            {
              iri: 'https://example.org/pathway/1',
              name: 'A named pathway',
              destinations: [destination],
            },
          ],
        };
        const doc = exportCtdl(sourced) as { '@graph': Record<string, unknown>[] };
        for (const c of credentials)
          expect(doc['@graph'].some((n) => n['@id'] === c['x-ctdl-id'])).toBe(true);
        const back = roundTrip(doc);
        expect(back.catalog).toEqual(withCanonicalRules(sourced, canonicalRequirement));
        expect(back.pathways).toEqual(sourced['x-ctdl-pathways']);
      }),
      { numRuns: 100 },
    );
  });

  it('reads the expanded form of an export exactly as the compact form (random catalogs)', () => {
    fc.assert(
      fc.property(catalogArb(8), (catalog) => {
        const doc = exportCtdl(catalog) as Parameters<typeof expandJsonLd>[0];
        const expanded = expandJsonLd(JSON.parse(JSON.stringify(doc)) as typeof doc);
        expect(JSON.stringify(expanded)).not.toContain('ceterms:hasCondition');
        const back = importCtdl(expanded);
        expect(back.catalog).toEqual(roundTrip(doc).catalog);
        expect(back.warnings).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });

  it('exports one target with exactly what its requirements reach, as the destination', () => {
    fc.assert(
      fc.property(catalogArb(8), fc.nat(), (catalog, pick) => {
        const target = catalog.credentials[pick % catalog.credentials.length]!;
        const back = roundTrip(exportCtdl(catalog, { target: target.id }));
        const reach = new Set<string>();
        const visit = (id: string): void => {
          if (reach.has(id)) return;
          reach.add(id);
          requirementIds(catalog.credentials.find((c) => c.id === id)!.requires).forEach(visit);
        };
        visit(target.id);
        expect(new Set(back.catalog.credentials.map((c) => c.id))).toEqual(reach);
        expect(back.pathways).toEqual([expect.objectContaining({ destinations: [target.id] })]);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses an unknown target', () => {
    const { catalog } = importCtdl(fixture('vendor-certification-chain.ctdl.json'));
    expect(() => exportCtdl(catalog, { target: 'nope' })).toThrow(UnknownCredentialError);
  });
});

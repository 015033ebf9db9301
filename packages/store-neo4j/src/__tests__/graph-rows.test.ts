/**
 * The catalog ↔ graph-row mapping without a database: flattening and rebuilding give back every
 * credential exactly, and the rows have the shape the Cypher statements expect.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Requirement } from '@pathwise/core';
import { generatedCatalog, richCatalog, richCatalogV2 } from '@pathwise/store/contract';
import type { RequirementNode } from '../graph-rows.js';
import { credentialFromProps, credentialRows, requirementFromNodes } from '../graph-rows.js';

/** What the reader does with rows coming back from Neo4j. */
function roundTrip(credential: Parameters<typeof credentialRows>[0]) {
  const rows = credentialRows(credential);
  const nodes = new Map<string, RequirementNode>();
  for (const r of rows.requirements)
    nodes.set(r.rid, { kind: r.kind, k: r.k, credits: r.credits, members: [] });
  for (const e of [...rows.edges].reverse())
    nodes.get(e.from)!.members.push({ order: e.order, to: e.to, child: e.child });
  const rid = `${credential.id}#r`;
  return credentialFromProps(
    rows.props,
    credential.provider ?? null,
    nodes.has(rid) ? requirementFromNodes(rid, nodes) : undefined,
  );
}

describe('graph rows', () => {
  it('round-trips every credential of the rich and a generated catalog exactly', () => {
    for (const c of [...richCatalog().credentials, ...generatedCatalog(300).credentials])
      expect(roundTrip(c)).toEqual(c);
  });

  it('round-trips every catalog-v2 field: retired and pace as properties, the rest as JSON', () => {
    for (const c of richCatalogV2().credentials) expect(roundTrip(c)).toEqual(c);
    const stats = credentialRows(richCatalogV2().credentials.find((c) => c.id === 'stats')!);
    expect(stats.props.retired).toBe(true);
    expect(JSON.parse(stats.props.renewal as string)).toEqual({
      cost: 5,
      effortHours: 2,
      by: ['sql'],
    });
  });

  it('flattens a nested requirement into groups with parent, order and depth', () => {
    const analyst = richCatalog().credentials.find((c) => c.id === 'analyst')!;
    const rows = credentialRows(analyst);
    expect(rows.requirements.map((r) => [r.rid, r.kind, r.parent, r.order, r.depth, r.k])).toEqual([
      ['analyst#r', 'all', null, null, 0, null],
      ['analyst#r.1', 'atLeast', 'analyst#r', 1, 1, 2],
      ['analyst#r.1.2', 'any', 'analyst#r.1', 2, 2, null],
    ]);
    expect(rows.edges.filter((e) => e.to !== null).map((e) => [e.from, e.order, e.to])).toEqual([
      ['analyst#r', 0, 'py'],
      ['analyst#r.1', 0, 'sql'],
      ['analyst#r.1', 1, 'viz'],
      ['analyst#r.1.2', 0, 'stats'],
      ['analyst#r.1.2', 1, 'py'],
    ]);
    expect(JSON.parse(rows.props.extras as string)).toEqual({ 'x-ctdl': analyst['x-ctdl'] });
  });

  it('round-trips random requirement trees', () => {
    const id = fc.constantFrom('a', 'b', 'c', 'd');
    const { tree } = fc.letrec<{ tree: Requirement }>((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        id,
        fc.array(tie('tree'), { minLength: 1, maxLength: 4 }).map((all) => ({ all })),
        fc.array(tie('tree'), { minLength: 1, maxLength: 4 }).map((any) => ({ any })),
        fc
          .array(tie('tree'), { minLength: 1, maxLength: 4 })
          .chain((of) =>
            fc.integer({ min: 1, max: of.length }).map((atLeast) => ({ atLeast, of })),
          ),
        fc.array(id, { minLength: 1, maxLength: 4 }).map((of) => ({ credits: 1.5, of })),
      ),
    }));
    fc.assert(
      fc.property(tree, (requires) => {
        const c = {
          id: 'x',
          name: 'X',
          kind: 'badge' as const,
          cost: 1,
          durationWeeks: 1,
          requires,
        };
        expect(roundTrip(c)).toEqual(c);
      }),
    );
  });
});

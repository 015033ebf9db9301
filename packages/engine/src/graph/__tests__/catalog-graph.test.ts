// The graphology model: nodes per credential and per requirement group, edges toward what they unlock.
import { describe, expect, it } from 'vitest';
import { indexCatalog } from '@pathwise/core';
import { catalogGraph } from '../catalog-graph.js';
import { makeCatalog } from '../../compile/__tests__/make-catalog.js';
import { createPlanner } from '../../plan/create-planner.js';

const catalog = makeCatalog(
  ['a', 1, 1, undefined, { credits: 2 }],
  ['b', 2, 1, 'a'],
  ['c', 3, 1, { all: ['b', { atLeast: 2, of: ['a', 'a', 'b'] }] }],
  ['d', 4, 1, { credits: 2, of: ['a', 'b'] }],
);

describe('catalogGraph', () => {
  const graph = catalogGraph(indexCatalog(catalog));
  it('has a node per credential and per requirement group', () => {
    expect(graph.getNodeAttributes('a')).toMatchObject({ type: 'credential', cost: 1, credits: 2 });
    expect(graph.getNodeAttributes('c#requires')).toMatchObject({
      type: 'requirement',
      form: 'all',
      owner: 'c',
    });
    expect(graph.getNodeAttributes('c#requires.all[1]')).toMatchObject({
      form: 'atLeast',
      threshold: 2,
    });
    expect(graph.getNodeAttributes('d#requires')).toMatchObject({ form: 'credits', threshold: 2 });
    expect(graph.order).toBe(4 + 3);
  });
  it('points edges toward what they unlock, counting repeated children', () => {
    expect(graph.hasDirectedEdge('a', 'b')).toBe(true);
    expect(graph.hasDirectedEdge('c#requires', 'c')).toBe(true);
    expect(graph.hasDirectedEdge('c#requires.all[1]', 'c#requires')).toBe(true);
    expect(graph.getEdgeAttribute('a', 'c#requires.all[1]', 'multiplicity')).toBe(2);
    expect(graph.outNeighbors('a').sort()).toEqual(['b', 'c#requires.all[1]', 'd#requires']);
    expect(graph.inDegree('a')).toBe(0);
  });
  it('is built once per index and reused', () => {
    const planner = createPlanner(catalog);
    expect(catalogGraph(planner.index)).toBe(catalogGraph(planner.index));
  });
});

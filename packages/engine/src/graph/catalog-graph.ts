/**
 * The catalog as a graphology DirectedGraph, the model of issue 3: a node per credential and per
 * requirement group (all / any / atLeast / credits), edges pointing toward what they unlock
 * (prerequisite -> group -> credential). Built lazily, once per catalog index, and cached: the
 * planners run on the compact index, so a 10^6-credential catalog never pays for it unless asked.
 */
import { DirectedGraph } from 'graphology';
import type { CatalogIndex, Requirement } from '@pathwise/core';
import { isAll, isAny, isAtLeast, requirementForm } from '@pathwise/core';

/** Attributes of a credential node. */
export interface CredentialNodeAttributes {
  type: 'credential';
  name: string;
  cost: number;
  durationWeeks: number;
  credits: number;
}

/** Attributes of a requirement-group node (key `<owner>#requires<path>`). */
export interface RequirementNodeAttributes {
  type: 'requirement';
  form: 'all' | 'any' | 'atLeast' | 'credits';
  /** k of atLeast, n of credits. */
  threshold?: number;
  /** The credential whose `requires` this group belongs to. */
  owner: string;
}

/** Attributes of an edge: how many times the child is named (duplicates count in atLeast/credits). */
export interface CatalogEdgeAttributes {
  multiplicity: number;
}

/** The catalog graph type. */
export type CatalogGraph = DirectedGraph<
  CredentialNodeAttributes | RequirementNodeAttributes,
  CatalogEdgeAttributes
>;

const cache = new WeakMap<CatalogIndex, CatalogGraph>();

/**
 * @param index - the catalog index (e.g. `planner.index`)
 * @returns the graph, built on first request and cached for this index
 */
export function catalogGraph(index: CatalogIndex): CatalogGraph {
  let graph = cache.get(index);
  if (!graph) {
    graph = buildGraph(index);
    cache.set(index, graph);
  }
  return graph;
}

function buildGraph(index: CatalogIndex): CatalogGraph {
  const graph: CatalogGraph = new DirectedGraph();
  for (const c of index.catalog.credentials) {
    graph.addNode(c.id, {
      type: 'credential',
      name: c.name,
      cost: c.cost,
      durationWeeks: c.durationWeeks,
      credits: c.credits ?? 0,
    });
  }
  const link = (from: string, to: string): void => {
    if (graph.hasEdge(from, to))
      graph.updateEdgeAttribute(from, to, 'multiplicity', (m = 0) => m + 1);
    else graph.addDirectedEdge(from, to, { multiplicity: 1 });
  };
  const add = (req: Requirement, owner: string, key: string): string => {
    if (typeof req === 'string') return req;
    const form = requirementForm(req) as RequirementNodeAttributes['form'];
    const attrs: RequirementNodeAttributes = { type: 'requirement', form, owner };
    let children: Requirement[];
    if (isAll(req)) children = req.all;
    else if (isAny(req)) children = req.any;
    else if (isAtLeast(req)) {
      attrs.threshold = req.atLeast;
      children = req.of;
    } else {
      attrs.threshold = req.credits;
      children = req.of;
    }
    graph.addNode(key, attrs);
    children.forEach((child, i) => link(add(child, owner, `${key}.${form}[${i}]`), key));
    return key;
  };
  for (const c of index.catalog.credentials) {
    if (c.requires !== undefined) link(add(c.requires, c.id, `${c.id}#requires`), c.id);
  }
  return graph;
}

/**
 * Lists what a CTDL import did not read: one warning per (type, property) and per ignored node type,
 * each with how often it occurred and where first.
 */
import type { ImportLog } from '../errors.js';
import type { LdGraph } from '../jsonld/normalise.js';

/** Support classes read through their parent; never reported as ignored nodes. */
const SUPPORT =
  /^(ComponentCondition|Constraint|ConditionProfile|CostProfile|DurationProfile|IdentifierValue|ValueProfile|CredentialAlignmentObject|schema:QuantitativeValue|QuantitativeValue)$/;

/**
 * @param graph - the imported document, after every reader ran
 * @param log - where the warnings go
 */
export function reportIgnored(graph: LdGraph, log: ImportLog): void {
  const props = new Map<string, { count: number; path: string }>();
  const nodes = new Map<string, { count: number; path: string }>();
  const bump = (
    m: Map<string, { count: number; path: string }>,
    key: string,
    path: string,
  ): void => {
    const e = m.get(key);
    if (e) e.count++;
    else m.set(key, { count: 1, path });
  };
  for (const node of graph.nodes) {
    const type = node.types[0] ?? '(untyped)';
    if (node.used.size === 0 && !node.embedded && !node.types.some((t) => SUPPORT.test(t))) {
      bump(nodes, type, node.path);
      continue;
    }
    for (const [term, prop] of node.props) {
      if (!node.used.has(term)) bump(props, `${prop.key} on ${type}`, prop.path);
    }
  }
  for (const [type, { count, path }] of nodes) {
    log.warn('IGNORED_NODE', path, `ignored ${count} node(s) of type ${type}`);
  }
  for (const [what, { count, path }] of props) {
    log.warn('IGNORED_PROPERTY', path, `ignored ${what}${count > 1 ? ` (${count} times)` : ''}`);
  }
}

/**
 * Lists what a CTDL import did not read: one warning per (type, property) and per ignored node type,
 * each with how often it occurred and where first.
 */
import type { ImportLog } from '../errors.js';
import type { LdGraph } from '../jsonld/normalise.js';
import { unreadProperties } from '../jsonld/node-props.js';

/** Support classes read through their parent; never reported as ignored nodes. */
const SUPPORT =
  /^(ComponentCondition|Constraint|ConditionProfile|CostProfile|DurationProfile|IdentifierValue|ValueProfile|CredentialAlignmentObject|schema:QuantitativeValue|QuantitativeValue)$/;

/*
 * Whether a type list names a support class, by list: nodes of one type in one scope share their
 * frozen list, so a large document tests the pattern once per type, not once per node.
 */
const supportLists = new WeakMap<readonly string[], boolean>();
function isSupport(types: readonly string[]): boolean {
  let hit = supportLists.get(types);
  if (hit === undefined) {
    hit = false;
    for (const t of types) if (SUPPORT.test(t)) hit = true;
    if (Object.isFrozen(types)) supportLists.set(types, hit);
  }
  return hit;
}

/**
 * @param graph - the imported document, after every reader ran
 * @param log - where the warnings go
 */
export function reportIgnored(graph: LdGraph, log: ImportLog): void {
  // Locations are kept, not their text: only the first of each kind is ever printed.
  const props = new Map<string, { count: number; at: { readonly path: string } }>();
  const nodes = new Map<string, { count: number; at: { readonly path: string } }>();
  const bump = (
    m: Map<string, { count: number; at: { readonly path: string } }>,
    key: string,
    at: { readonly path: string },
  ): void => {
    const e = m.get(key);
    if (e) e.count++;
    else m.set(key, { count: 1, at });
  };
  // Index loops: this walks every node of the document once, and iterators were garbage.
  const all = graph.nodes;
  for (let i = 0; i < all.length; i++) {
    const node = all[i]!;
    const type = node.types[0] ?? '(untyped)';
    if (!node.read && !node.embedded && !isSupport(node.types)) {
      bump(nodes, type, node);
      continue;
    }
    const unread = unreadProperties(node);
    for (let j = 0; j < unread.length; j++)
      bump(props, `${unread[j]!.key} on ${type}`, unread[j]!.at);
  }
  for (const [type, { count, at }] of nodes) {
    log.warn('IGNORED_NODE', at.path, `ignored ${count} node(s) of type ${type}`);
  }
  for (const [what, { count, at }] of props) {
    log.warn('IGNORED_PROPERTY', at.path, `ignored ${what}${count > 1 ? ` (${count} times)` : ''}`);
  }
}

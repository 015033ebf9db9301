/**
 * The readers' fast paths: a property written plainly (one key, one description, and a string,
 * a number, a reference, an embedded node or a flat list of those) read straight from its JSON,
 * without the LdProp and value objects of the general reading (`values`). A large import reads
 * millions of such properties, and those objects were most of its garbage. Each answer, and the
 * terms it marks read, are exactly those of the general reading; anything else is SEVERAL (or
 * undefined, as each function says), and the caller reads it the general way.
 */
import type { LdGraph, LdNode } from './normalise.js';
import { LdTarget, NumberAt } from './ld-types.js';
import type { Located } from './ld-types.js';
import {
  SEVERAL,
  isNodeOrRef,
  rawKind,
  rawKey,
  rawLocation,
  rawPart,
  rawValue,
  referredNode,
} from './node-props.js';

export { SEVERAL } from './node-props.js';

/** A number with its location, as the readers return it. */
type Numbered = { readonly value: number; readonly path: string };

const NO_NUMBERS: readonly Numbered[] = Object.freeze([]);

/**
 * `text` on plain strings: the first term present is a plain string, and it is the answer as it
 * is. Every term is marked read, as `values` marks them.
 * @returns the text (undefined when no term is present), or SEVERAL
 */
export function plainText(
  node: LdNode,
  terms: readonly string[],
): string | undefined | typeof SEVERAL {
  let plain: string | undefined;
  for (let i = 0; i < terms.length; i++) {
    const raw = rawValue(node, terms[i]!);
    if (raw === undefined || plain !== undefined) continue;
    if (typeof raw !== 'string') return SEVERAL;
    plain = raw;
  }
  return plain?.trim();
}

/**
 * `targets` of one term written as one reference or embedded node, or a flat list of them.
 * @returns the targets, or undefined when the general reading is needed
 */
export function plainTargets(graph: LdGraph, node: LdNode, term: string): LdTarget[] | undefined {
  const raw = rawValue(node, term);
  if (raw === undefined) return [];
  if (raw === SEVERAL || raw === null) return undefined;
  const part = rawPart();
  const at = rawLocation();
  if (!Array.isArray(raw)) {
    const found = plainTarget(graph, part, raw, at, undefined);
    return found === undefined ? undefined : [found];
  }
  const out: LdTarget[] = new Array<LdTarget>(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const found = plainTarget(graph, part, raw[i], at, i);
    if (found === undefined) return undefined;
    out[i] = found;
  }
  return out;
}

/** @returns one plain value's target, or undefined when it needs the general reading */
function plainTarget(
  graph: LdGraph,
  part: LdNode,
  raw: unknown,
  at: Located,
  step: number | undefined,
): LdTarget | undefined {
  if (typeof raw === 'number' || typeof raw === 'boolean') return new LdTarget(at, step);
  const found = referredNode(part, raw, graph.resolve);
  if (found === SEVERAL || found === null) return undefined;
  if (typeof raw === 'string') return new LdTarget(at, step, raw, found);
  if (found !== undefined && found.raw === raw) return new LdTarget(at, step, found.id, found);
  const id = (raw as { '@id': string })['@id'];
  return new LdTarget(at, step, part.scope.expandIri(id), found);
}

/**
 * The nodes of one term written as one reference or embedded node, or a flat list of them, where
 * the document has every one and `idOf` names each: their ids, in document order, with no LdTarget
 * per value (a large import resolved millions of targets). What `targets` then the rule readers'
 * `targetIds` would give when nothing is refused.
 *
 * The ids go straight into a list of the term's length: gathering the nodes first, in a list grown
 * by push and emptied after, made a new backing store per call (99 MB of garbage at 10^5). A
 * reference by IRI is looked up by `idOfIri` first: one lookup where finding the node and then
 * its id were two (resolving the 745,000 references of 10^5 credentials was about a fifth of the
 * import's time, most of it waiting on memory: each lookup hashes a string and misses the cache).
 * @param idOfIri - the id of the node the graph resolves this very IRI to, when it has one (else
 * undefined, and the node is resolved and `idOf` asked)
 * @returns the ids, or undefined when the general reading is needed (a dangling reference, a value
 * that names no node or a node without an id, or a term written several ways)
 */
export function plainTargetIds(
  graph: LdGraph,
  node: LdNode,
  term: string,
  idOf: (node: LdNode) => string | undefined,
  idOfIri: (iri: string) => string | undefined,
): string[] | undefined {
  const raw = rawValue(node, term);
  if (raw === undefined) return [];
  if (raw === SEVERAL || raw === null) return undefined;
  const part = rawPart();
  const list = Array.isArray(raw) ? (raw as unknown[]) : undefined;
  const out = new Array<string>(list ? list.length : 1);
  for (let i = 0; i < out.length; i++) {
    const one = list ? list[i] : raw;
    const iri =
      typeof one === 'string'
        ? one
        : rawKind(one) === 'ref'
          ? part.scope.expandIri((one as { '@id': string })['@id'])
          : undefined;
    let id = iri !== undefined ? idOfIri(iri) : undefined;
    if (id === undefined) {
      const found = referredNode(part, one, graph.resolve);
      if (found === SEVERAL || found === null || found === undefined) return undefined;
      id = idOf(found);
      if (id === undefined) return undefined;
    }
    out[i] = id;
  }
  return out;
}

/**
 * `nodesOf` one plainly written term (as `plainNodes`) where the document has every node it
 * refers to: what `targets` would give with no dangling reference, without its LdTargets.
 * @param out - where the nodes go (left empty when the general reading is needed)
 * @returns whether the term was read here
 */
export function plainResolvedNodes(
  graph: LdGraph,
  node: LdNode,
  term: string,
  out: LdNode[],
): boolean {
  const raw = rawValue(node, term);
  if (raw === undefined) return true;
  if (raw === SEVERAL || raw === null) return false;
  const part = rawPart();
  const list = Array.isArray(raw) ? (raw as unknown[]) : undefined;
  for (let i = 0; i < (list ? list.length : 1); i++) {
    const found = referredNode(part, list ? list[i] : raw, graph.resolve);
    if (found === SEVERAL || found === null || found === undefined) {
      out.length = 0;
      return false;
    }
    out.push(found);
  }
  return true;
}

/**
 * `nodesOf` one term written as one reference or embedded node, or a flat list of them.
 * @param out - where the nodes go (left empty when the general reading is needed)
 * @returns whether the term was read here
 */
export function plainNodes(graph: LdGraph, node: LdNode, term: string, out: LdNode[]): boolean {
  const raw = rawValue(node, term);
  if (raw === undefined) return true;
  if (raw === SEVERAL) return false;
  const part = rawPart();
  if (!Array.isArray(raw)) return plainNode(graph, part, raw, out);
  for (let i = 0; i < raw.length; i++) if (!plainNode(graph, part, raw[i], out)) return false;
  return true;
}

/** Adds the node one plain value refers to, if any (emptying `out` when it needs the general reading). */
function plainNode(graph: LdGraph, part: LdNode, raw: unknown, out: LdNode[]): boolean {
  const found = referredNode(part, raw, graph.resolve);
  if (found === SEVERAL) {
    out.length = 0;
    return false;
  }
  if (found) out.push(found);
  return true;
}

/**
 * `numbers` where each term present is a plain JSON number, a reference or embedded node (no
 * number), or a flat list of those. The list is made at the first number.
 * @returns the numbers, or undefined when the general reading is needed
 */
export function plainNumbers(
  node: LdNode,
  terms: readonly string[],
): readonly Numbered[] | undefined {
  let out: Numbered[] | undefined;
  for (let i = 0; i < terms.length; i++) {
    const raw = rawValue(node, terms[i]!);
    if (raw === undefined) continue;
    if (typeof raw === 'number') {
      if (Number.isFinite(raw)) (out ??= []).push(new NumberAt(raw, rawPart(), rawKey()));
      continue;
    }
    if (!Array.isArray(raw)) {
      if (!isNodeOrRef(raw)) return undefined;
      continue;
    }
    for (let j = 0; j < raw.length; j++) {
      const x: unknown = raw[j];
      if (typeof x !== 'number') {
        if (!isNodeOrRef(x)) return undefined;
      } else if (Number.isFinite(x)) (out ??= []).push(new NumberAt(x, rawLocation(), j));
    }
  }
  return out ?? NO_NUMBERS;
}

/**
 * A term written as one plain JSON number (the usual case).
 * @returns the number with its location, undefined when the term is absent, or SEVERAL when it is
 * written otherwise (the general reading decides)
 */
export function soleNumber(node: LdNode, term: string): Numbered | undefined | typeof SEVERAL {
  const raw = rawValue(node, term);
  if (raw === undefined) return undefined;
  return typeof raw === 'number' && Number.isFinite(raw)
    ? new NumberAt(raw, rawPart(), rawKey())
    : SEVERAL;
}

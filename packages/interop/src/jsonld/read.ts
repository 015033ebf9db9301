/**
 * Typed readers over normalised JSON-LD nodes. Each read marks the term as used, so what an importer
 * never read can be reported as ignored.
 */
import type { LdGraph, LdNode, LdValue } from './normalise.js';
import { LdTarget, NumberAt } from './ld-types.js';
import { hasTerm, locationOf, markUsed, property } from './node-props.js';
import { SEVERAL, plainNodes, plainNumbers, plainTargets, plainText } from './plain-reads.js';

export { LdTarget } from './ld-types.js';

/** The values of a term the node lacks (shared: a list per absent term was garbage). */
const NO_VALUES: readonly LdValue[] = Object.freeze([]);

/** @returns the values of a term (any of `terms`, in that order), marking them used */
export function values(node: LdNode, ...terms: string[]): readonly LdValue[] {
  if (terms.length === 1) return property(node, terms[0]!, true)?.values ?? NO_VALUES;
  let out: LdValue[] | undefined;
  let only: readonly LdValue[] = NO_VALUES;
  for (const t of terms) {
    const prop = property(node, t, true);
    if (!prop) continue;
    if (only.length === 0) only = prop.values;
    else (out ??= [...only]).push(...prop.values);
  }
  return out ?? only;
}

/**
 * Marks terms as read without returning their values (for properties an importer accounts for
 * without using, such as `ctid` on a node whose id came from elsewhere).
 */
export function use(node: LdNode, ...terms: string[]): void {
  useEach(node, terms);
}

/**
 * `use` with the terms as a constant list: what every node of a kind reads (`...terms` made a
 * list per call).
 */
export function useEach(node: LdNode, terms: readonly string[]): void {
  for (let i = 0; i < terms.length; i++) markUsed(node, terms[i]!);
}

/** @returns whether the node has any of the terms (without marking them used) */
export function has(node: LdNode, ...terms: string[]): boolean {
  return hasAny(node, terms);
}

/** `has` with the terms as a constant list (`...terms` made a list per call). */
export function hasAny(node: LdNode, terms: readonly string[]): boolean {
  // A loop, not terms.some(closure): read per node, and a closure per call was garbage.
  for (const t of terms) if (hasTerm(node, t)) return true;
  return false;
}

/** @returns the location of the first present term, or the node (its text is built when read) */
export function locOf(node: LdNode, ...terms: string[]): { readonly path: string } {
  for (const t of terms) {
    const at = locationOf(node, t);
    if (at) return at;
  }
  return node;
}

/** @returns the path of the first present term, or the node's path */
export function pathOf(node: LdNode, ...terms: string[]): string {
  return locOf(node, ...terms).path;
}

/**
 * The first string literal, preferring English when several languages are given.
 * @returns the string, or undefined
 */
export function text(node: LdNode, ...terms: string[]): string | undefined {
  const plain = plainText(node, terms);
  if (plain !== SEVERAL) return plain;
  let first: string | undefined;
  for (const v of values(node, ...terms)) {
    if (v.kind !== 'literal' || typeof v.value !== 'string') continue;
    if (v.lang === undefined || /^en\b/i.test(v.lang)) return v.value.trim();
    first ??= v.value;
  }
  return first?.trim();
}

/** @returns every string literal or IRI of the terms */
export function strings(node: LdNode, ...terms: string[]): string[] {
  const out: string[] = [];
  for (const v of values(node, ...terms)) {
    if (v.kind === 'literal') {
      if (typeof v.value === 'string' || typeof v.value === 'number') out.push(String(v.value));
    } else if (v.kind === 'ref') out.push(v.iri);
    else if (v.node.id) out.push(v.node.id);
  }
  return out;
}

/**
 * The targets of a reference property: IRIs (strings or `{"@id"}`) resolved in the graph, or embedded nodes.
 * @returns one entry per value; `node` is undefined for a dangling reference
 */
export function targets(graph: LdGraph, node: LdNode, ...terms: string[]): LdTarget[] {
  if (terms.length === 1) {
    const fast = plainTargets(graph, node, terms[0]!);
    if (fast !== undefined) return fast;
  }
  const found = values(node, ...terms);
  const out: LdTarget[] = new Array<LdTarget>(found.length);
  for (let i = 0; i < found.length; i++) {
    const v = found[i]!;
    if (v.kind === 'node') {
      out[i] = new LdTarget(v, undefined, v.node.id, v.node);
      continue;
    }
    const iri = v.kind === 'ref' ? v.iri : typeof v.value === 'string' ? v.value : undefined;
    out[i] = new LdTarget(v, undefined, iri, iri === undefined ? undefined : graph.resolve(iri));
  }
  return out;
}

/** @returns the embedded or referenced nodes of a term that the document has */
export function nodesOf(graph: LdGraph, node: LdNode, ...terms: string[]): LdNode[] {
  const out: LdNode[] = [];
  if (terms.length === 1 && plainNodes(graph, node, terms[0]!, out)) return out;
  for (const v of values(node, ...terms)) {
    const found =
      v.kind === 'node'
        ? v.node
        : v.kind === 'ref'
          ? graph.resolve(v.iri)
          : typeof v.value === 'string'
            ? graph.resolve(v.value)
            : undefined;
    if (found) out.push(found);
  }
  return out;
}

/**
 * Reads a number written as a JSON number, a numeric string, or `{"@value": …}`.
 * @returns the numbers found (non-numeric values are skipped)
 */
export function numbers(
  node: LdNode,
  ...terms: string[]
): readonly { readonly value: number; readonly path: string }[] {
  const plain = plainNumbers(node, terms);
  if (plain !== undefined) return plain;
  const out: { readonly value: number; readonly path: string }[] = [];
  for (const v of values(node, ...terms)) {
    const n = numberAt(v);
    if (n !== undefined) out.push(n);
  }
  return out;
}

/**
 * One value read as a number (a JSON number, a numeric string, or `{"@value": …}`).
 * @returns the number with its location, or undefined when the value is not numeric
 */
export function numberAt(
  v: LdValue,
): { readonly value: number; readonly path: string } | undefined {
  if (v.kind !== 'literal') return undefined;
  const n =
    typeof v.value === 'number'
      ? v.value
      : typeof v.value === 'string' && v.value.trim() !== ''
        ? Number(v.value.trim())
        : NaN;
  return Number.isFinite(n) ? new NumberAt(n, v) : undefined;
}

/**
 * The local name of a concept or type IRI: `ceterms:Certificate`, `https://…/compare/GTEQ`,
 * `{"@id": "array:Sum"}` or a CredentialAlignmentObject with `targetNode`.
 */
export function conceptNames(node: LdNode, ...terms: string[]): string[] {
  const out: string[] = [];
  for (const v of values(node, ...terms)) {
    let iri: string | undefined;
    if (v.kind === 'node') {
      const target = property(v.node, 'targetNode', true)?.values[0];
      iri =
        target?.kind === 'ref'
          ? target.iri
          : target?.kind === 'literal'
            ? String(target.value)
            : v.node.id;
    } else iri = v.kind === 'ref' ? v.iri : typeof v.value === 'string' ? v.value : undefined;
    if (iri) out.push(localName(iri));
  }
  return out;
}

/** @returns the part of an IRI after its last `:`, `/` or `#` */
export function localName(iri: string): string {
  const m = /[^:/#]+$/.exec(iri.trim());
  return m ? m[0] : iri;
}

/**
 * Typed readers over normalised JSON-LD nodes. Each read marks the term as used, so what an importer
 * never read can be reported as ignored.
 */
import type { LdGraph, LdNode, LdValue } from './normalise.js';

/** A property value that points at a node: resolved when the document has the node. */
export interface LdTarget {
  iri?: string;
  node?: LdNode;
  path: string;
}

/** @returns the values of a term (any of `terms`), marking them used */
export function values(node: LdNode, ...terms: string[]): readonly LdValue[] {
  if (terms.length === 1) {
    const prop = node.props.get(terms[0]!);
    if (!prop) return [];
    node.used.add(terms[0]!);
    return prop.values;
  }
  const out: LdValue[] = [];
  for (const t of terms) {
    const prop = node.props.get(t);
    if (!prop) continue;
    node.used.add(t);
    out.push(...prop.values);
  }
  return out;
}

/** @returns whether the node has any of the terms (without marking them used) */
export function has(node: LdNode, ...terms: string[]): boolean {
  return terms.some((t) => node.props.has(t));
}

/** @returns the path of the first present term, or the node's path */
export function pathOf(node: LdNode, ...terms: string[]): string {
  for (const t of terms) {
    const p = node.props.get(t);
    if (p) return p.path;
  }
  return node.path;
}

/**
 * The first string literal, preferring English when several languages are given.
 * @returns the string, or undefined
 */
export function text(node: LdNode, ...terms: string[]): string | undefined {
  const lits = values(node, ...terms).filter(
    (v): v is Extract<LdValue, { kind: 'literal' }> =>
      v.kind === 'literal' && typeof v.value === 'string',
  );
  const english = lits.find((l) => l.lang === undefined || /^en\b/i.test(l.lang));
  return ((english ?? lits[0])?.value as string | undefined)?.trim();
}

/** @returns every string literal or IRI of the terms */
export function strings(node: LdNode, ...terms: string[]): string[] {
  return values(node, ...terms).flatMap((v) =>
    v.kind === 'literal' && (typeof v.value === 'string' || typeof v.value === 'number')
      ? [String(v.value)]
      : v.kind === 'ref'
        ? [v.iri]
        : v.kind === 'node' && v.node.id
          ? [v.node.id]
          : [],
  );
}

/**
 * The targets of a reference property: IRIs (strings or `{"@id"}`) resolved in the graph, or embedded nodes.
 * @returns one entry per value; `node` is undefined for a dangling reference
 */
export function targets(graph: LdGraph, node: LdNode, ...terms: string[]): LdTarget[] {
  return values(node, ...terms).flatMap((v): LdTarget[] => {
    if (v.kind === 'node') return [{ node: v.node, path: v.path, iri: v.node.id || undefined }];
    const iri = v.kind === 'ref' ? v.iri : typeof v.value === 'string' ? v.value : undefined;
    if (iri === undefined) return [{ path: v.path }];
    const found = graph.resolve(iri);
    return [{ iri, path: v.path, node: found }];
  });
}

/** @returns the embedded or referenced nodes of a term that the document has */
export function nodesOf(graph: LdGraph, node: LdNode, ...terms: string[]): LdNode[] {
  return targets(graph, node, ...terms).flatMap((t) => (t.node ? [t.node] : []));
}

/**
 * Reads a number written as a JSON number, a numeric string, or `{"@value": …}`.
 * @returns the numbers found (non-numeric values are skipped)
 */
export function numbers(node: LdNode, ...terms: string[]): { value: number; path: string }[] {
  return values(node, ...terms).flatMap((v) => {
    if (v.kind !== 'literal') return [];
    const n =
      typeof v.value === 'number'
        ? v.value
        : typeof v.value === 'string'
          ? Number(v.value.trim())
          : NaN;
    return Number.isFinite(n) && !(typeof v.value === 'string' && v.value.trim() === '')
      ? [{ value: n, path: v.path }]
      : [];
  });
}

/**
 * The local name of a concept or type IRI: `ceterms:Certificate`, `https://…/compare/GTEQ`,
 * `{"@id": "array:Sum"}` or a CredentialAlignmentObject with `targetNode`.
 */
export function conceptNames(node: LdNode, ...terms: string[]): string[] {
  return values(node, ...terms).flatMap((v) => {
    if (v.kind === 'node') {
      const target = v.node.props.get('targetNode')?.values[0];
      v.node.used.add('targetNode');
      const iri =
        target?.kind === 'ref'
          ? target.iri
          : target?.kind === 'literal'
            ? String(target.value)
            : v.node.id;
      return iri ? [localName(iri)] : [];
    }
    const iri = v.kind === 'ref' ? v.iri : typeof v.value === 'string' ? v.value : undefined;
    return iri ? [localName(iri)] : [];
  });
}

/** @returns the part of an IRI after its last `:`, `/` or `#` */
export function localName(iri: string): string {
  const m = /[^:/#]+$/.exec(iri.trim());
  return m ? m[0] : iri;
}

/**
 * Turns a CTDL JSON-LD document (compact `@graph` form, a single node, or expanded form) into a flat
 * list of nodes whose property names are normalised terms.
 *
 * Why by hand: the only JSON-LD processors for JavaScript (jsonld.js) fetch remote `@context`s such as
 * `https://credreg.net/ctdl/schema/context/json`, which cannot be reached offline here and would make
 * an import depend on a network call. CTDL needs far less than full JSON-LD: known prefixes
 * (`ceterms:`, `ceasn:`, `schema:`), full `https://purl.org/ctdl/terms/` IRIs, inline prefix
 * definitions, and the `@value` / `@id` / `@list` wrappers of expanded form. That is what this does.
 *
 * Term normalisation: `ceterms:name`, `ceasn:name`, `https://purl.org/ctdl/terms/name` and a bare
 * `name` under a CTDL `@vocab` all become the term `name` (real files mix the two CTDL namespaces);
 * schema.org terms become `schema:X`, Pathwise's own namespace `pathwise:X`; anything else keeps its
 * full IRI (or its key when it cannot be expanded).
 */
import type { ImportLog } from '../errors.js';

/** Pathwise's own namespace, for catalog fields CTDL has no property for. */
export const PATHWISE_NS = 'https://pathwise.dev/ns/ctdl#';

const CTDL_NS = /^https?:\/\/purl\.org\/ctdl\/terms\//;
const CTDL_ASN_NS = /^https?:\/\/purl\.org\/ctdlasn\/terms\//;
const SCHEMA_NS = /^https?:\/\/schema\.org\//;

const DEFAULT_PREFIXES: Record<string, string> = {
  ceterms: 'https://purl.org/ctdl/terms/',
  ceasn: 'https://purl.org/ctdlasn/terms/',
  schema: 'https://schema.org/',
  pathwise: PATHWISE_NS,
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

/** One value of a property: a literal, a reference by IRI, or an embedded node. */
export type LdValue =
  | { kind: 'literal'; value: unknown; lang?: string; path: string }
  | { kind: 'ref'; iri: string; path: string }
  | { kind: 'node'; node: LdNode; path: string };

/** A property of a node: the key as written and its values. */
export interface LdProp {
  key: string;
  path: string;
  values: LdValue[];
}

/** A node with normalised property terms. */
export interface LdNode {
  id?: string;
  /** Normalised type terms (`Pathway`, `CredentialComponent`, `schema:QuantitativeValue`). */
  types: string[];
  path: string;
  props: Map<string, LdProp>;
  /** Terms an importer has read; the rest are reported as ignored. */
  used: Set<string>;
  /** True when the node appeared nested inside another node's property. */
  embedded: boolean;
}

/** Every node of a document, with lookups by `@id` and CTID. */
export interface LdGraph {
  nodes: LdNode[];
  /** The node an IRI, compact IRI or CTID refers to, if the document has it. */
  resolve(iri: string): LdNode | undefined;
}

interface Context {
  prefixes: Record<string, string>;
  vocab?: string;
  /** Terms already normalised under this context (keys repeat on every node). */
  terms?: Map<string, string>;
}

/**
 * Flattens a JSON-LD document into nodes. Malformed structure is logged as faults, never thrown.
 * @param doc - the parsed JSON document
 * @param log - where faults go
 * @returns the graph
 */
export function normaliseJsonLd(doc: unknown, log: ImportLog): LdGraph {
  const nodes: LdNode[] = [];
  const byId = new Map<string, LdNode>();
  const byCtid = new Map<string, LdNode>();
  let ctx: Context = { prefixes: { ...DEFAULT_PREFIXES } };
  // Every prefix any context declared, for resolving string references after the walk.
  const seenPrefixes: Record<string, string> = { ...DEFAULT_PREFIXES };

  const expandIri = (iri: string): string => {
    const m = /^([A-Za-z][\w.-]*):(?!\/\/)(.*)$/.exec(iri);
    if (m && Object.hasOwn(ctx.prefixes, m[1]!)) return ctx.prefixes[m[1]!] + m[2]!;
    return iri;
  };

  const term = (key: string): string => {
    const cache = (ctx.terms ??= new Map());
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const t = normaliseTerm(key);
    cache.set(key, t);
    return t;
  };

  const normaliseTerm = (key: string): string => {
    let iri = key;
    if (!key.includes(':')) {
      const def = Object.hasOwn(ctx.prefixes, key) ? ctx.prefixes[key] : undefined;
      if (def !== undefined) iri = def;
      else if (ctx.vocab !== undefined) iri = ctx.vocab + key;
      else return key; // a bare term with no vocabulary: read as a CTDL term (common drift)
    } else {
      iri = expandIri(key);
    }
    if (CTDL_NS.test(iri)) return iri.replace(CTDL_NS, '');
    if (CTDL_ASN_NS.test(iri)) return iri.replace(CTDL_ASN_NS, '');
    if (SCHEMA_NS.test(iri)) return `schema:${iri.replace(SCHEMA_NS, '')}`;
    if (iri.startsWith(PATHWISE_NS)) return `pathwise:${iri.slice(PATHWISE_NS.length)}`;
    return iri;
  };

  const readContext = (value: unknown, path: string): void => {
    const parts = Array.isArray(value) ? value : [value];
    for (const part of parts) {
      if (typeof part === 'string' || part === null) continue; // remote context: known prefixes apply
      if (typeof part !== 'object') {
        log.fault('MALFORMED', `${path}`, '@context must be an IRI, an object or a list of them');
        continue;
      }
      for (const [k, v] of Object.entries(part as Record<string, unknown>)) {
        if (k === '@vocab' && typeof v === 'string') ctx = { prefixes: ctx.prefixes, vocab: v };
        else if (typeof v === 'string' && !k.startsWith('@')) ctx.prefixes[k] = seenPrefixes[k] = v;
        else if (
          v &&
          typeof v === 'object' &&
          typeof (v as { '@id'?: unknown })['@id'] === 'string'
        ) {
          ctx.prefixes[k] = seenPrefixes[k] = (v as { '@id': string })['@id'];
        }
      }
    }
    ctx.terms = new Map(); // prefixes changed: earlier normalisations may no longer hold
  };

  const isNodeObject = (o: Record<string, unknown>): boolean =>
    '@type' in o || '@id' in o || '@graph' in o || Object.keys(o).some((k) => k.includes(':'));

  const readValues = (raw: unknown, path: string, out: LdValue[]): void => {
    if (raw === null || raw === undefined) return;
    if (Array.isArray(raw)) {
      raw.forEach((item, i) => readValues(item, `${path}[${i}]`, out));
      return;
    }
    if (typeof raw !== 'object') {
      out.push({ kind: 'literal', value: raw, path });
      return;
    }
    const o = raw as Record<string, unknown>;
    if ('@list' in o || '@set' in o) {
      readValues(o['@list'] ?? o['@set'], path, out);
      return;
    }
    if ('@value' in o) {
      const lang = typeof o['@language'] === 'string' ? o['@language'] : undefined;
      out.push({ kind: 'literal', value: o['@value'], path, lang: lang || undefined });
      return;
    }
    const keys = Object.keys(o);
    if (keys.length === 1 && typeof o['@id'] === 'string') {
      out.push({ kind: 'ref', iri: expandIri(o['@id']), path });
      return;
    }
    if (isNodeObject(o)) {
      out.push({ kind: 'node', node: readNode(o, path, true), path });
      return;
    }
    // A language map ({"en-US": "…"}): keep each language's string.
    for (const [lang, v] of Object.entries(o)) {
      if (typeof v === 'string')
        out.push({ kind: 'literal', value: v, lang, path: `${path}.${lang}` });
      else if (Array.isArray(v)) {
        v.forEach((s, i) =>
          out.push({ kind: 'literal', value: s, lang, path: `${path}.${lang}[${i}]` }),
        );
      } else out.push({ kind: 'literal', value: v, path: `${path}.${lang}` });
    }
  };

  const readNode = (o: Record<string, unknown>, path: string, embedded: boolean): LdNode => {
    const saved = ctx;
    if ('@context' in o) {
      ctx = { prefixes: { ...ctx.prefixes }, vocab: ctx.vocab || undefined };
      readContext(o['@context'], `${path}.@context`);
    }
    const node: LdNode = { types: [], path, props: new Map(), used: new Set(), embedded };
    const id = o['@id'];
    if (typeof id === 'string') node.id = expandIri(id);
    else if (id !== undefined) log.fault('MALFORMED', `${path}.@id`, '@id must be a string');
    const rawTypes = o['@type'] ?? o.type;
    for (const t of Array.isArray(rawTypes) ? rawTypes : rawTypes === undefined ? [] : [rawTypes]) {
      if (typeof t === 'string') node.types.push(term(t));
      else log.fault('MALFORMED', `${path}.@type`, '@type must be a string or a list of strings');
    }
    for (const [key, raw] of Object.entries(o)) {
      if (key.startsWith('@') || key === 'type') continue;
      const name = term(key);
      const values: LdValue[] = [];
      readValues(raw, `${path}.${key}`, values);
      const existing = node.props.get(name);
      if (existing) existing.values.push(...values);
      else node.props.set(name, { key, path: `${path}.${key}`, values });
    }
    const graph = o['@graph'];
    if (graph !== undefined) readTop(graph, `${path}.@graph`);
    ctx = saved;
    register(node);
    return node;
  };

  const register = (node: LdNode): void => {
    if (node.types.length === 0 && node.props.size === 0) return;
    if (node.id !== undefined) {
      const prior = byId.get(node.id);
      if (prior && prior !== node) {
        // The same resource described twice (a reference stub and a full description): merge.
        for (const [k, p] of node.props) {
          const e = prior.props.get(k);
          if (e) e.values.push(...p.values);
          else prior.props.set(k, p);
        }
        for (const t of node.types) if (!prior.types.includes(t)) prior.types.push(t);
        prior.embedded &&= node.embedded;
        return;
      }
      byId.set(node.id, node);
    }
    const ctid = node.props.get('ctid')?.values.find((v) => v.kind === 'literal');
    if (ctid && typeof ctid.value === 'string') byCtid.set(ctid.value.toLowerCase(), node);
    nodes.push(node);
  };

  const readTop = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => readTop(item, `${path}[${i}]`));
      return;
    }
    if (value === null || typeof value !== 'object') {
      log.fault('MALFORMED', path || '(root)', 'expected a JSON-LD node object');
      return;
    }
    const o = value as Record<string, unknown>;
    if (o.decoded_resource && typeof o.decoded_resource === 'object') {
      // A Credential Registry envelope: the resource is inside.
      readTop(o.decoded_resource, `${path ? `${path}.` : ''}decoded_resource`);
      return;
    }
    const onlyGraph = Object.keys(o).every(
      (k) => k === '@context' || k === '@graph' || k === '@id',
    );
    if (onlyGraph && '@graph' in o) {
      const saved = ctx;
      if ('@context' in o) {
        ctx = { prefixes: { ...ctx.prefixes }, vocab: ctx.vocab || undefined };
        readContext(o['@context'], `${path ? `${path}.` : ''}@context`);
      }
      readTop(o['@graph'], `${path ? `${path}.` : ''}@graph`);
      ctx = saved;
      return;
    }
    readNode(o, path || '(root)', false);
  };

  readTop(doc, '');

  ctx = { prefixes: seenPrefixes };
  const resolve = (iri: string): LdNode | undefined => {
    const direct = byId.get(iri) ?? byId.get(expandIri(iri));
    if (direct) return direct;
    const ctid = /(ce-[0-9a-f-]{36})$/i.exec(iri)?.[1];
    return ctid ? byCtid.get(ctid.toLowerCase()) : undefined;
  };
  return { nodes, resolve };
}

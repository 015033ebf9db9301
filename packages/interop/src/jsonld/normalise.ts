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
import { MAX_NESTING } from '../json/nesting.js';
import {
  LIST_LOOKUP_MAX,
  LdEmbedded,
  LdLiteral,
  LdNode,
  LdProp,
  LdProps,
  LdRef,
  Loc,
} from './ld-types.js';
import type { Located, LdValue } from './ld-types.js';

export { LdEmbedded, LdLiteral, LdNode, LdProp, LdProps, LdRef, Loc } from './ld-types.js';
export type { LdValue, Located } from './ld-types.js';

/** Pathwise's own namespace, for catalog fields CTDL has no property for. */
export const PATHWISE_NS = 'https://pathwise.dev/ns/ctdl#';

const CTDL_NS = /^https?:\/\/purl\.org\/ctdl\/terms\//;
const CTDL_ASN_NS = /^https?:\/\/purl\.org\/ctdlasn\/terms\//;
const SCHEMA_NS = /^https?:\/\/schema\.org\//;

/** A CTID: `ce-` and a UUID, in either case (registries write lower case; people do not). */
export const CTID = /^ce-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CTID_AT_END = /(ce-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
const PREFIX_NAME = /^[A-Za-z][\w.-]*$/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;
const isString = (v: unknown): v is string => typeof v === 'string';

/**
 * The CTID an IRI ends in (`…/resources/ce-…`), lower case. A CTID is 39 characters, so only the
 * tail is looked at: scanning every IRI of a large document with the pattern cost more than the rest.
 * @param iri - an IRI
 * @returns the CTID, or undefined when the IRI does not end in one
 */
export function ctidAtEnd(iri: string): string | undefined {
  const at = iri.length - 39;
  if (at < 0 || (iri.charCodeAt(at) | 0x20) !== 0x63 /* c */) return undefined;
  return CTID_AT_END.exec(iri)?.[1];
}

const DEFAULT_PREFIXES: Record<string, string> = {
  ceterms: 'https://purl.org/ctdl/terms/',
  ceasn: 'https://purl.org/ctdlasn/terms/',
  schema: 'https://schema.org/',
  pathwise: PATHWISE_NS,
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

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

  // A compact IRI `prefix:rest` (not `scheme://…`) whose prefix a context declared. Looked up
  // before the prefix's grammar is checked: most IRIs (`urn:…`, `https://…`) name no prefix, and a
  // regular expression per reference was a good part of the import's garbage.
  const expandIri = (iri: string): string => {
    const colon = iri.indexOf(':');
    if (colon <= 0 || (iri.charCodeAt(colon + 1) === 0x2f && iri.charCodeAt(colon + 2) === 0x2f))
      return iri;
    const prefix = iri.slice(0, colon);
    if (!Object.hasOwn(ctx.prefixes, prefix) || !PREFIX_NAME.test(prefix)) return iri;
    const rest = iri.slice(colon + 1);
    return LINE_BREAK.test(rest) ? iri : ctx.prefixes[prefix] + rest;
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

  const isNodeObject = (o: Record<string, unknown>): boolean => {
    if ('@type' in o || '@id' in o || '@graph' in o) return true;
    for (const k in o) if (k.includes(':')) return true;
    return false;
  };
  const onlyKey = (o: Record<string, unknown>, only: string): boolean => {
    for (const k in o) if (k !== only) return false;
    return true;
  };

  /** Values being read, a stack shared by nested reads; each property takes its slice. */
  const scratch: LdValue[] = [];
  const propScratch: LdProp[] = [];

  let tooDeep = false;
  /** Past MAX_NESTING levels: one TOO_DEEP fault, and nothing deeper is read. */
  const deep = (depth: number, path: string): boolean => {
    if (depth < MAX_NESTING) return false;
    if (!tooDeep) {
      tooDeep = true;
      log.fault('TOO_DEEP', path, `nested more than ${MAX_NESTING} levels deep; not read`);
    }
    return true;
  };

  const readValues = (
    raw: unknown,
    parent: Located,
    step: string | number | undefined,
    out: LdValue[],
    depth: number,
  ): void => {
    if (raw === null || raw === undefined) return;
    if (depth >= MAX_NESTING && deep(depth, new Loc(parent, step).path)) return;
    if (Array.isArray(raw)) {
      const at = step === undefined ? parent : new Loc(parent, step);
      for (let i = 0; i < raw.length; i++) readValues(raw[i], at, i, out, depth + 1);
      return;
    }
    if (typeof raw !== 'object') {
      out.push(new LdLiteral(parent, step, raw));
      return;
    }
    const o = raw as Record<string, unknown>;
    if ('@list' in o || '@set' in o) {
      readValues(o['@list'] ?? o['@set'], parent, step, out, depth + 1);
      return;
    }
    if ('@value' in o) {
      const lang = typeof o['@language'] === 'string' ? o['@language'] : undefined;
      out.push(new LdLiteral(parent, step, o['@value'], lang));
      return;
    }
    const id = o['@id'];
    if (typeof id === 'string' && onlyKey(o, '@id')) {
      out.push(new LdRef(parent, step, expandIri(id)));
      return;
    }
    if (isNodeObject(o)) {
      const value = new LdEmbedded(parent, step);
      value.node = readNode(o, value, true, depth + 1);
      out.push(value);
      return;
    }
    // A language map ({"en-US": "…"}): keep each language's string.
    const at = step === undefined ? parent : new Loc(parent, step);
    for (const lang in o) {
      const v = o[lang];
      if (typeof v === 'string') out.push(new LdLiteral(at, lang, v, lang));
      else if (Array.isArray(v)) {
        const list = new Loc(at, lang);
        for (let i = 0; i < v.length; i++) out.push(new LdLiteral(list, i, v[i], lang));
      } else out.push(new LdLiteral(at, lang, v));
    }
  };

  const readNode = (
    o: Record<string, unknown>,
    at: Located,
    embedded: boolean,
    depth: number,
  ): LdNode => {
    const saved = ctx;
    const node = new LdNode(at, embedded);
    if ('@context' in o) {
      ctx = { prefixes: { ...ctx.prefixes }, vocab: ctx.vocab || undefined };
      readContext(o['@context'], `${node.path}.@context`);
    }
    const id = o['@id'];
    if (typeof id === 'string') node.id = expandIri(id);
    else if (id !== undefined) log.fault('MALFORMED', `${node.path}.@id`, '@id must be a string');
    const rawTypes = o['@type'] ?? o.type;
    const typeList: unknown[] = Array.isArray(rawTypes)
      ? rawTypes
      : rawTypes === undefined
        ? []
        : [rawTypes];
    let typed = 0;
    for (const t of typeList) {
      if (typeof t === 'string') typed++;
      else
        log.fault('MALFORMED', `${node.path}.@type`, '@type must be a string or a list of strings');
    }
    // Arrays made at their final size (map, slice): an array that grows by push from empty takes
    // room for 17 elements, and most of these hold one.
    if (typed > 0)
      node.types = (typed === typeList.length ? typeList : typeList.filter(isString)).map((t) =>
        term(t as string),
      );
    // The node's properties are gathered on a stack shared by nested reads (like the values) and
    // kept as a list of their final size; keys that normalise to one term (`ceterms:name`,
    // `name`) are one property.
    const first = propScratch.length;
    let byTerm: Map<string, LdProp> | undefined;
    for (const key in o) {
      if (key.charCodeAt(0) === 0x40 /* @ */ || key === 'type') continue;
      const name = term(key);
      let existing: LdProp | undefined;
      if (byTerm) existing = byTerm.get(name);
      else
        for (let i = first; i < propScratch.length; i++)
          if (propScratch[i]!.term === name) existing = propScratch[i];
      const prop = existing ?? new LdProp(node, key, name);
      const start = scratch.length;
      readValues(o[key], prop, undefined, scratch, depth + 1);
      if (existing) for (let i = start; i < scratch.length; i++) prop.values.push(scratch[i]!);
      else {
        prop.values = scratch.slice(start);
        propScratch.push(prop);
        if (byTerm) byTerm.set(name, prop);
        else if (propScratch.length - first > LIST_LOOKUP_MAX)
          byTerm = new Map(propScratch.slice(first).map((p) => [p.term, p]));
      }
      scratch.length = start;
    }
    if (propScratch.length > first) node.props = new LdProps(propScratch.slice(first));
    propScratch.length = first;
    const graph = o['@graph'];
    if (graph !== undefined) readTop(graph, new Loc(node, '@graph'), depth + 1);
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
        for (const p of node.props.values()) {
          const e = prior.props.get(p.term);
          if (e) e.values.push(...p.values);
          else prior.props.add(p);
        }
        for (const t of node.types) if (!prior.types.includes(t)) prior.types.push(t);
        prior.embedded &&= node.embedded;
        return;
      }
      byId.set(node.id, node);
    }
    const ctid = node.props.get('ctid')?.values.find((v) => v.kind === 'literal');
    if (ctid && typeof ctid.value === 'string' && CTID.test(ctid.value.trim()))
      byCtid.set(ctid.value.trim().toLowerCase(), node);
    // A registry IRI ends in the CTID (`…/resources/ce-…`): references by CTID find the node too.
    const fromIri = node.id !== undefined ? ctidAtEnd(node.id) : undefined;
    if (fromIri !== undefined && !byCtid.has(fromIri.toLowerCase()))
      byCtid.set(fromIri.toLowerCase(), node);
    nodes.push(node);
  };

  // Locations of top-level values are kept as Loc, their text built only for a fault: a large
  // `@graph` names few places.
  const under = (at: Located, key: string): Located => (at === '' ? key : new Loc(at, key));
  const pathText = (at: Located): string => (typeof at === 'string' ? at : at.path) || '(root)';
  const onlyGraphKeys = (o: Record<string, unknown>): boolean => {
    for (const k in o) if (k !== '@context' && k !== '@graph' && k !== '@id') return false;
    return true;
  };

  const readTop = (value: unknown, at: Located, depth: number): void => {
    if (depth >= MAX_NESTING && deep(depth, pathText(at))) return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) readTop(value[i], new Loc(at, i), depth + 1);
      return;
    }
    if (value === null || typeof value !== 'object') {
      log.fault('MALFORMED', pathText(at), 'expected a JSON-LD node object');
      return;
    }
    const o = value as Record<string, unknown>;
    if (o.decoded_resource && typeof o.decoded_resource === 'object') {
      // A Credential Registry envelope: the resource is inside.
      readTop(o.decoded_resource, under(at, 'decoded_resource'), depth + 1);
      return;
    }
    if (onlyGraphKeys(o) && '@graph' in o) {
      const saved = ctx;
      if ('@context' in o) {
        ctx = { prefixes: { ...ctx.prefixes }, vocab: ctx.vocab || undefined };
        readContext(o['@context'], pathText(under(at, '@context')));
      }
      readTop(o['@graph'], under(at, '@graph'), depth + 1);
      ctx = saved;
      return;
    }
    readNode(o, at === '' ? '(root)' : at, false, depth);
  };

  readTop(doc, '', 0);

  ctx = { prefixes: seenPrefixes };
  const resolve = (iri: string): LdNode | undefined => {
    const direct = byId.get(iri) ?? byId.get(expandIri(iri));
    if (direct) return direct;
    const ctid = ctidAtEnd(iri);
    return ctid ? byCtid.get(ctid.toLowerCase()) : undefined;
  };
  return { nodes, resolve };
}

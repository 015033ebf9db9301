/**
 * Reads a CTDL JSON-LD document (compact `@graph` form, a single node, or expanded form) into its
 * nodes: each node keeps its JSON object and the context it is read under, with lookups by `@id`
 * and CTID. Properties are read from the JSON when a reader asks (`node-props.ts`); nothing of
 * the document is copied. One walk over the document finds every node (embedded ones too), reads
 * its contexts, `@id` and `@type`, notes which keys it uses, and checks its depth.
 *
 * Why by hand: the only JSON-LD processors for JavaScript (jsonld.js) fetch remote `@context`s such as
 * `https://credreg.net/ctdl/schema/context/json`, which cannot be reached offline here and would make
 * an import depend on a network call. CTDL needs far less than full JSON-LD: known prefixes
 * (`ceterms:`, `ceasn:`, `schema:`), full `https://purl.org/ctdl/terms/` IRIs, inline prefix
 * definitions, and the `@value` / `@id` / `@list` wrappers of expanded form. That is what this does.
 */
import type { ImportLog } from '../errors.js';
import { MAX_NESTING } from '../json/nesting.js';
import { LdNode, Loc, USED_BITS, placePath } from './ld-types.js';
import type { Located, TermKeys } from './ld-types.js';
import { isNodeObject, isPropertyKey, onlyKey, property } from './node-props.js';
import { DEFAULT_PREFIXES, Scope } from './term-scope.js';

export { LdEmbedded, LdLiteral, LdNode, LdProp, LdRef, Loc } from './ld-types.js';
export type { LdValue, Located } from './ld-types.js';
export { PATHWISE_NS } from './term-scope.js';

/** A CTID: `ce-` and a UUID, in either case (registries write lower case; people do not). */
export const CTID = /^ce-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CTID_AT_END = /(ce-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
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

/** Every node of a document, with lookups by `@id` and CTID. */
export interface LdGraph {
  nodes: LdNode[];
  /** The node an IRI, compact IRI or CTID refers to, if the document has it. */
  resolve(iri: string): LdNode | undefined;
}

/**
 * Finds the nodes of a JSON-LD document. Malformed structure is logged as faults, never thrown.
 * The walk recurses once per JSON level, and stops (one TOO_DEEP fault) at MAX_NESTING levels.
 * @param doc - the parsed JSON document (not changed; the nodes read it in place)
 * @param log - where faults go
 * @returns the graph
 */
export function normaliseJsonLd(doc: unknown, log: ImportLog): LdGraph {
  const nodes: LdNode[] = [];
  const byId = new Map<string, LdNode>();
  const byCtid = new Map<string, LdNode>();
  let ctx = new Scope({ ...DEFAULT_PREFIXES });
  // Every prefix any context declared, for resolving string references after the walk.
  const seenPrefixes: Record<string, string> = { ...DEFAULT_PREFIXES };

  const readContext = (value: unknown, path: string): void => {
    const parts = Array.isArray(value) ? value : [value];
    for (const part of parts) {
      if (typeof part === 'string' || part === null) continue; // remote context: known prefixes apply
      if (typeof part !== 'object') {
        log.fault('MALFORMED', `${path}`, '@context must be an IRI, an object or a list of them');
        continue;
      }
      for (const [k, v] of Object.entries(part as Record<string, unknown>)) {
        if (k === '@vocab' && typeof v === 'string') ctx = new Scope(ctx.prefixes, v);
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
  };
  /** A scope for a node or graph with its own `@context`, read under the enclosing one. */
  const enter = (context: unknown, path: string): void => {
    ctx = new Scope({ ...ctx.prefixes }, ctx.vocab || undefined);
    readContext(context, path);
  };

  // The embedded nodes found under the nodes being read, innermost last, up to embedTop. Each node
  // moves its own off the end once its properties are walked, into an array of just their length
  // (an array grown by push keeps room for 16, and a large import keeps one per node with embeds).
  // The stack is never shortened, only overwritten: setting an array's length to 0 drops its
  // storage, and a new one per node with embeds was garbage.
  const embedStack: LdNode[] = [];
  let embedTop = 0;

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
  /**
   * Whether a property value needs walking: an object or list that is not a bare reference
   * (`{"@id": …}`), or anything at the depth limit.
   */
  const walks = (v: unknown, depth: number): boolean =>
    v !== null &&
    v !== undefined &&
    (depth >= MAX_NESTING ||
      (typeof v === 'object' &&
        !(
          typeof (v as { '@id'?: unknown })['@id'] === 'string' &&
          onlyKey(v as Record<string, unknown>, '@id')
        )));

  /**
   * Walks one value of the property `key` of `owner`, for the nodes embedded in it. `parent` is
   * its location, made only when needed (undefined: the property itself, or with a step, the
   * property's list).
   */
  const readValues = (
    raw: unknown,
    owner: LdNode,
    key: string,
    parent: Located | undefined,
    step: string | number | undefined,
    depth: number,
  ): void => {
    if (depth >= MAX_NESTING && deep(depth, new Loc(parent ?? new Loc(owner, key), step).path))
      return;
    if (typeof raw !== 'object' || raw === null) return;
    if (Array.isArray(raw)) {
      // The property's own list needs no location of its own: its nodes keep (owner, key, index).
      let at: Located | undefined = step === undefined ? parent : undefined;
      for (let i = 0; i < raw.length; i++) {
        if (!walks(raw[i], depth + 1)) continue;
        if (step !== undefined) at ??= new Loc(parent ?? new Loc(owner, key), step);
        readValues(raw[i], owner, key, at, i, depth + 1);
      }
      return;
    }
    const o = raw as Record<string, unknown>;
    if ('@list' in o || '@set' in o) {
      const inner = o['@list'] ?? o['@set'];
      if (walks(inner, depth + 1)) readValues(inner, owner, key, parent, step, depth + 1);
      return;
    }
    if ('@value' in o) return;
    if (typeof o['@id'] === 'string' && onlyKey(o, '@id')) return;
    if (isNodeObject(o)) {
      // A node at the property or in its list keeps (owner, key, index) itself: no Loc of its own.
      // A string step (a language map's key) never reaches here: such maps hold literals only.
      const node =
        typeof step === 'string'
          ? readNode(o, new Loc(parent ?? new Loc(owner, key), step), undefined, true, depth + 1)
          : parent === undefined
            ? readNode(o, owner, key, true, depth + 1, step)
            : readNode(o, parent, undefined, true, depth + 1, step);
      embedStack[embedTop++] = node;
    }
    // Otherwise a language map: literals only.
  };

  const readNode = (
    o: Record<string, unknown>,
    at: Located,
    key: string | undefined,
    embedded: boolean,
    depth: number,
    step?: number,
  ): LdNode => {
    const saved = ctx;
    if ('@context' in o) enter(o['@context'], `${placePath(at, key, step)}.@context`);
    const node = new LdNode(o, ctx, at, embedded, key, step);
    const id = o['@id'];
    if (typeof id === 'string') node.id = ctx.expandIri(id);
    else if (id !== undefined) log.fault('MALFORMED', `${node.path}.@id`, '@id must be a string');
    const rawTypes = o['@type'] ?? o.type;
    // One written type (the usual case) shares its scope's list: a list per node was garbage.
    if (typeof rawTypes === 'string') node.types = ctx.typeList(rawTypes);
    else if (rawTypes !== undefined) readTypeList(node, rawTypes);
    let hasProps = false;
    let hasCtid = false;
    let present = 0;
    const embedsFrom = embedTop;
    for (const key in o) {
      if (!isPropertyKey(key)) continue;
      const info = ctx.keyTerm(key); // noted under its term, for lookups
      present = present < 0 || info.n >= USED_BITS ? -1 : present | (1 << info.n);
      hasProps = true;
      if (info.term === 'ctid') hasCtid = true;
      const v = o[key];
      if (walks(v, depth + 1))
        readValues(v, node, firstKeyOf(o, key, info), undefined, undefined, depth + 1);
    }
    node.present = present;
    if (embedTop > embedsFrom) {
      node.embeds = embedStack.slice(embedsFrom, embedTop);
      embedTop = embedsFrom;
    }
    const graph = o['@graph'];
    if (graph !== undefined) readTop(graph, new Loc(node, '@graph'), depth + 1);
    ctx = saved;
    register(node, hasProps, hasCtid);
    return node;
  };

  /** A node's `@type` written as anything but one string: a list of strings, or a fault. */
  const readTypeList = (node: LdNode, rawTypes: unknown): void => {
    const typeList: unknown[] = Array.isArray(rawTypes) ? rawTypes : [rawTypes];
    let typed = 0;
    for (const t of typeList) {
      if (typeof t === 'string') typed++;
      else
        log.fault('MALFORMED', `${node.path}.@type`, '@type must be a string or a list of strings');
    }
    if (typed === 1 && typeList.length === 1) node.types = ctx.typeList(typeList[0] as string);
    else if (typed > 0)
      node.types = (typed === typeList.length ? typeList : typeList.filter(isString)).map((t) =>
        ctx.typeTerm(t as string),
      );
  };

  /** Keys that normalise to one term (`ceterms:name`, `name`) are one property, at the first. */
  const firstKeyOf = (o: Record<string, unknown>, key: string, info: TermKeys): string => {
    if (info.keys.length === 1) return key;
    for (const k in o) if (k === key || (isPropertyKey(k) && ctx.term(k) === info.term)) return k;
    return key;
  };

  /**
   * Files a node (unless it is empty) under its `@id` and CTID, or merges it into the node of the
   * same `@id`. `hasCtid`: a key of its own normalises to `ctid` (looked for only then).
   */
  const register = (node: LdNode, hasProps: boolean, hasCtid: boolean): void => {
    if (node.types.length === 0 && !hasProps) return;
    if (node.id !== undefined) {
      const prior = byId.get(node.id);
      if (prior && prior !== node) {
        // The same resource described twice (a reference stub and a full description): merged.
        (prior.merged ??= []).push(node);
        // Type lists are shared between nodes: a merge makes the node a list of its own.
        for (const t of node.types) if (!prior.types.includes(t)) prior.types = [...prior.types, t];
        prior.embedded &&= node.embedded;
        return;
      }
      byId.set(node.id, node);
    }
    if (hasCtid) {
      const ctid = property(node, 'ctid', false)?.values.find((v) => v.kind === 'literal');
      if (ctid && typeof ctid.value === 'string' && CTID.test(ctid.value.trim()))
        byCtid.set(ctid.value.trim().toLowerCase(), node);
    }
    // A registry IRI ends in the CTID (`…/resources/ce-…`): references by CTID find the node too.
    const fromIri = node.id !== undefined ? ctidAtEnd(node.id) : undefined;
    if (fromIri !== undefined && !byCtid.has(fromIri.toLowerCase()))
      byCtid.set(fromIri.toLowerCase(), node);
    nodes.push(node);
  };

  // Locations of top-level values are kept as Loc, their text built only for a fault: a large
  // `@graph` names few places. With a step, a location is the index `step` in the list at `at`.
  const under = (at: Located, step: number | undefined, key: string): Located =>
    step !== undefined ? new Loc(new Loc(at, step), key) : at === '' ? key : new Loc(at, key);
  const pathText = (at: Located, step: number | undefined): string =>
    (step !== undefined ? placePath(at, undefined, step) : typeof at === 'string' ? at : at.path) ||
    '(root)';
  const onlyGraphKeys = (o: Record<string, unknown>): boolean => {
    for (const k in o) if (k !== '@context' && k !== '@graph' && k !== '@id') return false;
    return true;
  };

  /**
   * Reads a top-level value at `at`, or with `step`, at that index of the list at `at`: a node there
   * keeps the list and index itself (a Loc for each node of a large `@graph` was kept to the end).
   */
  const readTop = (value: unknown, at: Located, depth: number, step?: number): void => {
    if (depth >= MAX_NESTING && deep(depth, pathText(at, step))) return;
    if (Array.isArray(value)) {
      const list = step === undefined ? at : new Loc(at, step);
      for (let i = 0; i < value.length; i++) readTop(value[i], list, depth + 1, i);
      return;
    }
    if (value === null || typeof value !== 'object') {
      log.fault('MALFORMED', pathText(at, step), 'expected a JSON-LD node object');
      return;
    }
    const o = value as Record<string, unknown>;
    if (o.decoded_resource && typeof o.decoded_resource === 'object') {
      // A Credential Registry envelope: the resource is inside.
      readTop(o.decoded_resource, under(at, step, 'decoded_resource'), depth + 1);
      return;
    }
    if (onlyGraphKeys(o) && '@graph' in o) {
      const saved = ctx;
      if ('@context' in o) enter(o['@context'], pathText(under(at, step, '@context'), undefined));
      readTop(o['@graph'], under(at, step, '@graph'), depth + 1);
      ctx = saved;
      return;
    }
    readNode(o, at === '' && step === undefined ? '(root)' : at, undefined, false, depth, step);
  };

  readTop(doc, '', 0);

  const top = new Scope(seenPrefixes);
  const resolve = (iri: string): LdNode | undefined => {
    const direct = byId.get(iri) ?? byId.get(top.expandIri(iri));
    if (direct) return direct;
    const ctid = ctidAtEnd(iri);
    return ctid ? byCtid.get(ctid.toLowerCase()) : undefined;
  };
  return { nodes, resolve };
}

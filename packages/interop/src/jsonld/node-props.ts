/**
 * A node's properties, read from its JSON when a reader asks: the keys that normalise to a term
 * (`ceterms:name`, `name`), across the node's descriptions, made into values (literals, references,
 * embedded nodes) for that call only. Nothing is kept but which terms were read, for the report
 * of what was ignored. The values are exactly those the JSON-LD reading of the document gives:
 * `@list` / `@set` unwrapped, `@value` literals, `{"@id"}` references, language maps.
 */
import { LdEmbedded, LdLiteral, LdProp, LdRef, Loc, USED_BITS } from './ld-types.js';
import type { Located, LdNode, LdValue, TermKeys } from './ld-types.js';

/** @returns whether a JSON object is a node (typed, identified, a graph, or with IRI keys) */
export function isNodeObject(o: Record<string, unknown>): boolean {
  if ('@type' in o || '@id' in o || '@graph' in o) return true;
  for (const k in o) if (k.includes(':')) return true;
  return false;
}

/**
 * What a property's JSON value is to the JSON-LD reading: nothing (null), a literal (string, number,
 * boolean), an array, a `@list` / `@set`, a `@value` literal, a `{"@id"}` reference, an embedded node,
 * or a language map. The one place the readers tell these apart (`readValues`, `referredNode`, and
 * the fast paths of plain-reads.ts).
 */
export type RawKind =
  'none' | 'literal' | 'array' | 'list' | 'value' | 'ref' | 'node' | 'languages';

/** @returns what a property's JSON value is (see RawKind) */
export function rawKind(raw: unknown): RawKind {
  if (raw === null || raw === undefined) return 'none';
  if (typeof raw !== 'object') return 'literal';
  if (Array.isArray(raw)) return 'array';
  const o = raw as Record<string, unknown>;
  // A reference first: most values of a large document are references, and an object whose only
  // key is `@id` has no `@list`, `@set` or `@value`, so the order does not change the answer.
  if (typeof o['@id'] === 'string' && onlyKey(o, '@id')) return 'ref';
  if ('@list' in o || '@set' in o) return 'list';
  if ('@value' in o) return 'value';
  return isNodeObject(o) ? 'node' : 'languages';
}

/** @returns whether a JSON value is a reference or an embedded node: values with no number */
export function isNodeOrRef(raw: unknown): boolean {
  const kind = rawKind(raw);
  return kind === 'ref' || kind === 'node';
}

/** @returns whether the object has no key but `only` */
export function onlyKey(o: Record<string, unknown>, only: string): boolean {
  for (const k in o) if (k !== only) return false;
  return true;
}

/** @returns whether a key of a node's JSON is a property (not `@id`, `@type`, `type`, …) */
export const isPropertyKey = (key: string): boolean =>
  key.charCodeAt(0) !== 0x40 /* @ */ && key !== 'type';

/*
 * What firstHaving found: the description, the key, and the term's keys there. Module state, not
 * a returned object: every property read starts here, and an object per read was garbage.
 */
let foundPart: LdNode | undefined;
let foundKey = '';
let foundTerm: TermKeys | undefined;

/**
 * Finds the first description of the node (it or one merged into it) that has the term, and the
 * key the term is written with there (the first in the JSON's order), into foundPart, foundKey
 * and foundTerm (read them before the next call).
 * @returns whether a description has the term
 */
function firstHaving(node: LdNode, term: string): boolean {
  const more = node.merged;
  for (let i = -1; i < (more ? more.length : 0); i++) {
    const part = i < 0 ? node : more![i]!;
    const info = part.scope.termKeys(term);
    const key = info === undefined ? undefined : firstKey(part, term, info);
    if (key !== undefined) {
      foundPart = part;
      foundKey = key;
      foundTerm = info;
      return true;
    }
  }
  return false;
}

/** @returns the first key of this description (in JSON order) with the term, if any */
function firstKey(part: LdNode, term: string, info: TermKeys): string | undefined {
  const keys = info.keys;
  if (keys.length === 1)
    return isPropertyKey(keys[0]!) && Object.hasOwn(part.raw, keys[0]!) ? keys[0] : undefined;
  for (const k in part.raw) if (isPropertyKey(k) && part.scope.term(k) === term) return k;
  return undefined;
}

/** @returns whether the node has the term (without marking it read) */
export function hasTerm(node: LdNode, term: string): boolean {
  return firstHaving(node, term);
}

/** Marks the term read on the description it belongs to, and the node read. */
function noteUsed(node: LdNode, part: LdNode, term: string, n: number): void {
  if (n >= 0 && n < USED_BITS) part.used |= 1 << n;
  else if (part.usedMore === undefined) part.usedMore = [term];
  else if (!part.usedMore.includes(term)) part.usedMore.push(term);
  node.read = true;
}

/** @returns whether a reader read the term (numbered n by its scope) of this description */
function isUsed(part: LdNode, term: string, n: number): boolean {
  if (n >= 0 && n < USED_BITS) return (part.used & (1 << n)) !== 0;
  return part.usedMore?.includes(term) === true;
}

/** Marks the term read (when the node has it) without making its values. */
export function markUsed(node: LdNode, term: string): void {
  if (firstHaving(node, term)) noteUsed(node, foundPart!, term, foundTerm!.n);
}

/** @returns where the term's property is (its first key), or undefined when the node lacks it */
export function locationOf(node: LdNode, term: string): Loc | undefined {
  return firstHaving(node, term) ? new Loc(foundPart!, foundKey) : undefined;
}

/**
 * The term's property, its values gathered from every description and key that has it.
 * @param mark - mark the term read (on the description it belongs to) and the node read
 * @returns the property, or undefined when the node has no such term
 */
export function property(node: LdNode, term: string, mark: boolean): LdProp | undefined {
  if (!firstHaving(node, term)) return undefined;
  const firstPart = foundPart!;
  const firstKeyOf = foundKey;
  const firstInfo = foundTerm!;
  if (mark) noteUsed(node, firstPart, term, firstInfo.n);
  const prop = new LdProp(firstPart, firstKeyOf, term, []);
  const out = prop.values;
  const more = node.merged;
  if (more === undefined && firstInfo.keys.length === 1) {
    // One description, one key (the usual case): its values, without the walk below.
    readValues(firstPart, firstPart.raw[firstKeyOf], prop, undefined, out);
    return prop;
  }
  let started = false;
  for (let i = -1; i < (more ? more.length : 0); i++) {
    const part = i < 0 ? node : more![i]!;
    if (!started && part !== firstPart) continue;
    started = true;
    const info = part === firstPart ? firstInfo : part.scope.termKeys(term);
    const key =
      part === firstPart ? firstKeyOf : info === undefined ? undefined : firstKey(part, term, info);
    if (key === undefined) continue;
    // Values of every key of the term in this description sit under its first such key.
    const at = part === firstPart ? prop : new Loc(part, key);
    if (info!.keys.length === 1) {
      readValues(part, part.raw[key], at, undefined, out);
      continue;
    }
    for (const k in part.raw)
      if (isPropertyKey(k) && part.scope.term(k) === term)
        readValues(part, part.raw[k], at, undefined, out);
  }
  return prop;
}

const NONE_UNREAD: readonly { key: string; at: Loc }[] = Object.freeze([]);

/** What `rawValue` answers when the term's values need `property` (several keys or descriptions). */
export const SEVERAL = Symbol('several');

/**
 * The term's JSON value when one description has it under one key (the usual case), marked read as
 * `property(node, term, true)` marks it; where it is: `rawLocation()`, until the next read.
 * The readers' fast paths start here: for a plain string, number or list of references they make
 * no LdProp and no value objects (a large import made millions of them).
 * @returns the value (null included), undefined when the node lacks the term, or SEVERAL
 */
export function rawValue(node: LdNode, term: string): unknown {
  if (!firstHaving(node, term)) return undefined;
  noteUsed(node, foundPart!, term, foundTerm!.n);
  if (node.merged !== undefined || foundTerm!.keys.length !== 1) return SEVERAL;
  return foundPart!.raw[foundKey];
}

/** @returns where the value the last `rawValue` returned is: its description and key */
export function rawLocation(): Loc {
  return new Loc(foundPart!, foundKey);
}

/** @returns the key the last `rawValue` read, in `rawPart()` */
export function rawKey(): string {
  return foundKey;
}

/** @returns the description the last `rawValue` read (for embedded nodes and IRIs) */
export function rawPart(): LdNode {
  return foundPart!;
}

/**
 * The node a plain JSON value refers to or embeds, as `values` would give it and `nodesOf` would
 * resolve it: a string or `{"@id"}` reference (undefined when the document lacks it) or an embedded
 * node object. SEVERAL for what needs `values` (`@list`, `@value`, a language map, a nested list);
 * null for a literal that names no node.
 */
export function referredNode(
  part: LdNode,
  raw: unknown,
  resolve: (iri: string) => LdNode | undefined,
): LdNode | undefined | null | typeof SEVERAL {
  switch (rawKind(raw)) {
    case 'literal':
      return typeof raw === 'string' ? resolve(raw) : null;
    case 'none':
      return null;
    case 'ref':
      return resolve(part.scope.expandIri((raw as { '@id': string })['@id']));
    case 'node':
      return embedded(part, raw as Record<string, unknown>);
    default:
      return SEVERAL;
  }
}

/**
 * The properties of the node no reader read, in document order (merged descriptions' new terms
 * after): what the report of ignored properties walks.
 * @returns the key and location of each distinct term not read (usually none)
 */
export function unreadProperties(node: LdNode): readonly { key: string; at: Loc }[] {
  const more = node.merged;
  // Every term of its keys read (the usual case): known without walking its keys.
  if (more === undefined && node.present >= 0 && (node.present & ~node.used) === 0)
    return NONE_UNREAD;
  // Made at the first unread property: a list per node was garbage, and most nodes have none.
  let out: { key: string; at: Loc }[] | undefined;
  // Terms met so far, needed only where a term can repeat: a term several keys normalise to,
  // or a node described more than once.
  let seen: Set<string> | undefined;
  for (let i = -1; i < (more ? more.length : 0); i++) {
    const part = i < 0 ? node : more![i]!;
    for (const key in part.raw) {
      if (!isPropertyKey(key)) continue;
      const info = part.scope.keyTerm(key);
      const term = info.term;
      if (more !== undefined || info.keys.length > 1) {
        seen ??= new Set();
        if (seen.has(term)) continue;
        seen.add(term);
      }
      if (!isUsed(part, term, info.n)) (out ??= []).push({ key, at: new Loc(part, key) });
    }
  }
  return out ?? NONE_UNREAD;
}

/**
 * Makes the values of one JSON value of a property, as the reading of the document did. Recurses
 * only through nested arrays and `@list`s, which the document's depth check (MAX_NESTING) bounds;
 * embedded nodes are not walked again but found among the description's `embeds`.
 */
function readValues(
  part: LdNode,
  raw: unknown,
  parent: Located,
  step: string | number | undefined,
  out: LdValue[],
): void {
  const o = raw as Record<string, unknown>;
  switch (rawKind(raw)) {
    case 'none':
      return;
    case 'literal':
      out.push(new LdLiteral(parent, step, raw));
      return;
    case 'array': {
      const list = raw as unknown[];
      const at = step === undefined ? parent : new Loc(parent, step);
      for (let i = 0; i < list.length; i++) readValues(part, list[i], at, i, out);
      return;
    }
    case 'list':
      readValues(part, o['@list'] ?? o['@set'], parent, step, out);
      return;
    case 'value': {
      const lang = typeof o['@language'] === 'string' ? o['@language'] : undefined;
      out.push(new LdLiteral(parent, step, o['@value'], lang));
      return;
    }
    case 'ref':
      out.push(new LdRef(parent, step, part.scope.expandIri(o['@id'] as string)));
      return;
    case 'node': {
      const value = new LdEmbedded(parent, step);
      value.node = embedded(part, o);
      out.push(value);
      return;
    }
    case 'languages': {
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
    }
  }
}

/** @returns the node the reading of the document made for an embedded JSON object */
function embedded(part: LdNode, o: Record<string, unknown>): LdNode {
  // A loop, not find(closure): this runs for every embedded value a reader reads.
  const embeds = part.embeds;
  if (embeds !== undefined) for (const n of embeds) if (n.raw === o) return n;
  // The document was read whole before any reader ran, so every embedded object has its node.
  throw new Error('internal: an embedded node was not read');
}

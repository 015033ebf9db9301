/**
 * A JSON-LD context as the CTDL reader keeps it: the prefixes and `@vocab` in force, how each key
 * normalises to a term under them (cached: keys repeat on every node), and, the other way round,
 * which keys were seen for each term, so a node's property is found by its term without walking
 * the node's keys.
 *
 * Term normalisation: `ceterms:name`, `ceasn:name`, `https://purl.org/ctdl/terms/name` and a bare
 * `name` under a CTDL `@vocab` all become the term `name` (real files mix the two CTDL namespaces);
 * schema.org terms become `schema:X`, Pathwise's own namespace `pathwise:X`; anything else keeps its
 * full IRI (or its key when it cannot be expanded).
 */
import type { TermKeys, TermScope } from './ld-types.js';

/** Pathwise's own namespace, for catalog fields CTDL has no property for. */
export const PATHWISE_NS = 'https://pathwise.dev/ns/ctdl#';

const CTDL_NS = /^https?:\/\/purl\.org\/ctdl\/terms\//;
const CTDL_ASN_NS = /^https?:\/\/purl\.org\/ctdlasn\/terms\//;
const SCHEMA_NS = /^https?:\/\/schema\.org\//;
const PREFIX_NAME = /^[A-Za-z][\w.-]*$/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** The prefixes every document may use without declaring them. */
export const DEFAULT_PREFIXES: Readonly<Record<string, string>> = {
  ceterms: 'https://purl.org/ctdl/terms/',
  ceasn: 'https://purl.org/ctdlasn/terms/',
  schema: 'https://schema.org/',
  pathwise: PATHWISE_NS,
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

/**
 * The string as V8 keeps property names (internalised). The readers look terms up millions of times
 * with literal names, which are internalised; two internalised strings compare by identity, where
 * a computed term would be compared character by character on every lookup.
 */
const internalised = (s: string): string => Object.keys({ [s]: 0 })[0] ?? s;

/** A term of a scope: the keys seen for it, in the order first seen, and its number. */
interface TermRecord extends TermKeys {
  readonly keys: string[];
}

/** The context in force at one place of a document. */
export class Scope implements TermScope {
  // One record per term (the term, its keys and number), under the term and under each key: a
  // property lookup asks for all of them, with one get.
  private readonly terms = new Map<string, TermRecord>();
  private readonly keys = new Map<string, TermRecord>();
  private readonly types = new Map<string, string>();
  private readonly typeLists = new Map<string, readonly string[]>();
  /** The prefix expandIri last found undeclared, if any (see there). */
  private undeclared = '';

  /**
   * @param prefixes - prefix → IRI (this scope's own object: a context read into it adds to it,
   * before the scope is used: expandIri remembers a prefix it found undeclared)
   * @param vocab - the `@vocab`, if any
   */
  constructor(
    readonly prefixes: Record<string, string>,
    readonly vocab?: string,
  ) {}

  /**
   * A compact IRI `prefix:rest` (not `scheme://…`) whose prefix a context declared, expanded.
   * Looked up before the prefix's grammar is checked: most IRIs (`urn:…`, `https://…`) name no
   * prefix, and a regular expression per reference was a good part of the import's garbage.
   */
  expandIri(iri: string): string {
    const colon = iri.indexOf(':');
    if (colon <= 0 || (iri.charCodeAt(colon + 1) === 0x2f && iri.charCodeAt(colon + 2) === 0x2f))
      return iri;
    // The IRIs of a document mostly share their scheme (`urn:`): checked against the last prefix
    // found undeclared before one is cut out to look up (a string per reference was garbage).
    const undeclared = this.undeclared;
    if (colon === undeclared.length && iri.startsWith(undeclared)) return iri;
    const prefix = iri.slice(0, colon);
    if (!Object.hasOwn(this.prefixes, prefix) || !PREFIX_NAME.test(prefix)) {
      this.undeclared = prefix;
      return iri;
    }
    const rest = iri.slice(colon + 1);
    return LINE_BREAK.test(rest) ? iri : this.prefixes[prefix] + rest;
  }

  /** @returns the normalised term of a property key; the key is remembered under its term */
  term(key: string): string {
    return this.keyTerm(key).term;
  }

  /** @returns the term of a property key with its keys and number; the key is remembered under it */
  keyTerm(key: string): TermKeys {
    const hit = this.terms.get(key);
    if (hit !== undefined) return hit;
    const t = internalised(this.normalise(key));
    let known = this.keys.get(t);
    if (known) known.keys.push(key);
    else this.keys.set(t, (known = { term: t, keys: [key], n: this.keys.size }));
    this.terms.set(key, known);
    return known;
  }

  /** @returns the normalised term of a type (not remembered as a property key) */
  typeTerm(type: string): string {
    return this.types.get(type) ?? this.normaliseType(type);
  }

  /**
   * @returns the normalised type list of a node written with the one type `type`: one list per
   * scope and type, shared by every such node (it must not be changed in place)
   */
  typeList(type: string): readonly string[] {
    let list = this.typeLists.get(type);
    if (list === undefined) {
      list = Object.freeze([this.typeTerm(type)]);
      this.typeLists.set(type, list);
    }
    return list;
  }

  private normaliseType(type: string): string {
    const t = this.normalise(type);
    this.types.set(type, t);
    return t;
  }

  /** @returns the term's keys and number under this scope, or undefined when no key has it */
  termKeys(term: string): TermKeys | undefined {
    return this.keys.get(term);
  }

  private normalise(key: string): string {
    let iri = key;
    if (!key.includes(':')) {
      const def = Object.hasOwn(this.prefixes, key) ? this.prefixes[key] : undefined;
      if (def !== undefined) iri = def;
      else if (this.vocab !== undefined) iri = this.vocab + key;
      else return key; // a bare term with no vocabulary: read as a CTDL term (common drift)
    } else {
      iri = this.expandIri(key);
    }
    if (CTDL_NS.test(iri)) return iri.replace(CTDL_NS, '');
    if (CTDL_ASN_NS.test(iri)) return iri.replace(CTDL_ASN_NS, '');
    if (SCHEMA_NS.test(iri)) return `schema:${iri.replace(SCHEMA_NS, '')}`;
    if (iri.startsWith(PATHWISE_NS)) return `pathwise:${iri.slice(PATHWISE_NS.length)}`;
    return iri;
  }
}

/**
 * The shapes a normalised JSON-LD document is made of: nodes, their properties and values, each
 * knowing its place in the input (`@graph[3].ceterms:hasCondition[0]`) without building that text
 * until a fault or warning asks for it.
 */

/** Anything with a location in the input. */
export type Located = { readonly path: string } | string;

/*
 * Millions of these are made for a large document, so their fields are `declare`d and set in the
 * constructor: a class field declaration compiles (ES2022) to a define per field per instance,
 * which V8 runs through a slow path, most of all in subclasses; an import of 10^5 credentials spent
 * a seventh of its time there.
 */

/**
 * Where a value sits in the input (`@graph[3].ceterms:hasCondition[0]`). The text is built only
 * when a fault or warning asks for it: a large import names few places, and building every path
 * up front was most of its garbage.
 */
export class Loc {
  declare private readonly parent: Located;
  declare private readonly step: string | number | undefined;

  /**
   * @param parent - the enclosing location
   * @param step - an array index, a key, or nothing (the same place as the parent)
   */
  constructor(parent: Located, step?: string | number) {
    this.parent = parent;
    this.step = step;
  }

  /** The location as text. */
  get path(): string {
    const base = typeof this.parent === 'string' ? this.parent : this.parent.path;
    if (this.step === undefined) return base;
    return typeof this.step === 'number' ? `${base}[${this.step}]` : `${base}.${this.step}`;
  }
}

/** A literal value (string, number, boolean, or the content of `@value`). */
export class LdLiteral extends Loc {
  declare readonly kind: 'literal';
  declare readonly value: unknown;
  declare readonly lang: string | undefined;
  constructor(parent: Located, step: string | number | undefined, value: unknown, lang?: string) {
    super(parent, step);
    this.kind = 'literal';
    this.value = value;
    this.lang = lang;
  }
}

/** A reference by IRI (`{"@id": …}`). */
export class LdRef extends Loc {
  declare readonly kind: 'ref';
  declare readonly iri: string;
  constructor(parent: Located, step: string | number | undefined, iri: string) {
    super(parent, step);
    this.kind = 'ref';
    this.iri = iri;
  }
}

/** An embedded node. */
export class LdEmbedded extends Loc {
  declare readonly kind: 'node';
  /** The node; set once it has been read (its location is this value's). */
  declare node: LdNode;
  constructor(parent: Located, step: string | number | undefined) {
    super(parent, step);
    this.kind = 'node';
  }
}

/** One value of a property: a literal, a reference by IRI, or an embedded node. */
export type LdValue = LdLiteral | LdRef | LdEmbedded;

/**
 * A property of a node as a reader sees it: the key as written, its normalised term, and its
 * values. Made when a reader asks for it and dropped after; the node keeps only its JSON.
 */
export class LdProp extends Loc {
  declare readonly key: string;
  declare readonly term: string;
  declare readonly values: LdValue[];
  constructor(parent: Located, key: string, term: string, values: LdValue[]) {
    super(parent, key);
    this.key = key;
    this.term = term;
    this.values = values;
  }
}

/**
 * A property value that points at a node: resolved when the document has the node. It is its own
 * location (a Loc), not a wrapper of one: a large import reads millions of targets.
 */
export class LdTarget extends Loc {
  declare readonly iri: string | undefined;
  declare readonly node: LdNode | undefined;
  /**
   * @param parent - the value it was read from, or the list it is in (with `step`)
   * @param step - its index in that list, or undefined for the value itself
   * @param iri - the IRI it names, if any
   * @param node - the node, when the document has it
   */
  constructor(parent: Located, step: number | undefined, iri?: string, node?: LdNode) {
    super(parent, step);
    this.iri = iri;
    this.node = node;
  }
}

/**
 * A number read from a property, with its location (text built only when asked for). It is its
 * own location (a Loc), not a wrapper of one.
 */
export class NumberAt extends Loc {
  declare readonly value: number;
  /**
   * @param value - the number
   * @param parent - the value it was read from, or the list it is in (with `step`)
   * @param step - its key or index there, or undefined for the value itself
   */
  constructor(value: number, parent: Located, step?: string | number) {
    super(parent, step);
    this.value = value;
  }
}

/** A term, the keys seen under a scope that normalise to it, and the term's number there. */
export interface TermKeys {
  readonly term: string;
  readonly keys: readonly string[];
  readonly n: number;
}

/** How the keys of a node's JSON read: the JSON-LD context in force where the node is. */
export interface TermScope {
  /** @returns the normalised term of a key (`ceterms:name` → `name`) */
  term(key: string): string;
  /**
   * @returns the normalised term of a key with every key seen under this scope that normalises to
   * it (in the order first seen) and its number (0, 1, … in the order terms were first seen)
   */
  keyTerm(key: string): TermKeys;
  /** @returns the term's keys and number (as keyTerm gives them), if any key has it */
  termKeys(term: string): TermKeys | undefined;
  /** @returns an IRI with a declared prefix expanded */
  expandIri(iri: string): string;
}

/** The type list of an untyped node (shared, like every node's list). */
const NO_TYPES: readonly string[] = Object.freeze([]);

/** Terms numbered below this are marked read by a bit of `LdNode.used`. */
export const USED_BITS = 28;
const USED_MASK = (1 << USED_BITS) - 1;
/** LdNode's flags, above its term bits: an importer read a property; the node is embedded. */
const NODE_READ = 1 << USED_BITS;
const NODE_EMBEDDED = 1 << (USED_BITS + 1);

/** What few nodes have: later descriptions merged in, and read terms past USED_BITS. */
interface NodeExtras {
  merged: LdNode[] | undefined;
  usedMore: string[] | undefined;
}

/**
 * A node: the JSON object that describes it, read where a reader asks (its properties are not
 * copied into a graph first: for a large document that graph was five times the document and
 * most of the import's time went to collecting it). A node described twice (the same `@id`)
 * keeps the later descriptions in `merged`; its properties are those of all, in order.
 *
 * A large import keeps hundreds of thousands of nodes to its end, and each field is a word of
 * each: the flags and read-term bits share one number (`bits`), and what few nodes have sits in
 * an `extras` record made when first needed.
 */
export class LdNode {
  declare id: string | undefined;
  /** Normalised type terms (`Pathway`, `CredentialComponent`, `schema:QuantitativeValue`). */
  declare types: readonly string[];
  /** The JSON object of this description. */
  declare readonly raw: Readonly<Record<string, unknown>>;
  /** The context its keys are read under. */
  declare readonly scope: TermScope;
  /** Nodes embedded in this description's values, in document order (found by their JSON object). */
  declare embeds: LdNode[] | undefined;
  /**
   * The terms of this description's keys, a bit per term as in `used`, or -1 when a term is
   * numbered from USED_BITS on: the report of unread properties compares the two instead of
   * walking every node's keys again (at 10^5 credentials, 870,000 nodes, the report took 65 ms;
   * 11 ms with this word more per node).
   */
  declare present: number;
  // The bits of `used` (below USED_BITS), NODE_READ and NODE_EMBEDDED.
  declare private bits: number;
  declare private extras: NodeExtras | undefined;
  declare private readonly at: Located;
  // The node's own key and step under `at` (the property of the node it is embedded in, an index
  // in a list), kept here rather than as a Loc of their own: one object fewer for each of the
  // hundreds of thousands of nodes a large import keeps.
  declare private readonly key: string | undefined;
  declare private readonly step: number | undefined;

  /**
   * @param raw - the node's JSON object
   * @param scope - the context in force there
   * @param at - where the node is in the input (or its property, with `key`, or its list, with `step`)
   * @param embedded - whether it appeared nested inside another node's property
   * @param key - the property of `at` it is the value of, if `at` is its node
   * @param step - its index in the list at `at` (and `key`), if it is in one
   */
  constructor(
    raw: Readonly<Record<string, unknown>>,
    scope: TermScope,
    at: Located,
    embedded: boolean,
    key?: string,
    step?: number,
  ) {
    this.id = undefined;
    this.types = NO_TYPES;
    this.raw = raw;
    this.scope = scope;
    this.embeds = undefined;
    this.present = 0;
    this.bits = embedded ? NODE_EMBEDDED : 0;
    this.extras = undefined;
    this.at = at;
    this.key = key;
    this.step = step;
  }

  /** Whether an importer read any of its properties. */
  get read(): boolean {
    return (this.bits & NODE_READ) !== 0;
  }
  set read(read: boolean) {
    this.bits = read ? this.bits | NODE_READ : this.bits & ~NODE_READ;
  }

  /** True when the node appeared nested inside another node's property. */
  get embedded(): boolean {
    return (this.bits & NODE_EMBEDDED) !== 0;
  }
  set embedded(embedded: boolean) {
    this.bits = embedded ? this.bits | NODE_EMBEDDED : this.bits & ~NODE_EMBEDDED;
  }

  /**
   * Terms of this description that an importer read (the rest are reported as ignored): a bit per
   * term numbered below USED_BITS by its scope, `usedMore` for the rest (a list per node was a
   * good part of a large import's garbage).
   */
  get used(): number {
    return this.bits & USED_MASK;
  }
  set used(used: number) {
    this.bits = (this.bits & ~USED_MASK) | (used & USED_MASK);
  }

  /** The read terms numbered from USED_BITS on (see `used`). */
  get usedMore(): string[] | undefined {
    return this.extras?.usedMore;
  }
  set usedMore(terms: string[] | undefined) {
    (this.extras ??= { merged: undefined, usedMore: undefined }).usedMore = terms;
  }

  /** Later descriptions of the same `@id`, merged into this one. */
  get merged(): LdNode[] | undefined {
    return this.extras?.merged;
  }
  set merged(nodes: LdNode[] | undefined) {
    (this.extras ??= { merged: undefined, usedMore: undefined }).merged = nodes;
  }

  /** Where the node is in the input. */
  get path(): string {
    return placePath(this.at, this.key, this.step);
  }
}

/**
 * The text of a place given as a location, a key under it and an index there (both optional), as
 * nested Locs would give it.
 */
export function placePath(at: Located, key: string | undefined, step: number | undefined): string {
  const base = typeof at === 'string' ? at : at.path;
  const keyed = key === undefined ? base : `${base}.${key}`;
  return step === undefined ? keyed : `${keyed}[${step}]`;
}

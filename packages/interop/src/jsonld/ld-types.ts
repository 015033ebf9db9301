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

/** A property of a node: the key as written, its normalised term, and its values. */
export class LdProp extends Loc {
  declare readonly key: string;
  declare readonly term: string;
  declare values: LdValue[];
  /** Whether an importer read it; the rest are reported as ignored. */
  declare used: boolean;
  constructor(parent: Located, key: string, term: string) {
    super(parent, key);
    this.key = key;
    this.term = term;
    this.values = [];
    this.used = false;
  }
}

/** Past this many properties a node's lookups go through a Map rather than along its list. */
export const LIST_LOOKUP_MAX = 8;

/**
 * A node's properties by normalised term. Nodes have a handful, so they are a list looked up in
 * order, with a Map only for a node that has many: a Map per node was the largest part of a
 * large import's memory.
 */
export class LdProps {
  declare private readonly list: LdProp[];
  declare private index: Map<string, LdProp> | undefined;

  /** @param list - the properties, distinct terms, in document order (kept, not copied) */
  constructor(list: LdProp[]) {
    this.list = list;
    this.index = undefined;
    if (list.length > LIST_LOOKUP_MAX) this.index = new Map(list.map((p) => [p.term, p]));
  }

  /** @returns the property with this term, if the node has it */
  get(term: string): LdProp | undefined {
    if (this.index) return this.index.get(term);
    for (const p of this.list) if (p.term === term) return p;
    return undefined;
  }

  /** @returns whether the node has a property with this term */
  has(term: string): boolean {
    return this.get(term) !== undefined;
  }

  /** Adds a property whose term the node does not have yet. */
  add(prop: LdProp): void {
    this.list.push(prop);
    if (this.index) this.index.set(prop.term, prop);
    else if (this.list.length > LIST_LOOKUP_MAX)
      this.index = new Map(this.list.map((p) => [p.term, p]));
  }

  /** How many properties the node has. */
  get size(): number {
    return this.list.length;
  }

  /** @returns the properties, in document order */
  values(): readonly LdProp[] {
    return this.list;
  }
}

/** A node with normalised property terms. */
export class LdNode {
  declare id: string | undefined;
  /** Normalised type terms (`Pathway`, `CredentialComponent`, `schema:QuantitativeValue`). */
  declare types: string[];
  declare props: LdProps;
  /** Whether an importer read any of its properties. */
  declare read: boolean;
  declare private readonly at: Located;
  /** True when the node appeared nested inside another node's property. */
  declare embedded: boolean;

  /**
   * @param at - where the node is in the input
   * @param embedded - whether it appeared nested inside another node's property
   */
  constructor(at: Located, embedded: boolean) {
    this.id = undefined;
    this.types = [];
    this.props = new LdProps([]);
    this.read = false;
    this.at = at;
    this.embedded = embedded;
  }

  /** Where the node is in the input. */
  get path(): string {
    return typeof this.at === 'string' ? this.at : this.at.path;
  }
}

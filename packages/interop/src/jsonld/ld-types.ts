/**
 * The shapes a normalised JSON-LD document is made of: nodes, their properties and values, each
 * knowing its place in the input (`@graph[3].ceterms:hasCondition[0]`) without building that text
 * until a fault or warning asks for it.
 */

/** Anything with a location in the input. */
export type Located = { readonly path: string } | string;

/**
 * Where a value sits in the input (`@graph[3].ceterms:hasCondition[0]`). The text is built only
 * when a fault or warning asks for it: a large import names few places, and building every path
 * up front was most of its garbage.
 */
export class Loc {
  /**
   * @param parent - the enclosing location
   * @param step - an array index, a key, or nothing (the same place as the parent)
   */
  constructor(
    private readonly parent: Located,
    private readonly step?: string | number,
  ) {}

  /** The location as text. */
  get path(): string {
    const base = typeof this.parent === 'string' ? this.parent : this.parent.path;
    if (this.step === undefined) return base;
    return typeof this.step === 'number' ? `${base}[${this.step}]` : `${base}.${this.step}`;
  }
}

/** A literal value (string, number, boolean, or the content of `@value`). */
export class LdLiteral extends Loc {
  readonly kind = 'literal';
  constructor(
    parent: Located,
    step: string | number | undefined,
    readonly value: unknown,
    readonly lang?: string,
  ) {
    super(parent, step);
  }
}

/** A reference by IRI (`{"@id": …}`). */
export class LdRef extends Loc {
  readonly kind = 'ref';
  constructor(
    parent: Located,
    step: string | number | undefined,
    readonly iri: string,
  ) {
    super(parent, step);
  }
}

/** An embedded node. */
export class LdEmbedded extends Loc {
  readonly kind = 'node';
  /** The node; set once it has been read (its location is this value's). */
  node!: LdNode;
}

/** One value of a property: a literal, a reference by IRI, or an embedded node. */
export type LdValue = LdLiteral | LdRef | LdEmbedded;

/** A property of a node: the key as written and its values. */
export class LdProp extends Loc {
  readonly values: LdValue[] = [];
  /** Whether an importer read it; the rest are reported as ignored. */
  used = false;
  constructor(
    parent: Located,
    readonly key: string,
  ) {
    super(parent, key);
  }
}

/** A node with normalised property terms. */
export class LdNode {
  id?: string;
  /** Normalised type terms (`Pathway`, `CredentialComponent`, `schema:QuantitativeValue`). */
  readonly types: string[] = [];
  readonly props = new Map<string, LdProp>();
  /** Whether an importer read any of its properties. */
  read = false;
  constructor(
    private readonly at: Located,
    /** True when the node appeared nested inside another node's property. */
    public embedded: boolean,
  ) {}

  /** Where the node is in the input. */
  get path(): string {
    return typeof this.at === 'string' ? this.at : this.at.path;
  }
}

/**
 * What the CTDL rule readers share: the graph, the log, and the catalog id of each importable node.
 */
import type { CredentialKind, Requirement } from '@pathwise/core';
import type { ImportLog } from '../errors.js';
import type { LdGraph, LdNode } from '../jsonld/normalise.js';
import type { LdTarget } from '../jsonld/read.js';
import { locOf, numberAt, targets, values } from '../jsonld/read.js';
import { SEVERAL, plainResolvedNodes, plainTargetIds, soleNumber } from '../jsonld/plain-reads.js';
import { hasRepeat } from '../requirement/canonical.js';

/** Shared state of one CTDL import. */
export interface RuleContext {
  graph: LdGraph;
  log: ImportLog;
  /** The catalog id of a node that imports as a credential; undefined for any other node. */
  idOf(node: LdNode): string | undefined;
  /**
   * `idOf(graph.resolve(iri))` where the graph files a node under this very IRI (its `@id`);
   * undefined otherwise (then resolve and idOf answer).
   */
  idOfIri(iri: string): string | undefined;
  /**
   * With the `stubExternal` option: the id of a stand-in credential for a reference the document
   * does not describe (a resource elsewhere in the registry); undefined without the option.
   */
  external(iri: string, kind: CredentialKind, path: string): string | undefined;
  /** True under the `stubExternal` option. */
  stubExternal: boolean;
}

/**
 * Resolves the targets of a reference property to catalog ids; a dangling reference or one to a
 * node that is not a credential, course, assessment or component is a fault (dropping it would
 * loosen the rule), so fewer ids than targets means faults were logged.
 * @param what - what a target is called in a fault
 * @param kind - the kind of a stand-in credential (`stubExternal`)
 * @returns the ids, in document order
 */
export function targetIds(
  ctx: RuleContext,
  node: LdNode,
  term: string,
  what: string,
  kind: CredentialKind = 'course',
): string[] {
  // The usual case, every target a credential of the document: ids read straight from the JSON.
  return (
    plainTargetIds(ctx.graph, node, term, ctx.idOf, ctx.idOfIri) ??
    resolveTargets(ctx, targets(ctx.graph, node, term), what, kind)
  );
}

function resolveTargets(
  ctx: RuleContext,
  found: LdTarget[],
  what: string,
  kind: CredentialKind,
): string[] {
  const ids: string[] = [];
  for (const t of found) {
    const stub = !t.node && t.iri !== undefined ? ctx.external(t.iri, kind, t.path) : undefined;
    if (stub !== undefined) {
      ids.push(stub);
      continue;
    }
    if (!t.node) {
      ctx.log.fault(
        'DANGLING_REFERENCE',
        t.path,
        `${what} ${t.iri ?? '(no IRI)'} is not described in the document`,
      );
      continue;
    }
    const id = ctx.idOf(t.node);
    if (id === undefined) {
      ctx.log.fault(
        'UNSUPPORTED_RULE',
        t.path,
        `${what} ${t.iri ?? t.node.path} is a ${t.node.types.join('/') || 'untyped node'}, not a credential, course, assessment or pathway component`,
      );
      continue;
    }
    ids.push(id);
  }
  return ids;
}

/**
 * Resolves the nodes a structural property names (`hasCondition`, `requires`, `alternativeCondition`).
 * A reference the document does not describe is a fault, or, with `stubExternal`, a warning that
 * the part it stands for is not enforced (a condition cannot be stood in for by a credential).
 * @returns the nodes found, in document order
 */
export function structuralNodes(ctx: RuleContext, node: LdNode, term: string): LdNode[] {
  const out: LdNode[] = [];
  if (plainResolvedNodes(ctx.graph, node, term, out)) return out;
  for (const t of targets(ctx.graph, node, term)) {
    if (t.node) out.push(t.node);
    else if (ctx.stubExternal)
      ctx.log.warn(
        'IGNORED_NODE',
        t.path,
        `${term} ${t.iri ?? '(no IRI)'} is not described in the document; that part of the rule is not enforced`,
      );
    else
      ctx.log.fault(
        'DANGLING_REFERENCE',
        t.path,
        `${term} ${t.iri ?? '(no IRI)'} is not described in the document`,
      );
  }
  return out;
}

/**
 * Reads `requiredNumber`: a whole number, or a fault (a word such as "two" never means "all").
 * @returns the number and its path, undefined when absent, or null after a fault
 */
export function requiredNumber(
  ctx: RuleContext,
  node: LdNode,
): { value: number; path: string } | undefined | null {
  const plain = soleNumber(node, 'requiredNumber');
  if (plain !== SEVERAL) return plain;
  const raw = values(node, 'requiredNumber');
  if (raw.length === 0) return undefined;
  const found = raw.length === 1 ? numberAt(raw[0]!) : undefined; // one read, not two
  if (found === undefined) {
    ctx.log.fault(
      'BAD_VALUE',
      raw[0]!.path,
      raw.length > 1
        ? 'requiredNumber is given more than once'
        : `requiredNumber ${JSON.stringify(raw[0]!.kind === 'literal' ? raw[0]!.value : raw[0]!.kind)} is not a number`,
    );
    return null;
  }
  return found;
}

/** Lists this long or shorter are checked for repeats pairwise, without a Set. */
const SHORT_LIST = 16;

/**
 * @param node - the node the targets are read from
 * @param term - the property they are read from; without it, the warnings name the node
 * @returns the ids without repeats, warning once per repeated id (a target counts once)
 */
export function distinctTargets(
  ctx: RuleContext,
  ids: string[],
  node: LdNode,
  term?: string,
): string[] {
  if (ids.length < 2 || (ids.length <= SHORT_LIST && !hasRepeat(ids))) return ids;
  // The location is made only here, where a warning may need it: a Loc per rule was garbage.
  const at = term === undefined ? node : locOf(node, term);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const id of ids) {
    if (!seen.has(id)) {
      seen.add(id);
      out.push(id);
    } else
      ctx.log.warn('DEFAULTED', at.path, `target ${id} is named more than once; it counts once`);
  }
  return out;
}

/**
 * Builds the group a count rule means: k of n items, with k = n as `all`, k = 1 as `any`,
 * and a single item standing for itself.
 */
export function countGroup(items: Requirement[], k: number): Requirement {
  if (items.length === 1) return items[0]!;
  if (k === items.length) return { all: items };
  if (k === 1) return { any: items };
  return { atLeast: k, of: items };
}

/** @returns `{ all: parts }`, the single part, or undefined for none */
export function allOf(parts: Requirement[]): Requirement | undefined {
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : { all: parts };
}

/**
 * The pathways of a CTDL document, with their names, IRIs and destination components. A pathway
 * states its destination with `hasDestinationComponent`; a component may also call itself the
 * destination (`isDestinationComponentOf`). When the two disagree, the pathway's own statement is
 * taken and the conflict is a CONFLICT warning naming both. A `PathwaySet` lists pathways
 * (`hasPathway`); a reference to one the document lacks is a dangling reference.
 */
import type { LdNode } from '../jsonld/normalise.js';
import { strings, targets, text, use } from '../jsonld/read.js';
import type { RuleContext } from './rule-context.js';
import { structuralNodes, targetIds } from './rule-context.js';

/** A pathway found in the document: its destination components are the natural targets. */
export interface ImportedPathway {
  iri?: string;
  name?: string;
  /** The catalog ids of its destination components. */
  destinations: string[];
}

/**
 * @param ctx - the import's shared state
 * @param pathways - the Pathway nodes, in document order
 * @param sets - the PathwaySet nodes
 * @param importable - every node that imports as a credential
 * @returns one entry per pathway, in document order
 */
export function readPathways(
  ctx: RuleContext,
  pathways: LdNode[],
  sets: LdNode[],
  importable: LdNode[],
): ImportedPathway[] {
  for (const set of sets) {
    structuralNodes(ctx, set, 'hasPathway');
    use(set, 'name', 'description', 'ctid', 'ownedBy', 'offeredBy', 'subjectWebpage');
  }
  const claimed = new Map<LdNode, { id: string; path: string }[]>();
  for (const node of importable) {
    for (const t of targets(
      ctx.graph,
      node,
      'isDestinationComponentOf',
      'isDestinationComponentFor',
    )) {
      if (!t.node) continue;
      const list = claimed.get(t.node) ?? [];
      list.push({ id: ctx.idOf(node)!, path: t.path });
      claimed.set(t.node, list);
    }
  }
  return pathways.map((p) => {
    const stated = targetIds(
      ctx,
      p,
      'hasDestinationComponent',
      'destination component',
      'certificate',
    );
    const destinations = [...new Set(stated)];
    const claims = claimed.get(p) ?? [];
    const name = text(p, 'name');
    const other = claims.filter((c) => !destinations.includes(c.id));
    if (destinations.length === 0) {
      destinations.push(...new Set(claims.map((c) => c.id)));
    } else if (other.length > 0) {
      ctx.log.warn(
        'CONFLICT',
        other[0]!.path,
        `pathway ${name ?? p.id ?? p.path} names destination ${destinations.join(', ')} (hasDestinationComponent), but ${other.map((c) => c.id).join(', ')} call(s) itself the destination (isDestinationComponentOf); took ${destinations.join(', ')}`,
      );
    }
    use(p, 'hasChild', 'hasPart', 'ownedBy', 'offeredBy', 'ctid', 'description');
    strings(p, 'subjectWebpage');
    return { ...(p.id ? { iri: p.id } : {}), ...(name ? { name } : {}), destinations };
  });
}

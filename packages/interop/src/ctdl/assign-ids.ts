/**
 * Catalog ids for imported CTDL nodes: a Pathwise identifier written by exportCtdl, else the CTID
 * (the one the `@id` ends in, else a well-formed `ctid`; lower case), else the `@id`,
 * else a slug of the name; made to fit catalog-v1's id pattern and unique.
 */
import { ID_PATTERN } from '@pathwise/core';
import type { ImportLog } from '../errors.js';
import type { LdGraph, LdNode } from '../jsonld/normalise.js';
import { CTID, ctidAtEnd } from '../jsonld/normalise.js';
import { nodesOf, pathOf, text } from '../jsonld/read.js';

/** The `identifierTypeName` exportCtdl writes to carry a catalog id through CTDL. */
export const PATHWISE_IDENTIFIER_TYPE = 'pathwise';

/**
 * @param graph - the document
 * @param nodes - nodes that import as credentials or providers, in document order
 * @param log - where renamings are reported
 * @returns each node's id
 */
export function assignIds(graph: LdGraph, nodes: LdNode[], log: ImportLog): Map<LdNode, string> {
  const ids = new Map<LdNode, string>();
  const taken = new Set<string>();
  for (const node of nodes) {
    const { id: wanted, from } = preferredId(graph, node, log);
    let id = ID_PATTERN.test(wanted) ? wanted : sanitise(wanted);
    if (taken.has(id)) {
      let n = 2;
      while (taken.has(`${id.slice(0, 190)}-${n}`)) n++;
      id = `${id.slice(0, 190)}-${n}`;
    }
    if (id !== wanted)
      log.warn('RENAMED_ID', node.path, `${from} "${wanted}" imported as id "${id}"`);
    taken.add(id);
    ids.set(node, id);
  }
  return ids;
}

function preferredId(graph: LdGraph, node: LdNode, log: ImportLog): { id: string; from: string } {
  for (const ident of nodesOf(graph, node, 'identifier')) {
    const type = text(ident, 'identifierTypeName');
    const code = text(ident, 'identifierValueCode');
    if (type === PATHWISE_IDENTIFIER_TYPE && code) return { id: code, from: 'identifier' };
  }
  const written = text(node, 'ctid');
  const ctid = written !== undefined && CTID.test(written) ? written.toLowerCase() : undefined;
  const fromIri = node.id !== undefined ? ctidAtEnd(node.id)?.toLowerCase() : undefined;
  if (written !== undefined && ctid === undefined) {
    log.warn(
      'IGNORED_PROPERTY',
      pathOf(node, 'ctid'),
      `ctid "${written}" is not a CTID (ce- and a UUID); ${fromIri ? `used the CTID of @id, ${fromIri}` : 'used the @id'}`,
    );
  } else if (ctid !== undefined && fromIri !== undefined && ctid !== fromIri) {
    log.warn(
      'CONFLICT',
      pathOf(node, 'ctid'),
      `ctid ${ctid} differs from the CTID of @id ${node.id}; took the @id's, ${fromIri}`,
    );
  }
  const chosen = fromIri ?? ctid;
  if (chosen) return { id: chosen, from: 'ctid' };
  if (node.id && !node.id.startsWith('_:')) return { id: node.id, from: '@id' };
  const name = text(node, 'name');
  return { id: name ? slug(name) : 'unnamed', from: name ? 'name' : 'node' };
}

function sanitise(text: string): string {
  const cleaned = text
    .replace(/[^A-Za-z0-9._:/-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 200);
  return cleaned.length > 0 ? cleaned : 'unnamed';
}

function slug(name: string): string {
  return sanitise(name.toLowerCase().replace(/\s+/g, '-'));
}

/**
 * CTDL JSON-LD to a catalog-v1 document: pathway components and CTDL credentials (with their
 * assessments and learning opportunities) become credentials, their conditions become requirements,
 * organisations become providers. Everything ignored, defaulted or approximated is a warning;
 * anything that would make a rule wrong (a dangling target, an unsupported constraint) is a fault.
 * Several documents (a list, or a file of concatenated documents) are merged by `@id` into one.
 * Identity travels with the catalog: each credential keeps its node's `@id` as `x-ctdl-id`, and the
 * catalog keeps its pathways (IRI, name, destinations) as `x-ctdl-pathways`, so exportCtdl writes
 * them back and a round trip keeps ids.
 */
import type { Catalog, Credential, CredentialKind, Provider, Requirement } from '@pathwise/core';
import { CATALOG_FORMAT, ID_PATTERN, PROVIDER_KINDS, validateCatalog } from '@pathwise/core';
import type { ImportWarning } from '../errors.js';
import { ImportInvalidError, ImportLog } from '../errors.js';
import type { LdNode } from '../jsonld/normalise.js';
import { normaliseJsonLd } from '../jsonld/normalise.js';
import { conceptNames, has, nodesOf, text, use, useEach } from '../jsonld/read.js';
import { readJsonText } from '../json/read-json-text.js';
import { classify } from './classify-node.js';
import type { Role } from './classify-node.js';
import { readPathways } from './read-pathways.js';
import { CTDL_ID_FIELD, CTDL_PATHWAYS_FIELD } from './identity-fields.js';
import type { ImportedPathway } from './read-pathways.js';
import { assignIds } from './assign-ids.js';
import { componentRequirement } from './component-rules.js';
import { credentialRequirement } from './credential-rules.js';
import {
  readCost,
  readCredits,
  readDuration,
  readPathwiseFields,
  readValidityMonths,
} from './node-fields.js';
import { canonicalRequirement } from '../requirement/canonical.js';
import { reportIgnored } from './report-ignored.js';
import { credentialKind } from './vocab.js';

export type { ImportedPathway } from './read-pathways.js';

/**
 * What a credential's node and the node it stands for (`proxyFor`) say that is read elsewhere or
 * has no catalog field: accounted for, not ignored. Constant lists: `use(node, ...terms)` made a
 * list per credential.
 */
const CREDENTIAL_READ: readonly string[] = [
  'ctid',
  'identifier',
  'isPartOf',
  'isChildOf',
  'proxyFor',
  'sourceData',
];
const PROXY_READ: readonly string[] = ['ctid', 'identifier', 'isPartOf', 'hasDestinationComponent'];

/** Options of importCtdl. */
export interface ImportCtdlOptions {
  /** Currency when the document names none (catalog-v1 `currency`). */
  currency?: string;
  /**
   * Import a reference to a resource the document does not describe (a credential or assessment
   * published elsewhere in the registry) as a stand-in credential with cost 0 and 0 weeks, with a
   * warning, instead of refusing the document. The rule stays exact; only those numbers are unknown.
   */
  stubExternal?: boolean;
}

/** What importCtdl returns. */
export interface ImportCtdlResult {
  catalog: Catalog;
  warnings: ImportWarning[];
  pathways: ImportedPathway[];
}

/**
 * Imports a CTDL document: a `ceterms:Pathway` with its components (`@graph` or expanded form),
 * CTDL credentials with `ceterms:requires` condition profiles, or a list of either. A list of
 * documents (a pathway file and a courses file) is merged by `@id` into one import.
 * @param doc - the parsed JSON-LD, or its text (a byte-order mark and concatenated documents are read)
 * @param options - defaults for what the document leaves out
 * @returns a catalog that passes core's parseCatalog, the warnings, and the pathways found
 * @throws ImportInvalidError (code IMPORT_INVALID) listing every fault
 */
export function importCtdl(doc: unknown, options: ImportCtdlOptions = {}): ImportCtdlResult {
  const log = new ImportLog();
  if (typeof doc === 'string') doc = readJsonText(doc);
  const graph = normaliseJsonLd(doc, log);
  if (log.faults.some((f) => f.code === 'TOO_DEEP')) log.throwIfFaulty(); // not read in full
  const roles = new Map<LdNode, { role: Role; kind: CredentialKind | 'credential' }>();
  const pathways: LdNode[] = [];
  const sets: LdNode[] = [];
  const orgs: LdNode[] = [];
  const walletNodes: LdNode[] = [];
  // Index loops over the document's nodes and credentials: an iterator step each was garbage.
  for (let i = 0; i < graph.nodes.length; i++) {
    const node = graph.nodes[i]!;
    const role = classify(node, log);
    if (role === 'pathway') pathways.push(node);
    else if (role === 'pathway-set') sets.push(node);
    else if (role === 'org') orgs.push(node);
    else if (role === 'wallet') walletNodes.push(node);
    else if (role) roles.set(node, role);
  }
  // A component that stands for a course or credential described elsewhere in the document
  // (`proxyFor` / `sourceData`): that node's numbers fill in what the component leaves out, and it
  // is one credential with the component, not a second one.
  const proxyOf = new Map<LdNode, LdNode>();
  // forEach, not for-of over entries: an entry array per credential was garbage.
  roles.forEach(({ role }, node) => {
    if (role !== 'component') return;
    for (const p of nodesOf(graph, node, 'proxyFor', 'sourceData')) {
      if (p === node || roles.get(p)?.role === 'component') continue;
      proxyOf.set(node, p);
      break;
    }
  });
  for (const proxy of proxyOf.values()) roles.delete(proxy);
  // The importable nodes in document order, with their class beside them: the loop below reads it
  // from this list, not by a lookup in `roles` per credential.
  const importable: LdNode[] = [];
  const classes: { role: Role; kind: CredentialKind | 'credential' }[] = [];
  roles.forEach((cls, node) => {
    importable.push(node);
    classes.push(cls);
  });
  if (importable.length === 0 && walletNodes.length > 0) {
    throw new ImportInvalidError([
      {
        code: 'WRONG_FORMAT',
        path: walletNodes[0]!.path,
        message: `this is an Open Badges / Verifiable Credential document (${walletNodes[0]!.types.join(', ')}), not CTDL; give it to plan --wallet`,
      },
    ]);
  }
  if (importable.length === 0) {
    log.fault(
      'NO_CONTENT',
      '',
      'no pathway component, credential, assessment or learning opportunity found',
    );
    throw new ImportInvalidError(log.faults);
  }
  const ids = assignIds(graph, importable, log);
  proxyOf.forEach((proxy, component) => ids.set(proxy, ids.get(component)!));
  const orgIds = assignIds(graph, orgs, new ImportLog());
  // The ids taken, for naming stand-ins: made at the first stand-in (a Set of every id was built
  // for each import, stand-ins or not).
  let taken: Set<string> | undefined;
  const stubs = new Map<string, Credential>();
  const external = (iri: string, kind: CredentialKind, path: string): string | undefined => {
    if (!options.stubExternal) return undefined;
    const known = stubs.get(iri);
    if (known) return known.id;
    taken ??= new Set(ids.values());
    const base = ID_PATTERN.test(iri)
      ? iri
      : iri.replace(/[^A-Za-z0-9._:/-]+/g, '-').slice(0, 190) || 'external';
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    stubs.set(iri, { id, name: iri, kind, cost: 0, durationWeeks: 0, url: iri });
    log.warn(
      'DEFAULTED',
      path,
      `${iri} is not in the document; imported as stand-in "${id}" with cost 0 and 0 weeks`,
    );
    return id;
  };
  // The catalog id by the IRI a node is filed under: a reference's id in one lookup.
  const idByIri = new Map<string, string>();
  ids.forEach((id, node) => {
    if (node.id !== undefined && graph.resolve(node.id) === node) idByIri.set(node.id, id);
  });
  const ctx = {
    graph,
    log,
    idOf: (n: LdNode) => ids.get(n),
    idOfIri: (iri: string) => idByIri.get(iri),
    external,
    stubExternal: options.stubExternal === true,
  };

  const pathwayOrg = pathways.flatMap((p) => nodesOf(graph, p, 'ownedBy', 'offeredBy'))[0];
  // The first place each currency is named, for the fault when there are several.
  const currencies = new Map<string, { readonly path: string }>();
  const noteCurrency = (c: { currency: string; at: { readonly path: string } }): void => {
    if (!currencies.has(c.currency)) currencies.set(c.currency, c.at);
  };
  for (const p of pathways) {
    const c = text(p, 'pathwise:currency');
    if (c) noteCurrency({ currency: c, at: p });
  }
  const missing = { cost: [] as string[], weeks: [] as string[] };
  const credentials: Credential[] = [];
  for (let i = 0; i < importable.length; i++) {
    const node = importable[i]!;
    const { role, kind } = classes[i]!;
    useEach(node, CREDENTIAL_READ);
    const id = ids.get(node)!;
    const proxy = proxyOf.get(node);
    if (proxy) useEach(proxy, PROXY_READ);
    const name = text(node, 'name') ?? (proxy && text(proxy, 'name'));
    if (!name) log.warn('DEFAULTED', node.path, `no name; used the id "${id}"`);
    const cost = readCost(graph, node, log) ?? (proxy && readCost(graph, proxy, log));
    if (cost) cost.currencies.forEach(noteCurrency);
    const duration = readDuration(graph, node, log) ?? (proxy && readDuration(graph, proxy, log));
    if (cost === undefined) missing.cost.push(id);
    if (duration?.weeks === undefined) missing.weeks.push(id);
    const credential: Credential = {
      id,
      name: name ?? id,
      kind: kind === 'credential' ? componentCredentialKind(node, log) : kind,
      cost: cost?.cost ?? 0,
      durationWeeks: duration?.weeks ?? 0,
    };
    if (duration?.effortHours !== undefined) credential.effortHours = duration.effortHours;
    if (
      node.id !== undefined &&
      node.id !== id &&
      !node.id.startsWith('_:') &&
      !node.id.startsWith('urn:pathwise:')
    )
      credential[CTDL_ID_FIELD] = node.id;
    const orgNode =
      firstIn(nodesOf(graph, node, 'ownedBy', 'offeredBy'), orgIds) ??
      (role === 'component' ? pathwayOrg : undefined);
    if (orgNode && orgIds.has(orgNode)) credential.provider = orgIds.get(orgNode)!;
    const credits = readCredits(graph, node, log) ?? (proxy && readCredits(graph, proxy, log));
    if (credits !== undefined) credential.credits = credits;
    const validity = readValidityMonths(node, log);
    if (validity !== undefined) credential.validityMonths = validity;
    Object.assign(credential, readPathwiseFields(node));
    // A credential used as a pathway component carries its conditions like any component.
    const requires: Requirement | undefined =
      role === 'component'
        ? componentRequirement(ctx, node)
        : has(node, 'hasCondition', 'hasChild', 'prerequisite')
          ? allOfDefined(credentialRequirement(ctx, node), componentRequirement(ctx, node))
          : credentialRequirement(ctx, node);
    if (requires !== undefined) credential.requires = canonicalRequirement(requires);
    const url = text(node, 'subjectWebpage') ?? (proxy && text(proxy, 'subjectWebpage'));
    if (url) credential.url = url;
    const description = text(node, 'description') ?? (proxy && text(proxy, 'description'));
    if (description) credential.description = description;
    credentials.push(credential);
  }
  for (const [what, list] of [
    ['estimatedCost', missing.cost],
    ['estimatedDuration', missing.weeks],
  ] as const) {
    if (list.length > 0) {
      log.warn(
        'DEFAULTED',
        '',
        `${list.length} item(s) give no ${what}; ${what === 'estimatedCost' ? 'cost' : 'durationWeeks'} set to 0: ${list.slice(0, 10).join(', ')}${list.length > 10 ? ', …' : ''}`,
      );
    }
  }
  const distinct = [...currencies.keys()];
  if (distinct.length > 1) {
    log.fault(
      'BAD_VALUE',
      currencies.get(distinct[1]!)!.path,
      `costs are in several currencies (${distinct.join(', ')}); they cannot be added up`,
    );
  }
  const providers = orgs.map((o) => provider(o, orgIds.get(o)!, log));
  const imported: ImportedPathway[] = readPathways(ctx, pathways, sets, importable);
  credentials.push(...stubs.values());
  const catalog: Catalog = { format: CATALOG_FORMAT, credentials };
  const currency = distinct[0] ?? options.currency;
  if (currency) catalog.currency = currency;
  if (providers.length > 0) catalog.providers = providers;
  // Identity of the source pathways, for exportCtdl; one exportCtdl made up itself is not kept.
  const sourced = imported.filter((p) => p.iri === undefined || !p.iri.startsWith('urn:pathwise:'));
  if (sourced.length > 0) catalog[CTDL_PATHWAYS_FIELD] = sourced;
  for (const p of pathways) {
    // Only the catalog's own `x-` extensions travel on the pathway node.
    for (const [k, v] of Object.entries(readPathwiseFields(p))) {
      if (k.startsWith('x-')) (catalog as unknown as Record<string, unknown>)[k] = v;
    }
  }
  reportIgnored(graph, log);
  log.throwIfFaulty();
  const result = validateCatalog(catalog);
  if (!result.ok) {
    throw new ImportInvalidError(
      result.faults.map((f) => ({
        code: 'CATALOG_RULE' as const,
        path: sourcePath(f.path, importable),
        message: `${f.message} (${f.code})`,
      })),
    );
  }
  return { catalog, warnings: log.warnings, pathways: imported };
}

function componentCredentialKind(node: LdNode, log: ImportLog): CredentialKind {
  const type = conceptNames(node, 'credentialType')[0];
  const kind = type ? credentialKind(type) : undefined;
  if (!kind) {
    log.warn(
      'DEFAULTED',
      node.path,
      type
        ? `credentialType ${type} is not one Pathwise knows; imported as a certificate`
        : 'credential component without credentialType; imported as a certificate',
    );
  }
  return kind ?? 'certificate';
}

function provider(node: LdNode, id: string, log: ImportLog): Provider {
  use(node, 'ctid', 'identifier');
  const name = text(node, 'name');
  if (!name) log.warn('DEFAULTED', node.path, `organisation without a name; used the id "${id}"`);
  const p: Provider = { id, name: name ?? id };
  const kind = text(node, 'pathwise:providerKind');
  if (kind && (PROVIDER_KINDS as readonly string[]).includes(kind))
    p.kind = kind as Provider['kind'];
  const url = text(node, 'subjectWebpage');
  if (url) p.url = url;
  const ext = readPathwiseFields(node);
  for (const [k, v] of Object.entries(ext))
    if (k.startsWith('x-')) (p as unknown as Record<string, unknown>)[k] = v;
  return p;
}

/** @returns the first node the map has (a loop: a closure per credential was garbage) */
function firstIn(nodes: LdNode[], map: Map<LdNode, string>): LdNode | undefined {
  for (const n of nodes) if (map.has(n)) return n;
  return undefined;
}

function allOfDefined(...parts: (Requirement | undefined)[]): Requirement | undefined {
  const defined = parts.filter((r): r is Requirement => r !== undefined);
  return defined.length === 0 ? undefined : defined.length === 1 ? defined[0] : { all: defined };
}

function sourcePath(path: string, nodes: LdNode[]): string {
  const m = /^credentials\[(\d+)\](.*)$/.exec(path);
  const node = m ? nodes[Number(m[1])] : undefined;
  return node ? `${node.path} (${path})` : path;
}

/**
 * CTDL JSON-LD to a catalog-v1 document: pathway components and CTDL credentials (with their
 * assessments and learning opportunities) become credentials, their conditions become requirements,
 * organisations become providers. Everything ignored, defaulted or approximated is a warning;
 * anything that would make a rule wrong (a dangling target, an unsupported constraint) is a fault.
 */
import type { Catalog, Credential, CredentialKind, Provider, Requirement } from '@pathwise/core';
import { CATALOG_FORMAT, ID_PATTERN, PROVIDER_KINDS, validateCatalog } from '@pathwise/core';
import type { ImportWarning } from '../errors.js';
import { ImportInvalidError, ImportLog } from '../errors.js';
import type { LdGraph, LdNode } from '../jsonld/normalise.js';
import { normaliseJsonLd } from '../jsonld/normalise.js';
import { conceptNames, nodesOf, strings, targets, text, values } from '../jsonld/read.js';
import { assignIds } from './assign-ids.js';
import { componentRequirement } from './component-rules.js';
import { credentialRequirement } from './credential-rules.js';
import {
  readCost,
  readCredits,
  readPathwiseFields,
  readValidityMonths,
  readWeeks,
} from './node-fields.js';
import { canonicalRequirement } from '../requirement/canonical.js';
import { reportIgnored } from './report-ignored.js';
import { ACTIVITY_KINDS, COMPONENT_KINDS, credentialKind, isCredentialClass } from './vocab.js';

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

/** A pathway found in the document: its destination components are the natural targets. */
export interface ImportedPathway {
  iri?: string;
  name?: string;
  destinations: string[];
}

/** What importCtdl returns. */
export interface ImportCtdlResult {
  catalog: Catalog;
  warnings: ImportWarning[];
  pathways: ImportedPathway[];
}

type Role = 'component' | 'credential' | 'activity';

/**
 * Imports a CTDL document: a `ceterms:Pathway` with its components (`@graph` or expanded form),
 * CTDL credentials with `ceterms:requires` condition profiles, or a list of either.
 * @param doc - the parsed JSON-LD (a JSON string is parsed first)
 * @param options - defaults for what the document leaves out
 * @returns a catalog that passes core's parseCatalog, the warnings, and the pathways found
 * @throws ImportInvalidError (code IMPORT_INVALID) listing every fault
 */
export function importCtdl(doc: unknown, options: ImportCtdlOptions = {}): ImportCtdlResult {
  const log = new ImportLog();
  if (typeof doc === 'string') {
    try {
      doc = JSON.parse(doc) as unknown;
    } catch (error) {
      throw new ImportInvalidError([
        { code: 'NOT_JSON', path: '', message: `not JSON: ${(error as Error).message}` },
      ]);
    }
  }
  const graph = normaliseJsonLd(doc, log);
  const roles = new Map<LdNode, { role: Role; kind: CredentialKind | 'credential' }>();
  const pathways: LdNode[] = [];
  const orgs: LdNode[] = [];
  for (const node of graph.nodes) {
    const role = classify(node, log);
    if (role === 'pathway') pathways.push(node);
    else if (role === 'org') orgs.push(node);
    else if (role) roles.set(node, role);
  }
  const importable = [...roles.keys()];
  if (importable.length === 0) {
    log.fault(
      'NO_CONTENT',
      '',
      'no pathway component, credential, assessment or learning opportunity found',
    );
    throw new ImportInvalidError(log.faults);
  }
  const ids = assignIds(graph, importable, log);
  const orgIds = assignIds(graph, orgs, new ImportLog());
  const taken = new Set(ids.values());
  const stubs = new Map<string, Credential>();
  const external = (iri: string, kind: CredentialKind, path: string): string | undefined => {
    if (!options.stubExternal) return undefined;
    const known = stubs.get(iri);
    if (known) return known.id;
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
  const ctx = { graph, log, idOf: (n: LdNode) => ids.get(n), external };

  const pathwayOrg = pathways.flatMap((p) => nodesOf(graph, p, 'ownedBy', 'offeredBy'))[0];
  const currencies: { currency: string; path: string }[] = [];
  for (const p of pathways) {
    const c = text(p, 'pathwise:currency');
    if (c) currencies.push({ currency: c, path: p.path });
  }
  const missing = { cost: [] as string[], weeks: [] as string[] };
  const credentials: Credential[] = [];
  for (const node of importable) {
    const { role, kind } = roles.get(node)!;
    values(node, 'ctid', 'identifier', 'isPartOf', 'isChildOf'); // structure, read elsewhere or implied
    const id = ids.get(node)!;
    const name = text(node, 'name');
    if (!name) log.warn('DEFAULTED', node.path, `no name; used the id "${id}"`);
    const cost = readCost(graph, node, log);
    if (cost) currencies.push(...cost.currencies);
    const weeks = readWeeks(graph, node, log);
    if (cost === undefined) missing.cost.push(id);
    if (weeks === undefined) missing.weeks.push(id);
    const credential: Credential = {
      id,
      name: name ?? id,
      kind: kind === 'credential' ? componentCredentialKind(node, log) : kind,
      cost: cost?.cost ?? 0,
      durationWeeks: weeks ?? 0,
    };
    const orgNode =
      nodesOf(graph, node, 'ownedBy', 'offeredBy').find((o) => orgIds.has(o)) ??
      (role === 'component' ? pathwayOrg : undefined);
    if (orgNode && orgIds.has(orgNode)) credential.provider = orgIds.get(orgNode)!;
    const credits = readCredits(graph, node, log);
    if (credits !== undefined) credential.credits = credits;
    const validity = readValidityMonths(node, log);
    if (validity !== undefined) credential.validityMonths = validity;
    Object.assign(credential, readPathwiseFields(node));
    const requires: Requirement | undefined =
      role === 'component' ? componentRequirement(ctx, node) : credentialRequirement(ctx, node);
    if (requires !== undefined) credential.requires = canonicalRequirement(requires);
    const url = text(node, 'subjectWebpage');
    if (url) credential.url = url;
    const description = text(node, 'description');
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
  const distinct = [...new Set(currencies.map((c) => c.currency))];
  if (distinct.length > 1) {
    log.fault(
      'BAD_VALUE',
      currencies.find((c) => c.currency !== distinct[0])!.path,
      `costs are in several currencies (${distinct.join(', ')}); they cannot be added up`,
    );
  }
  const providers = orgs.map((o) => provider(o, orgIds.get(o)!, log));
  const imported: ImportedPathway[] = pathways.map((p) => readPathway(ctx, p));
  for (const node of importable) {
    for (const t of targets(graph, node, 'isDestinationComponentOf', 'isDestinationComponentFor')) {
      const pw = t.node ? imported[pathways.indexOf(t.node)] : undefined;
      if (pw && !pw.destinations.includes(ids.get(node)!)) pw.destinations.push(ids.get(node)!);
    }
  }
  credentials.push(...stubs.values());
  const catalog: Catalog = { format: CATALOG_FORMAT, credentials };
  const currency = distinct[0] ?? options.currency;
  if (currency) catalog.currency = currency;
  if (providers.length > 0) catalog.providers = providers;
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

function classify(
  node: LdNode,
  log: ImportLog,
): 'pathway' | 'org' | { role: Role; kind: CredentialKind | 'credential' } | undefined {
  for (const t of node.types) {
    if (t === 'Pathway') return 'pathway';
    if (/Organization$/.test(t)) return 'org';
    if (Object.hasOwn(COMPONENT_KINDS, t)) return { role: 'component', kind: COMPONENT_KINDS[t]! };
    if (Object.hasOwn(ACTIVITY_KINDS, t)) return { role: 'activity', kind: ACTIVITY_KINDS[t]! };
    if (isCredentialClass(t)) {
      const kind = credentialKind(t);
      if (!kind)
        log.warn(
          'UNKNOWN_TYPE',
          node.path,
          `credential class ${t} is not one Pathwise knows; imported as a certificate`,
        );
      return { role: 'credential', kind: kind ?? 'certificate' };
    }
  }
  const unknownComponent = node.types.find((t) => /Component$/.test(t) && t !== 'PathwayComponent');
  if (unknownComponent || node.types.includes('PathwayComponent')) {
    log.warn(
      'UNKNOWN_TYPE',
      node.path,
      `component type ${unknownComponent ?? 'PathwayComponent'} is not one Pathwise knows; imported as a course so its rules still hold`,
    );
    return { role: 'component', kind: 'course' };
  }
  return undefined;
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
  values(node, 'ctid', 'identifier');
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

function readPathway(
  ctx: { graph: LdGraph; idOf(n: LdNode): string | undefined },
  p: LdNode,
): ImportedPathway {
  const destinations = targets(ctx.graph, p, 'hasDestinationComponent').flatMap((t) => {
    const id = t.node ? ctx.idOf(t.node) : undefined;
    return id ? [id] : [];
  });
  values(p, 'hasChild', 'hasPart', 'ownedBy', 'offeredBy', 'ctid');
  strings(p, 'subjectWebpage');
  const name = text(p, 'name');
  return { iri: p.id || undefined, name: name || undefined, destinations };
}

function sourcePath(path: string, nodes: LdNode[]): string {
  const m = /^credentials\[(\d+)\](.*)$/.exec(path);
  const node = m ? nodes[Number(m[1])] : undefined;
  return node ? `${node.path} (${path})` : path;
}

/**
 * A catalog (or the part one target needs) as a CTDL `ceterms:Pathway` JSON-LD document that
 * importCtdl reads back to the same rules and numbers. Requirements become ComponentConditions
 * (`requiredNumber` + `targetComponent`, nested `hasCondition`), credit rules become `array:Sum` /
 * `compare:GTEQ` constraints. Catalog fields CTDL has no property for (effort hours, EQF level,
 * skills, `x-` extensions, provider kind) go under Pathwise's own `pathwise:` namespace, declared in
 * the document's inline `@context`, so the document stays valid JSON-LD and self-contained.
 * Identity an import kept is written back: a credential's `x-ctdl-id` is its node's `@id` (and its
 * CTID, when the IRI ends in one), and the catalog's `x-ctdl-pathways` give the pathways' IRIs,
 * names and destinations.
 */
import type { Catalog, Credential, Provider, Requirement } from '@pathwise/core';
import { UnknownCredentialError, isAll, isAny, isAtLeast, requirementIds } from '@pathwise/core';
import { PATHWISE_NS } from '../jsonld/normalise.js';
import { PATHWISE_IDENTIFIER_TYPE } from './assign-ids.js';
import { formatMonths, formatWeeks } from './iso-duration.js';
import { componentFor } from './vocab.js';
import { CTDL_ID_FIELD, CTDL_PATHWAYS_FIELD } from './identity-fields.js';
import type { ImportedPathway } from './read-pathways.js';

/** Options of exportCtdl. */
export interface ExportCtdlOptions {
  /** Export only this credential and everything its requirements name, with it as the destination. */
  target?: string;
  /** IRI prefix for the nodes' `@id`s (default `urn:pathwise:`). */
  baseIri?: string;
}

const CONTEXT = {
  ceterms: 'https://purl.org/ctdl/terms/',
  schema: 'https://schema.org/',
  pathwise: PATHWISE_NS,
};

const CTID_AT_END = /(ce-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/**
 * @param catalog - a valid catalog
 * @param options - a target to export only its pathway; the IRI base
 * @returns the JSON-LD document (`@context` + `@graph`)
 * @throws UnknownCredentialError when the target is not in the catalog
 */
export function exportCtdl(catalog: Catalog, options: ExportCtdlOptions = {}): object {
  const base = options.baseIri ?? 'urn:pathwise:';
  const byId = new Map(catalog.credentials.map((c) => [c.id, c] as const));
  const iri = (id: string): string => {
    const kept = byId.get(id)?.[CTDL_ID_FIELD];
    return typeof kept === 'string' && kept !== ''
      ? kept
      : `${base}credential:${encodeURIComponent(id)}`;
  };
  const orgIri = (id: string): string => `${base}organization:${encodeURIComponent(id)}`;
  let chosen: Credential[];
  let destinations: string[];
  if (options.target !== undefined) {
    if (!byId.has(options.target)) throw new UnknownCredentialError(options.target);
    const keep = new Set<string>();
    const visit = (id: string): void => {
      if (keep.has(id)) return;
      keep.add(id);
      requirementIds(byId.get(id)?.requires).forEach(visit);
    };
    visit(options.target);
    chosen = catalog.credentials.filter((c) => keep.has(c.id));
    destinations = [options.target];
  } else {
    chosen = catalog.credentials;
    const named = new Set(chosen.flatMap((c) => requirementIds(c.requires)));
    destinations = chosen.filter((c) => !named.has(c.id)).map((c) => c.id);
  }
  const providerIds = new Set(chosen.flatMap((c) => (c.provider ? [c.provider] : [])));
  const providers = (catalog.providers ?? []).filter(
    (p) => options.target === undefined || providerIds.has(p.id),
  );
  const kept = keptPathways(catalog).find(
    (p) => options.target === undefined || p.destinations.includes(options.target),
  );
  if (kept && options.target === undefined && kept.destinations.some((d) => byId.has(d)))
    destinations = kept.destinations.filter((d) => byId.has(d));
  const pathwayIri =
    kept?.iri ??
    `${base}pathway${options.target !== undefined ? `:${encodeURIComponent(options.target)}` : ''}`;
  const targetName = options.target !== undefined ? byId.get(options.target)!.name : undefined;
  const pathway: Record<string, unknown> = {
    '@id': pathwayIri,
    '@type': 'ceterms:Pathway',
    'ceterms:name':
      kept?.name ?? (targetName !== undefined ? `Pathway to ${targetName}` : 'Pathwise catalog'),
    'ceterms:hasDestinationComponent': destinations.map((id) => ({ '@id': iri(id) })),
    'ceterms:hasChild': destinations.map((id) => ({ '@id': iri(id) })),
    'ceterms:hasPart': chosen.map((c) => ({ '@id': iri(c.id) })),
  };
  if (catalog.currency) pathway['pathwise:currency'] = catalog.currency;
  const catalogExt = extensions(catalog);
  if (catalogExt) pathway['pathwise:extensions'] = catalogExt;
  const graph: object[] = [pathway];
  for (const p of providers) graph.push(organization(p, orgIri(p.id)));
  for (const c of chosen) {
    graph.push(component(c, { iri, orgIri, pathwayIri, currency: catalog.currency }));
  }
  return { '@context': CONTEXT, '@graph': graph };
}

interface Iris {
  iri(id: string): string;
  orgIri(id: string): string;
  pathwayIri: string;
  currency: string | undefined;
}

function component(c: Credential, ctx: Iris): object {
  const { type, credentialType } = componentFor(c.kind);
  const node: Record<string, unknown> = {
    '@id': ctx.iri(c.id),
    '@type': type,
    'ceterms:name': c.name,
    'ceterms:identifier': [identifier(c.id)],
  };
  const ctid = CTID_AT_END.exec(ctx.iri(c.id))?.[1] ?? CTID_AT_END.exec(c.id)?.[1];
  if (ctid !== undefined) node['ceterms:ctid'] = ctid.toLowerCase();
  if (credentialType) node['ceterms:credentialType'] = credentialType;
  if (c.description !== undefined) node['ceterms:description'] = c.description;
  if (c.url !== undefined) node['ceterms:subjectWebpage'] = c.url;
  node['ceterms:isPartOf'] = { '@id': ctx.pathwayIri };
  if (c.provider !== undefined) node['ceterms:ownedBy'] = [{ '@id': ctx.orgIri(c.provider) }];
  node['ceterms:estimatedCost'] = [
    {
      '@type': 'ceterms:CostProfile',
      'ceterms:price': c.cost,
      ...(ctx.currency ? { 'ceterms:currency': ctx.currency } : {}),
    },
  ];
  node['ceterms:estimatedDuration'] = [
    { '@type': 'ceterms:DurationProfile', 'ceterms:exactDuration': formatWeeks(c.durationWeeks) },
  ];
  if (c.credits !== undefined) {
    node['ceterms:creditValue'] = [
      { '@type': 'schema:QuantitativeValue', 'schema:value': c.credits },
    ];
  }
  if (c.validityMonths !== undefined)
    node['ceterms:renewalFrequency'] = formatMonths(c.validityMonths);
  if (c.effortHours !== undefined) node['pathwise:effortHours'] = c.effortHours;
  if (c.level !== undefined) node['pathwise:level'] = c.level;
  if (c.skills !== undefined) node['pathwise:skills'] = { '@list': [...c.skills] };
  const ext = extensions(c);
  if (ext) node['pathwise:extensions'] = ext;
  if (c.requires !== undefined) {
    node['ceterms:hasChild'] = requirementIds(c.requires).map((id) => ({ '@id': ctx.iri(id) }));
    const parts = isAll(c.requires) ? c.requires.all : [c.requires];
    node['ceterms:hasCondition'] = parts.map((r) => condition(r, ctx));
  }
  return node;
}

function condition(req: Requirement, ctx: Iris): object {
  const node: Record<string, unknown> = { '@type': 'ceterms:ComponentCondition' };
  if (typeof req === 'string') {
    node['ceterms:requiredNumber'] = 1;
    node['ceterms:targetComponent'] = [{ '@id': ctx.iri(req) }];
    return node;
  }
  if (isAll(req) || isAny(req) || isAtLeast(req)) {
    const items = isAll(req) ? req.all : isAny(req) ? req.any : req.of;
    node['ceterms:requiredNumber'] = isAll(req) ? items.length : isAny(req) ? 1 : req.atLeast;
    const ids = items.filter((i): i is string => typeof i === 'string');
    const groups = items.filter((i) => typeof i !== 'string');
    if (ids.length > 0) node['ceterms:targetComponent'] = ids.map((id) => ({ '@id': ctx.iri(id) }));
    if (groups.length > 0) node['ceterms:hasCondition'] = groups.map((g) => condition(g, ctx));
    return node;
  }
  node['ceterms:targetComponent'] = req.of.map((id) => ({ '@id': ctx.iri(id) }));
  node['ceterms:hasConstraint'] = [
    {
      '@type': 'ceterms:Constraint',
      'ceterms:leftSource': ['ceterms:creditValue'],
      'ceterms:leftAction': 'array:Sum',
      'ceterms:comparator': 'compare:GTEQ',
      'ceterms:rightSource': [String(req.credits)],
    },
  ];
  return node;
}

function organization(p: Provider, id: string): object {
  const node: Record<string, unknown> = {
    '@id': id,
    '@type': 'ceterms:CredentialOrganization',
    'ceterms:name': p.name,
    'ceterms:identifier': [identifier(p.id)],
  };
  const ctid = CTID_AT_END.exec(p.id)?.[1];
  if (ctid !== undefined) node['ceterms:ctid'] = ctid.toLowerCase();
  if (p.url !== undefined) node['ceterms:subjectWebpage'] = p.url;
  if (p.kind !== undefined) node['pathwise:providerKind'] = p.kind;
  const ext = extensions(p);
  if (ext) node['pathwise:extensions'] = ext;
  return node;
}

function identifier(id: string): object {
  return {
    '@type': 'ceterms:IdentifierValue',
    'ceterms:identifierTypeName': PATHWISE_IDENTIFIER_TYPE,
    'ceterms:identifierValueCode': id,
  };
}

function keptPathways(catalog: Catalog): ImportedPathway[] {
  const kept = catalog[CTDL_PATHWAYS_FIELD];
  if (!Array.isArray(kept)) return [];
  return kept.flatMap((p: unknown): ImportedPathway[] => {
    if (!p || typeof p !== 'object') return [];
    const { iri, name, destinations } = p as Record<string, unknown>;
    return [
      {
        ...(typeof iri === 'string' ? { iri } : {}),
        ...(typeof name === 'string' ? { name } : {}),
        destinations: Array.isArray(destinations)
          ? destinations.filter((d): d is string => typeof d === 'string')
          : [],
      },
    ];
  });
}

function extensions(o: object): object | undefined {
  // Identity kept by an import is written as the node's own @id and the pathway, not as an extension.
  const ext = Object.fromEntries(
    Object.entries(o).filter(([k]) => k.startsWith('x-') && !k.startsWith('x-ctdl-')),
  );
  return Object.keys(ext).length > 0 ? { '@type': '@json', '@value': ext } : undefined;
}

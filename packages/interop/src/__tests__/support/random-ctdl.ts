/**
 * Random CTDL documents for the differential test of the CTDL reader, from a seed: the same seed
 * gives the same document on every machine and every version of the test libraries (a small
 * hand-written generator, so the checked digests of the old reader's output stay meaningful).
 * The documents mix what real files and the issue-12 fixtures do: contexts, `@vocab`, compact and
 * full IRIs, envelopes, `@list` / `@value` / language maps, nodes described twice, dangling and
 * repeated references, conditions nested (embedded and by reference, now and then past the rule
 * limit), credential profiles with alternatives, organisations, unknown types and properties, and
 * now and then JSON nested past the reader's limit.
 */
import { prng } from '@pathwise/test-support';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** One generated case: the document and the import options. */
export interface RandomCtdlCase {
  doc: Json;
  options: { stubExternal?: boolean; currency?: string };
}

/**
 * @param seed - any integer
 * @returns a CTDL document (often valid, often not) and the options to import it with
 */
export function randomCtdl(seed: number): RandomCtdlCase {
  const r = prng(seed);
  const int = (n: number): number => Math.floor(r() * n);
  const chance = (p: number): boolean => r() < p;
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  /** A value that makes the document faulty: rare, so most documents import. */
  const rare = (): boolean => chance(0.03);
  const vocab = chance(0.15);
  const t = (term: string): string =>
    vocab && chance(0.7)
      ? term
      : pick(['ceterms:', 'ceterms:', 'ceasn:', 'https://purl.org/ctdl/terms/', 'ct:']) + term;
  const n = 1 + int(12);
  const ctid = (i: number): string =>
    `ce-${(0x10000000 + i * 7919 + (seed % 1000)).toString(16).slice(0, 8)}-0000-4000-8000-00000000000${i % 10}`;
  const iriOf = (i: number): string =>
    pick([
      `urn:x:c${i}`,
      `https://credentialengineregistry.org/resources/${ctid(i)}`,
      `ex:c${i}`,
      `_:b${i}`,
      `urn:pathwise:credential:c${i}`,
    ]);
  const iris = Array.from({ length: n }, (_, i) => iriOf(i));
  // References mostly point back to earlier nodes, so most documents have no cycle.
  let before = n;
  const ref = (): Json => {
    const i = chance(0.97) ? int(Math.max(before, 1)) : n + int(2); // now and then one the document does not describe
    const iri = i < n ? iris[i]! : `urn:missing:${i}`;
    return chance(0.5) ? { '@id': iri } : !rare() ? iri : { '@id': iri.toUpperCase() };
  };
  const refs = (): Json => {
    const k = rare() ? 0 : 1 + int(3);
    const list = Array.from({ length: k }, ref);
    return chance(0.1) ? { '@list': list } : k === 1 && chance(0.3) ? list[0]! : list;
  };
  const literal = (): Json =>
    pick<Json>([
      'x',
      2,
      '3',
      'two',
      -1,
      0,
      true,
      null,
      { '@value': 4 },
      { en: 'English', fr: 'Français' },
      { '@value': 'P2W', '@language': 'en' },
      ['a', 'b'],
      { '@id': 'compare:GTEQ' },
    ]);
  const deep = (depth: number): Json => {
    let v: Json = 'bottom';
    for (let i = 0; i < depth; i++) v = chance(0.5) ? [v] : { 'ceterms:x': v };
    return v;
  };

  const condition = (depth: number): Json => {
    const c: { [k: string]: Json } = { '@type': t('ComponentCondition') };
    if (chance(0.9)) c[t('targetComponent')] = refs();
    if (chance(0.25))
      c[t('requiredNumber')] = rare()
        ? pick<Json>([3, 0, 'two', 1.5, [1, 2]])
        : pick<Json>([1, 1, '1']);
    if (chance(0.2))
      c[t('logicalOperator')] = rare() ? 'Xor' : pick<Json>(['logic:Or', 'logic:And']);
    if (chance(0.1)) c[t('hasConstraint')] = constraint();
    if (depth > 0 && chance(0.5))
      c[t('hasCondition')] = Array.from({ length: 1 + int(2) }, () => condition(depth - 1));
    if (chance(0.1)) c[t('name')] = literal();
    return c;
  };
  const constraint = (): Json => ({
    '@type': t('Constraint'),
    [t('leftAction')]: rare() ? pick(['array:Average', 'x:Mean']) : 'array:Sum',
    [t('leftSource')]: pick<Json>(['ceterms:creditValue', 'x:grade', []]),
    [t('comparator')]: rare() ? 'compare:LT' : 'compare:GTEQ',
    [t('rightSource')]: rare() ? pick<Json>([0, [1, 2]]) : pick<Json>([6, '3']),
  });
  const profile = (depth: number): Json => {
    const p: { [k: string]: Json } = { '@type': t('ConditionProfile') };
    for (const term of ['targetCredential', 'targetAssessment', 'targetLearningOpportunity'])
      if (chance(0.4)) p[t(term)] = refs();
    if (chance(0.3)) p[t('requiredNumber')] = rare() ? pick<Json>([5, 'one']) : 1;
    if (chance(0.1)) p[t('targetCompetency')] = 'x';
    if (depth > 0 && chance(0.3)) p[t('alternativeCondition')] = [profile(depth - 1)];
    return p;
  };
  const cost = (): Json => ({
    '@type': t('CostProfile'),
    [t('price')]: rare() ? -3 : pick<Json>([10, '25.5', 0.1]),
    ...(chance(0.7)
      ? { [t('currency')]: rare() ? pick(['EUR', 'Zork']) : pick(['USD', 'usd', 'US Dollar']) }
      : {}),
    ...(chance(0.4) ? { [t('directCostType')]: pick(['costType:Tuition', 'costType:Fee']) } : {}),
  });
  const types = [
    'CourseComponent',
    'CredentialComponent',
    'AssessmentComponent',
    'BasicComponent',
    'PathwayComponent',
    'FooComponent',
    'Certification',
    'Certificate',
    'Badge',
    'Course',
    'LearningOpportunityProfile',
    'AssessmentProfile',
    'CredentialOrganization',
    'Widget',
  ];
  const node = (i: number, embedded: boolean): { [k: string]: Json } => {
    const o: { [k: string]: Json } = {};
    if (!embedded || chance(0.5)) o['@id'] = iris[i]!;
    if (!rare()) {
      const type = rare() ? pick(['CredentialOrganization', 'Widget']) : pick(types.slice(0, -2));
      o['@type'] = chance(0.1) ? [t(type), 'x:Other'] : t(type);
    }
    if (chance(0.85)) o[t('name')] = chance(0.8) ? `Item ${i}` : literal();
    if (chance(0.1)) o.name = `Bare ${i}`;
    if (chance(0.3)) o[t('ctid')] = chance(0.7) ? ctid(i).toUpperCase() : 'ce-nope';
    if (chance(0.5)) o[t('estimatedCost')] = Array.from({ length: 1 + int(2) }, cost);
    if (chance(0.5))
      o[t('estimatedDuration')] = [
        {
          '@type': t('DurationProfile'),
          [t(pick(['exactDuration', 'maximumDuration', 'minimumDuration']))]: pick([
            'P5W',
            'PT40H',
            'P1Y',
            'P2M',
            rare() ? 'soon' : 'P3W',
          ]),
        },
      ];
    if (chance(0.4))
      o[t('creditValue')] = chance(0.5)
        ? pick<Json>([3, '2', rare() ? -1 : 1])
        : { '@type': 'schema:QuantitativeValue', 'schema:value': pick<Json>([2, '4']) };
    if (chance(0.3)) o[t('hasChild')] = refs();
    if (chance(0.5))
      o[t('hasCondition')] = !rare()
        ? Array.from({ length: 1 + int(2) }, () => condition(int(4)))
        : refs();
    if (chance(0.3)) o[t('requires')] = [profile(2)];
    if (chance(0.15)) o[t('prerequisite')] = refs();
    if (chance(0.1)) o[t('proxyFor')] = ref();
    if (chance(0.1)) o[t('isDestinationComponentOf')] = { '@id': 'urn:x:pathway' };
    if (chance(0.15)) o[t('ownedBy')] = chance(0.5) ? { '@id': 'urn:x:org' } : ref();
    if (chance(0.1))
      o[t('renewalFrequency')] = pick(['P2Y', 'P0D', 'P13W', rare() ? 'never' : 'P1Y']);
    if (chance(0.1)) o[t('credentialType')] = pick(['ceterms:Badge', 'ceterms:Zork']);
    if (chance(0.1)) o['pathwise:level'] = int(5);
    if (chance(0.15)) o[t('somethingElse')] = literal();
    if (chance(0.05)) o['x:unknown'] = literal();
    if (chance(0.1))
      o[t('identifier')] = {
        '@type': t('IdentifierValue'),
        [t('identifierTypeName')]: 'pathwise',
        [t('identifierValueCode')]: pick([`id${i}`, 'bad id!', `id${int(3)}`]),
      };
    return o;
  };

  const graph: Json[] = [];
  if (chance(0.7)) {
    const p: { [k: string]: Json } = { '@id': 'urn:x:pathway', '@type': t('Pathway') };
    if (chance(0.8)) p[t('name')] = 'The pathway';
    if (chance(0.7)) p[t('hasDestinationComponent')] = refs();
    if (chance(0.3)) p[t('ownedBy')] = { '@id': 'urn:x:org' };
    if (chance(0.2)) p['pathwise:currency'] = rare() ? 'EUR' : 'USD';
    graph.push(p);
  }
  if (chance(0.3))
    graph.push({ '@id': 'urn:x:org', '@type': t('CredentialOrganization'), [t('name')]: 'Org' });
  if (chance(0.1))
    graph.push({ '@id': 'urn:x:set', '@type': t('PathwaySet'), [t('hasPathway')]: refs() });
  for (let i = 0; i < n; i++) {
    before = chance(0.95) ? i : n;
    const o = node(i, false);
    if (chance(0.1)) o['@context'] = { ct: 'https://purl.org/ctdl/terms/' };
    // Now and then a node is embedded in another's property, or described a second time.
    if (graph.length > 0 && chance(0.1)) {
      const host = graph[int(graph.length)] as { [k: string]: Json };
      host[t('hasPart')] = [node(i, true)];
    }
    graph.push(o);
    if (chance(0.08)) graph.push({ '@id': iris[i]!, [t('description')]: `again ${i}` });
  }
  if (chance(0.02)) graph.push({ '@type': t('Course'), [t('name')]: deep(150 + int(100)) });
  if (chance(0.02)) {
    // Conditions nested past the rule limit, embedded.
    let c: Json = { '@type': t('ComponentCondition'), [t('targetComponent')]: iris[0]! };
    for (let d = 0; d < 60 + int(20); d++)
      c = { '@type': t('ComponentCondition'), [t('hasCondition')]: [c] };
    graph.push({ '@type': t('CourseComponent'), [t('name')]: 'deep', [t('hasCondition')]: [c] });
  }
  if (chance(0.02)) graph.push(pick<Json>([null, 3, 'text', []]));
  const context: Json = vocab
    ? { '@vocab': 'https://purl.org/ctdl/terms/', ct: 'https://purl.org/ctdl/terms/' }
    : chance(0.5)
      ? { ct: 'https://purl.org/ctdl/terms/', ex: 'urn:ex:' }
      : 'https://credreg.net/ctdl/schema/context/json';
  let doc: Json;
  const shape = int(10);
  if (shape < 6) doc = { '@context': context, '@graph': graph };
  else if (shape < 7) doc = graph;
  else if (shape < 8)
    doc = [{ '@context': context, '@graph': graph.slice(0, 2) }, ...graph.slice(2)];
  else if (shape < 9) doc = { decoded_resource: { '@context': context, '@graph': graph } };
  else doc = graph[0] ?? {};
  const options: RandomCtdlCase['options'] = {};
  if (chance(0.3)) options.stubExternal = true;
  if (chance(0.2)) options.currency = 'EUR';
  return { doc, options };
}

// Issue 12, CTDL side: one fixture per failure class (fixtures/issue-12/ctdl-NN-*.json, written from the
// public CTDL terms), each asserting the exact rules imported, the warnings, or the fault code.
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '@pathwise/core';
import type { ImportWarning } from '../errors.js';
import { importCtdl } from '../ctdl/import-ctdl.js';
import { exportCtdl } from '../ctdl/export-ctdl.js';
import { MAX_NESTING, MAX_RULE_DEPTH } from '../json/nesting.js';
import { fixture, fixtureText } from './support/fixtures.js';
import { refusal } from './support/refusal.js';

const ex = (k: string): string => `https://example.org/ctdl/${k}`;
const f12 = (name: string): unknown => fixture(`issue-12/${name}`);

const codes = (ws: ImportWarning[], code: string): ImportWarning[] =>
  ws.filter((w) => w.code === code);

describe('issue 12, CTDL', () => {
  it('1. a Certification used as a pathway component keeps its hasCondition', () => {
    const { catalog } = importCtdl(f12('ctdl-01-credential-component.json'));
    const cert = catalog.credentials.find((c) => c.id === ex('cert'))!;
    expect(cert.kind).toBe('certification');
    expect(cert.requires).toEqual({
      all: [ex('exam'), { atLeast: 2, of: [ex('a'), ex('b'), ex('c')] }],
    });
  });

  it('2. hasChild without a condition reads as all children, with a warning each time', () => {
    const { catalog, warnings } = importCtdl(f12('ctdl-02-children-without-condition.json'));
    expect(catalog.credentials[0]!.requires).toEqual({ all: [ex('a'), ex('b')] });
    expect(
      warnings.filter(
        (w) => w.code === 'DEFAULTED' && /hasChild without hasCondition/.test(w.message),
      ),
    ).toEqual([expect.objectContaining({ path: '@graph[1].ceterms:hasChild' })]);
  });

  it('3. dangling hasCondition / requires / hasDestinationComponent fault; --stub-external warns', () => {
    expect(refusal(() => importCtdl(f12('ctdl-03-dangling-condition.json')))).toEqual([
      {
        code: 'DANGLING_REFERENCE',
        path: '@graph[0].ceterms:hasCondition[0]',
        message: expect.stringContaining('urn:x'),
      },
    ]);
    const stubbed = importCtdl(f12('ctdl-03-dangling-condition.json'), { stubExternal: true });
    expect(stubbed.catalog.credentials).toEqual([expect.objectContaining({ id: 'urn:a' })]);
    expect(stubbed.catalog.credentials[0]!.requires).toBeUndefined();
    expect(stubbed.warnings).toContainEqual(
      expect.objectContaining({ code: 'IGNORED_NODE', path: '@graph[0].ceterms:hasCondition[0]' }),
    );
    expect(
      refusal(() => importCtdl(f12('ctdl-03-dangling-destination-and-requires.json'))).map((f) => [
        f.code,
        f.path,
      ]),
    ).toEqual([
      ['DANGLING_REFERENCE', '@graph[1].ceterms:requires[0]'],
      ['DANGLING_REFERENCE', '@graph[0].ceterms:hasDestinationComponent[0]'],
    ]);
  });

  it('4. a repeated targetComponent counts once: 2 of [b, b, c] needs both b and c', () => {
    const { catalog, warnings } = importCtdl(f12('ctdl-04-repeated-target.json'));
    expect(catalog.credentials[0]!.requires).toEqual({ all: [ex('b'), ex('c')] });
    expect(warnings).toContainEqual(
      expect.objectContaining({
        code: 'DEFAULTED',
        message: expect.stringContaining(`${ex('b')} is named more than once`),
      }),
    );
  });

  it('5. requiredNumber "two" is a BAD_VALUE fault, never "all"', () => {
    expect(refusal(() => importCtdl(f12('ctdl-05-required-number-word.json')))).toEqual([
      expect.objectContaining({
        code: 'BAD_VALUE',
        path: '@graph[1].ceterms:hasCondition[0].ceterms:requiredNumber',
      }),
    ]);
  });

  it('6. hasCondition nested 2,000 deep, by embedding or by reference, is TOO_DEEP, not a crash', () => {
    let condition: object = {
      '@type': 'ceterms:ComponentCondition',
      'ceterms:targetComponent': ['urn:b'],
    };
    for (let i = 0; i < 2000; i++)
      condition = { '@type': 'ceterms:ComponentCondition', 'ceterms:hasCondition': [condition] };
    const embedded = {
      '@graph': [
        {
          '@id': 'urn:a',
          '@type': 'ceterms:CourseComponent',
          'ceterms:name': 'a',
          'ceterms:hasCondition': [condition],
        },
        { '@id': 'urn:b', '@type': 'ceterms:CourseComponent', 'ceterms:name': 'b' },
      ],
    };
    expect(refusal(() => importCtdl(embedded)).map((f) => f.code)).toEqual(['TOO_DEEP']);
    expect(refusal(() => importCtdl(JSON.stringify(embedded))).map((f) => f.code)).toEqual([
      'TOO_DEEP',
    ]);
    const chain: object[] = [
      {
        '@id': 'urn:a',
        '@type': 'ceterms:CourseComponent',
        'ceterms:name': 'a',
        'ceterms:hasCondition': ['urn:c0'],
      },
      { '@id': 'urn:b', '@type': 'ceterms:CourseComponent', 'ceterms:name': 'b' },
    ];
    for (let i = 0; i < 2000; i++)
      chain.push({
        '@id': `urn:c${i}`,
        '@type': 'ceterms:ComponentCondition',
        ...(i < 1999
          ? { 'ceterms:hasCondition': [`urn:c${i + 1}`] }
          : { 'ceterms:targetComponent': ['urn:b'] }),
      });
    const byRef = refusal(() => importCtdl({ '@graph': chain }));
    expect(byRef.map((f) => f.code)).toEqual(['TOO_DEEP']);
    expect(byRef[0]!.message).toContain(String(MAX_RULE_DEPTH));
    // A condition that contains itself is refused, not walked for ever.
    const loop = refusal(() =>
      importCtdl({
        '@graph': [
          {
            '@id': 'urn:a',
            '@type': 'ceterms:CourseComponent',
            'ceterms:name': 'a',
            'ceterms:hasCondition': ['urn:c'],
          },
          {
            '@id': 'urn:c',
            '@type': 'ceterms:ComponentCondition',
            'ceterms:hasCondition': ['urn:c'],
          },
        ],
      }),
    );
    expect(loop.map((f) => f.code)).toEqual(['UNSUPPORTED_RULE']);
    expect(MAX_NESTING).toBeGreaterThan(MAX_RULE_DEPTH);
  });

  it('7. two destinations that disagree: a CONFLICT warning, hasDestinationComponent taken', () => {
    const { pathways, warnings } = importCtdl(f12('ctdl-07-two-destinations.json'));
    expect(pathways).toEqual([
      { iri: ex('pathway'), name: 'Example pathway', destinations: [ex('diploma')] },
    ]);
    expect(codes(warnings, 'CONFLICT')).toEqual([
      expect.objectContaining({
        path: '@graph[2].ceterms:isDestinationComponentOf[0]',
        message: expect.stringMatching(/took https:\/\/example\.org\/ctdl\/diploma$/),
      }),
    ]);
  });

  it('8. a programme with marks, resits and exit rules imports: each dropped with a warning; credits via proxyFor / sourceData', () => {
    const { catalog, warnings } = importCtdl(f12('ctdl-08-learner-data-conditions.json'));
    expect(parseCatalog(catalog)).toBe(catalog);
    expect(catalog.credentials.map((c) => [c.id, c.credits])).toEqual([
      [ex('bsc'), undefined],
      [ex('m1'), 60],
      [ex('m2'), 60],
      [ex('m3'), 120],
      [ex('m4'), 120],
    ]);
    expect(catalog.credentials[0]!.requires).toEqual({
      all: [
        ex('m1'),
        ex('m2'),
        { any: [ex('m3'), ex('m4')] },
        { credits: 240, of: [ex('m1'), ex('m2'), ex('m3'), ex('m4')] },
      ],
    });
    expect(codes(warnings, 'UNPLANNABLE').map((w) => w.path)).toEqual([
      '@graph[1].ceterms:hasCondition[1].ceterms:hasConstraint[0]',
      '@graph[1].ceterms:hasCondition[2].ceterms:hasConstraint[0]',
      '@graph[1].ceterms:hasCondition[3].ceterms:hasConstraint[0]',
    ]);
  });

  it('9. a pathway file and a courses file merge by @id (a list, or concatenated text); a PathwaySet is read', () => {
    const pathway = f12('ctdl-09-pathway-only.json');
    const courses = f12('ctdl-09-courses-only.json');
    expect(refusal(() => importCtdl(pathway)).map((f) => f.code)).toEqual([
      'DANGLING_REFERENCE',
      'DANGLING_REFERENCE',
    ]);
    const merged = importCtdl([pathway, courses]);
    expect(merged.catalog.credentials.map((c) => [c.id, c.requires, c.cost])).toEqual([
      [ex('goal'), { any: [ex('a'), ex('b')] }, 0],
      [ex('a'), undefined, 100],
      [ex('b'), undefined, 0],
    ]);
    expect(merged.warnings.filter((w) => /PathwaySet/.test(w.message))).toEqual([]);
    const text = `${fixtureText('issue-12/ctdl-09-pathway-only.json')}\n${fixtureText('issue-12/ctdl-09-courses-only.json')}`;
    expect(importCtdl(text).catalog).toEqual(merged.catalog);
  });

  it('10. the import says what to plan to: the pathway name and destination ids', () => {
    const { pathways } = importCtdl(f12('ctdl-01-credential-component.json'));
    expect(pathways).toEqual([
      { iri: ex('pathway'), name: 'Example pathway', destinations: [ex('cert')] },
    ]);
  });

  it('11. registry shapes: BOM, currency names, alternative tuition profiles, PT40H, misspelt and upper-case CTIDs', () => {
    const text = fixtureText('issue-12/ctdl-11-registry-shapes.json');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const { catalog, warnings } = importCtdl(text);
    const goal = 'ce-11111111-2222-4333-8444-555555555555';
    const pre = 'ce-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    expect(catalog.currency).toBe('USD');
    expect(
      catalog.credentials.map((c) => [c.id, c.requires, c.cost, c.durationWeeks, c.effortHours]),
    ).toEqual([
      [goal, pre, 6797.1, 0, 40],
      [pre, undefined, 0, 0, undefined],
    ]);
    expect(warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['IGNORED_PROPERTY', 'APPROXIMATED']),
    );
    expect(warnings.some((w) => /ce-1111-misspelt/.test(w.message))).toBe(true);
    expect(warnings.some((w) => /US Dollar" read as USD/.test(w.message))).toBe(true);
    expect(warnings.some((w) => /took the highest, 6797$/.test(w.message))).toBe(true);
    expect(warnings.some((w) => /PT40H .* 40 effort hours/.test(w.message))).toBe(true);
  });

  it('11. an Open Badges credential is WRONG_FORMAT, and NOT_JSON is one line', () => {
    expect(refusal(() => importCtdl(f12('ctdl-11-open-badge.json'))).map((f) => f.code)).toEqual([
      'WRONG_FORMAT',
    ]);
    const notJson = refusal(() => importCtdl('{\n  "@graph": [\n    {"a": }\n  ]\n}'));
    expect(notJson).toEqual([expect.objectContaining({ code: 'NOT_JSON' })]);
    expect(notJson[0]!.message).not.toContain('\n');
  });

  it('12. import → export → import keeps the pathway name, IRIs, @ids and CTIDs', () => {
    const first = importCtdl(fixtureText('issue-12/ctdl-11-registry-shapes.json'));
    const doc = exportCtdl(first.catalog) as { '@graph': Record<string, unknown>[] };
    const pathway = doc['@graph'].find((n) => n['@type'] === 'ceterms:Pathway')!;
    expect(pathway['@id']).toBe(
      'https://credentialengineregistry.org/resources/ce-99999999-8888-4777-8666-555555555555',
    );
    expect(pathway['ceterms:name']).toBe('Registry pathway');
    const goal = doc['@graph'].find((n) => n['ceterms:name'] === 'Goal')!;
    expect(goal['@id']).toBe(
      'https://credentialengineregistry.org/resources/ce-11111111-2222-4333-8444-555555555555',
    );
    expect(goal['ceterms:ctid']).toBe('ce-11111111-2222-4333-8444-555555555555');
    const second = importCtdl(JSON.parse(JSON.stringify(doc)) as unknown);
    expect(second.catalog).toEqual(first.catalog);
    expect(second.pathways).toEqual(first.pathways);
    const merged = importCtdl([f12('ctdl-09-pathway-only.json'), f12('ctdl-09-courses-only.json')]);
    const again = importCtdl(exportCtdl(merged.catalog));
    expect(again.catalog.credentials.map((c) => c.id)).toEqual(
      merged.catalog.credentials.map((c) => c.id),
    );
    expect(again.pathways).toEqual(merged.pathways);
  });
});

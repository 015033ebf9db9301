// A literal written plainly ("ceterms:price": 244) and in expanded form ({"@value": 244}) is the
// same JSON-LD value: the import must give the same catalog, the same warnings (so the same
// properties counted as read) and the same fault paths for both.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importCtdl } from '../ctdl/import-ctdl.js';
import { ctdlOutcome } from './support/ctdl-outcome.js';

/** A JSON document, as the import's outcome helper takes it. */
type Doc = Parameters<typeof ctdlOutcome>[0]['doc'];

/** One course; `wrap` writes each literal as {"@value": …}. */
const course = (
  wrap: boolean,
  name: string,
  price: number | string,
  credits: number,
  duration: string,
): Doc => {
  const v = (x: string | number): Doc => (wrap ? { '@value': x } : x);
  return {
    '@context': { ceterms: 'https://purl.org/ctdl/terms/', schema: 'https://schema.org/' },
    '@graph': [
      {
        '@id': 'urn:x:c1',
        '@type': 'ceterms:Course',
        'ceterms:name': v(name),
        'ceterms:estimatedCost': [
          {
            '@type': 'ceterms:CostProfile',
            'ceterms:price': v(price),
            'ceterms:currency': v('USD'),
          },
        ],
        'ceterms:estimatedDuration': [
          { '@type': 'ceterms:DurationProfile', 'ceterms:exactDuration': v(duration) },
        ],
        'ceterms:creditValue': [
          { '@type': 'schema:QuantitativeValue', 'schema:value': v(credits) },
        ],
      },
    ],
  };
};

/** The import's whole outcome (catalog, warnings and pathways, or every fault), as data. */
const outcome = (doc: Doc): unknown => JSON.parse(ctdlOutcome({ doc, options: {} })) as unknown;

describe('plain literals read like their {"@value"} form', () => {
  it('the same catalog, warnings and fault paths (random names, prices, credits, durations)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 12 }),
        fc.oneof(
          fc.integer({ min: -50, max: 5_000 }),
          fc.constantFrom('120', ' 7.5 ', '', 'free', '-3'),
        ),
        fc.integer({ min: -2, max: 12 }),
        fc.constantFrom('P2W', 'PT40H', 'P1M', 'soon'),
        (name, price, credits, duration) => {
          expect(outcome(course(false, name, price, credits, duration))).toEqual(
            outcome(course(true, name, price, credits, duration)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('every property of a priced course is read: none is reported as ignored', () => {
    for (const wrap of [false, true]) {
      const { warnings } = importCtdl(course(wrap, 'A', 120, 3, 'P2W'));
      expect(warnings.filter((w) => w.code === 'IGNORED_PROPERTY')).toEqual([]);
    }
  });

  it('a negative price is refused at the price, in either form', () => {
    const path = '@graph[0].ceterms:estimatedCost[0].ceterms:price';
    for (const wrap of [false, true]) {
      expect(outcome(course(wrap, 'A', -5, 1, 'P2W'))).toEqual({
        error: 'IMPORT_INVALID',
        faults: [expect.objectContaining({ code: 'BAD_VALUE', path })],
      });
    }
  });
});

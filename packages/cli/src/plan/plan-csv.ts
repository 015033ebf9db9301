/**
 * Plans as CSV (`--format csv`): one row per query, the steps as their ids separated by spaces, with
 * the plan's peak weekly load.
 * RFC 4180 quoting by hand: a field with a comma, quote or line break is quoted, quotes doubled.
 */
import { targetText, type Plan } from '@pathwise/engine';
import { cleanNumber } from '../text/numbers.js';

/** The header row's fields. */
export const PLAN_CSV_HEADER = [
  'line',
  'id',
  'target',
  'objective',
  'feasible',
  'optimal',
  'totalCost',
  'totalWeeks',
  'bound',
  'peakWeeklyHours',
  'steps',
  'reason',
  'errorCode',
  'errorMessage',
] as const;

/** What one CSV row says: a plan, or the error its query gave. */
export interface PlanCsvRow {
  line?: number;
  id?: string | number;
  plan?: Plan;
  error?: { code: string; message: string };
}

/** @returns the header line, ending in a newline */
export function planCsvHeader(): string {
  return `${PLAN_CSV_HEADER.join(',')}\n`;
}

/** @returns one CSV line, ending in a newline */
export function planCsvLine(row: PlanCsvRow): string {
  const p = row.plan;
  const num = (n: number | undefined): string => (n === undefined ? '' : String(cleanNumber(n)));
  const cells = [
    row.line === undefined ? '' : String(row.line),
    row.id === undefined ? '' : String(row.id),
    p ? targetText(p.target) : '',
    p?.objective ?? '',
    p ? String(p.feasible) : '',
    p ? String(p.optimal) : '',
    num(p?.totalCost),
    num(p?.totalWeeks),
    num(p?.bound),
    num(p?.peakWeeklyHours),
    p ? p.steps.map((s) => s.credential).join(' ') : '',
    p?.reason ?? '',
    row.error?.code ?? '',
    row.error?.message ?? '',
  ];
  return `${cells.map(quote).join(',')}\n`;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

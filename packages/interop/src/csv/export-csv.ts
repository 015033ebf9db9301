/**
 * A catalog as CSV, one row per credential, in the columns and requirement language importCsv
 * reads, so `importCsv(exportCsv(c))` gives back the credentials (and the providers they name).
 * Quoting is RFC 4180 by hand: csv-stringify is not a dependency, and quoting one field is three lines.
 * Cells a spreadsheet would run as formulas are neutralised first (formula-guard.ts, OWASP).
 */
import type { Catalog } from '@pathwise/core';
import { neutraliseFormula } from './formula-guard.js';
import { formatRequirementExpression } from './requirement-expression.js';

const FIXED = [
  'id',
  'name',
  'kind',
  'provider',
  'providerName',
  'cost',
  'durationWeeks',
  'effortHours',
  'credits',
  'level',
  'validityMonths',
  'skills',
  'requires',
  'url',
  'description',
] as const;

/**
 * @param catalog - a valid catalog
 * @returns CSV text with a header row; `x-` fields become columns (JSON unless a plain string)
 */
export function exportCsv(catalog: Catalog): string {
  const providers = new Map((catalog.providers ?? []).map((p) => [p.id, p.name] as const));
  const extensions = [
    ...new Set(
      catalog.credentials.flatMap((c) => Object.keys(c).filter((k) => k.startsWith('x-'))),
    ),
  ];
  const rows = [[...FIXED, ...extensions]];
  for (const c of catalog.credentials) {
    const cells: Record<string, string> = {
      id: c.id,
      name: c.name,
      kind: c.kind,
      provider: c.provider ?? '',
      providerName: c.provider !== undefined ? (providers.get(c.provider) ?? '') : '',
      cost: plain(c.cost),
      durationWeeks: plain(c.durationWeeks),
      effortHours: c.effortHours === undefined ? '' : plain(c.effortHours),
      credits: c.credits === undefined ? '' : plain(c.credits),
      level: c.level === undefined ? '' : plain(c.level),
      validityMonths: c.validityMonths === undefined ? '' : plain(c.validityMonths),
      skills: c.skills === undefined ? '' : skillsCell(c.skills),
      requires: c.requires === undefined ? '' : formatRequirementExpression(c.requires),
      url: c.url ?? '',
      description: c.description ?? '',
    };
    const ext = extensions.map((k) => extensionCell((c as unknown as Record<string, unknown>)[k]));
    rows.push([...FIXED.map((f) => cells[f]!), ...ext]);
  }
  return `${rows.map((r) => r.map((cell) => quote(neutraliseFormula(cell))).join(',')).join('\n')}\n`;
}

function skillsCell(skills: string[]): string {
  const plainList =
    skills.length > 0 && skills.every((s) => s !== '' && !/[;|]/.test(s) && s === s.trim());
  return plainList && !skills[0]!.startsWith('[') ? skills.join(';') : JSON.stringify(skills);
}

function extensionCell(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string' && value !== '' && value === value.trim() && !parsesAsJson(value))
    return value;
  return JSON.stringify(value);
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function quote(cell: string): string {
  return /[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function plain(n: number): string {
  const s = String(n);
  return /e/i.test(s) ? n.toFixed(20).replace(/\.?0+$/, '') : s;
}

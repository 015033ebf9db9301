/**
 * Two columns of text (a term and its description), the description wrapped to the width and
 * indented under itself; a term too long for its column puts its description on the next line.
 */
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

const INDENT = 2;
const GAP = 2;
const MAX_TERM = 28;

/**
 * @param rows - `[term, description]` pairs
 * @param width - the total width
 * @returns the lines, joined with newlines (no trailing newline)
 */
export function twoColumns(rows: readonly (readonly [string, string])[], width: number): string {
  const termWidth = Math.min(MAX_TERM, Math.max(0, ...rows.map(([t]) => stringWidth(t))));
  const descStart = INDENT + termWidth + GAP;
  const descWidth = Math.max(20, width - descStart);
  const lines: string[] = [];
  for (const [term, description] of rows) {
    const wrapped = wrapAnsi(description, descWidth, { hard: true, trim: true }).split('\n');
    const pad = ' '.repeat(descStart);
    if (stringWidth(term) > termWidth) {
      lines.push(`${' '.repeat(INDENT)}${term}`);
      lines.push(...wrapped.map((l) => `${pad}${l}`));
    } else {
      const head = `${' '.repeat(INDENT)}${term}${' '.repeat(termWidth - stringWidth(term) + GAP)}`;
      lines.push(`${head}${wrapped[0] ?? ''}`, ...wrapped.slice(1).map((l) => `${pad}${l}`));
    }
  }
  return lines.map((l) => l.trimEnd()).join('\n');
}

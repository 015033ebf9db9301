/**
 * A plain text table fitted to a width: columns that must stay whole (numbers, weeks) keep their
 * width, the flexible ones (names) share what is left in proportion to their weights and wrap their
 * words onto more lines (a word longer than its column is broken). Widths are measured with
 * string-width, so wide and combining characters line up. cli-table3 draws boxes and needs the
 * widths given; this is the dozen lines of layout it would leave to us anyway.
 */
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

/** One column of a table. */
export interface TableColumn {
  header: string;
  align?: 'left' | 'right';
  /** Share of the spare width when the table must shrink (0 or absent: never shrinks). */
  flex?: number;
  /** Narrowest a flexible column gets. */
  min?: number;
}

const GAP = '  ';

/**
 * @param columns - the columns, in order
 * @param rows - the cells, one array per row (one cell per column)
 * @param width - the widest a line may be
 * @returns the header, a rule and the rows, each line without trailing spaces, joined with newlines
 */
export function fitTable(
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  width: number,
): string {
  const natural = naturalWidths(columns, rows);
  const widths = shareWidth(columns, rows, natural, width - GAP.length * (columns.length - 1));
  const lines: string[] = [];
  const emit = (cells: readonly string[]): void => {
    const wrapped = cells.map((cell, i) =>
      wrapAnsi(cell, widths[i]!, { hard: true, trim: true }).split('\n'),
    );
    const height = Math.max(...wrapped.map((w) => w.length));
    for (let line = 0; line < height; line++) {
      const parts = wrapped.map((w, i) => {
        const text = w[line] ?? '';
        const pad = ' '.repeat(Math.max(0, widths[i]! - stringWidth(text)));
        return columns[i]!.align === 'right' ? pad + text : text + pad;
      });
      lines.push(parts.join(GAP).trimEnd());
    }
  };
  emit(columns.map((c) => c.header));
  lines.push(widths.map((w) => '-'.repeat(w)).join(GAP));
  for (const row of rows) emit(row);
  return lines.join('\n');
}

function naturalWidths(
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
): number[] {
  return columns.map((c, i) =>
    Math.max(stringWidth(c.header), ...rows.map((r) => cellWidth(r[i] ?? ''))),
  );
}

/** @returns the width of a cell's widest line (a cell may hold line breaks) */
function cellWidth(cell: string): number {
  return Math.max(...cell.split('\n').map((line) => stringWidth(line)));
}

/** @returns whether the table fits the width without wrapping any cell */
export function fitsIn(
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  width: number,
): boolean {
  const total = naturalWidths(columns, rows).reduce((a, b) => a + b, 0);
  return total + GAP.length * (columns.length - 1) <= width;
}

/**
 * Flexible columns first get their longest word (so ids are not broken) where the room allows, then
 * the rest by weight, none past its natural width.
 */
function shareWidth(
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  natural: number[],
  room: number,
): number[] {
  const widths = [...natural];
  if (natural.reduce((a, b) => a + b, 0) <= room) return widths;
  const flex = columns.flatMap((c, i) => ((c.flex ?? 0) > 0 ? [i] : []));
  const spare = room - natural.reduce((sum, w, i) => (flex.includes(i) ? sum : sum + w), 0);
  const floors = flex.map((i) => {
    const word = Math.max(
      0,
      ...rows.flatMap((r) => (r[i] ?? '').split(/\s+/).map((w) => stringWidth(w))),
    );
    return Math.min(natural[i]!, Math.max(columns[i]!.min ?? 8, word));
  });
  const floorSum = floors.reduce((a, b) => a + b, 0);
  if (floorSum >= spare) {
    flex.forEach((i, k) => {
      widths[i] = Math.max(columns[i]!.min ?? 8, Math.floor((spare * floors[k]!) / floorSum));
    });
    return widths;
  }
  flex.forEach((i, k) => (widths[i] = floors[k]!));
  let left = spare - floorSum;
  while (left > 0) {
    const open = flex.filter((i) => widths[i]! < natural[i]!);
    if (open.length === 0) break;
    const weight = open.reduce((sum, i) => sum + columns[i]!.flex!, 0);
    let given = 0;
    for (const i of open) {
      const give = Math.min(
        natural[i]! - widths[i]!,
        Math.floor((left * columns[i]!.flex!) / weight),
      );
      widths[i] = widths[i]! + give;
      given += give;
    }
    if (given === 0) widths[open[0]!] = widths[open[0]!]! + 1;
    left -= Math.max(1, given);
  }
  return widths;
}

/**
 * @param text - a paragraph
 * @param width - the widest a line may be
 * @returns the text wrapped at spaces (words longer than the width broken)
 */
export function wrapText(text: string, width: number): string {
  return wrapAnsi(text, width, { hard: true, trim: true });
}

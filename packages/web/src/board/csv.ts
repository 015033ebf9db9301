/**
 * CSV (RFC 4180) of the board's table: quoted fields, CRLF line ends.
 */

/**
 * @param rows - header row first, then the data
 * @returns the CSV text
 */
export function toCsv(rows: (string | number | boolean)[][]): string {
  const field = (v: string | number | boolean) => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/**
 * Writing linear rows in the CPLEX LP format HiGHS reads, for both oracles: terms with equal
 * variables summed, constants moved to the right-hand side.
 */

/** `k · v`, or the constant `k` when `v` is absent. */
export type Term = { k: number; v?: string };

/**
 * @param rows - where the rows go (`rN: … <= b`)
 * @returns a function adding one row `Σ terms sense rhs`. A row left without variables is dropped
 *   when it holds and replaced by the infeasible `x0 <= -1` (x0 binary) when it does not.
 */
export function rowWriter(
  rows: string[],
): (terms: Term[], sense: '<=' | '>=', rhs: number) => void {
  return (terms, sense, rhs) => {
    let constant = 0;
    const coefficients = new Map<string, number>();
    for (const t of terms) {
      if (t.v === undefined) constant += t.k;
      else coefficients.set(t.v, (coefficients.get(t.v) ?? 0) + t.k);
    }
    const parts = [...coefficients]
      .filter(([, k]) => k !== 0)
      .map(([v, k]) => `${k < 0 ? '-' : '+'} ${Math.abs(k)} ${v}`);
    const bound = rhs - constant;
    if (parts.length > 0) rows.push(`r${rows.length}: ${parts.join(' ')} ${sense} ${bound}`);
    else if (sense === '<=' ? bound < 0 : bound > 0) rows.push(`r${rows.length}: + 1 x0 <= -1`);
  };
}

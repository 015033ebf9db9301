/**
 * A table the compact index keeps for only some credentials (those with start days, aliases or a
 * renewal): their positions ascending, with a value each. The index writer (index-writer.ts) fills it
 * in position order, from credential objects or by runs copied from a previous index's table.
 */
export class SparseRows<T> {
  readonly at: number[];
  readonly values: T[];
  /** Where the copy of a previous table stands (positions ascend). */
  private from = 0;

  /** @param previous - a table to go on from (an append-only update), else none */
  constructor(previous?: { at: ArrayLike<number>; values: readonly T[] }) {
    this.at = previous ? Array.from(previous.at) : [];
    this.values = previous ? [...previous.values] : [];
  }

  /** Adds credential `i`'s value (after every position added so far). */
  add(i: number, value: T): void {
    this.at.push(i);
    this.values.push(value);
  }

  /** Copies the rows of `previous` at positions `from..to-1` (after every earlier run). */
  copyRun(
    previous: { at: ArrayLike<number>; values: readonly T[] },
    from: number,
    to: number,
  ): void {
    const at = previous.at;
    while (this.from < at.length && at[this.from]! < from) this.from++;
    for (; this.from < at.length && at[this.from]! < to; this.from++)
      this.add(at[this.from]!, previous.values[this.from]!);
  }
}

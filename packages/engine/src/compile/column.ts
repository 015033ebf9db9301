/**
 * A typed array that grows as it is appended to (doubling), for the index writer: appending a run of
 * another array is one `set`, where a JS number array takes one push per element. Written by hand:
 * the typed arrays of the standard library have a fixed length, and the writer appends millions.
 */

type Typed = Int32Array | Float64Array | Uint8Array;

/** A growable column of one typed array kind. */
export class Column<T extends Typed> {
  private data: T;
  /** How many elements are set. */
  length = 0;

  /**
   * @param make - the typed array's constructor
   * @param capacity - room to start with (an update of an index knows its size: no doublings)
   */
  constructor(
    private readonly make: new (length: number) => T,
    capacity = 1024,
  ) {
    this.data = new make(Math.max(1, capacity));
  }

  push(value: number): void {
    this.room(1);
    this.data[this.length++] = value;
  }

  /** Appends every element of `values` (a view of another array). */
  append(values: ArrayLike<number> & { length: number }): void {
    this.room(values.length);
    (this.data as unknown as { set(v: ArrayLike<number>, at: number): void }).set(
      values,
      this.length,
    );
    this.length += values.length;
  }

  /**
   * Appends `values[from..to-1]`, each moved by `shift` when it is at least `below` (a copied run
   * of refs: credentials stay, groups move). One loop over the arrays, not a push per element.
   */
  appendShifted(
    values: ArrayLike<number>,
    from: number,
    to: number,
    below: number,
    shift: number,
  ): void {
    this.room(to - from);
    const data = this.data;
    let at = this.length;
    for (let j = from; j < to; j++) {
      const v = values[j]!;
      data[at++] = v < below ? v : v + shift;
    }
    this.length = at;
  }

  /** Appends `count` zeros. */
  appendZeros(count: number): void {
    this.room(count);
    this.data.fill(0, this.length, this.length + count);
    this.length += count;
  }

  /** @returns the element at `i` (below `length`) */
  at(i: number): number {
    return this.data[i]!;
  }

  /** Drops the elements from `length` on. */
  truncate(length: number): void {
    this.length = length;
  }

  /**
   * @returns the set elements: a view of the column's own array when little of it is unused (at
   * most an eighth: a presized update), else a copy of the elements alone
   */
  result(): T {
    const spare = this.data.length - this.length;
    if (spare <= this.length >> 3) return this.data.subarray(0, this.length) as T;
    return this.data.slice(0, this.length) as T;
  }

  private room(more: number): void {
    if (this.length + more <= this.data.length) return;
    const grown = new this.make(Math.max(this.data.length * 2, this.length + more));
    (grown as unknown as { set(v: ArrayLike<number>): void }).set(this.data);
    this.data = grown;
  }
}

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

  /** @param make - the typed array's constructor */
  constructor(private readonly make: new (length: number) => T) {
    this.data = new make(1024);
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

  /** @returns the element at `i` (below `length`) */
  at(i: number): number {
    return this.data[i]!;
  }

  /** Drops the elements from `length` on. */
  truncate(length: number): void {
    this.length = length;
  }

  /** @returns the set elements, as an array of their own */
  result(): T {
    return this.data.slice(0, this.length) as T;
  }

  private room(more: number): void {
    if (this.length + more <= this.data.length) return;
    const grown = new this.make(Math.max(this.data.length * 2, this.length + more));
    (grown as unknown as { set(v: ArrayLike<number>): void }).set(this.data);
    this.data = grown;
  }
}

/**
 * A typed array that grows as it is appended to (doubling), for the index writer: appending a run of
 * another array is one `set`, where a JS number array takes one push per element. Written by hand:
 * the typed arrays of the standard library have a fixed length, and the writer appends millions.
 */

import { handOut, roomFor, takeAfter, whole, type Typed, type TypedKind } from './spare-room.js';

/** A growable column of one typed array kind. */
export class Column<T extends Typed> {
  private data: T;
  /** How many elements are set. */
  length = 0;

  /**
   * @param make - the typed array's constructor
   * @param capacity - room to start with (an update of an index knows its size: no doublings)
   * @param doubling - double at every size (a compilation from nothing, which knows no size: growing
   *   a sixteenth at a time past a million elements, it would leave some forty copies of a
   *   ten-million-element column for the collector, a gigabyte at 2x10^6 credentials)
   */
  constructor(
    private readonly make: TypedKind<T>,
    capacity = 1024,
    private readonly doubling = false,
  ) {
    this.data = whole(make, capacity);
  }

  /**
   * @param make - the typed array kind
   * @param previous - a version's array, which this column goes on from (spare-room.ts: in its own
   *   buffer when it may, else in a copy)
   */
  static after<T extends Typed>(make: TypedKind<T>, previous: T): Column<T> {
    const column = new Column(make, 0);
    column.data = takeAfter(make, previous, previous.length);
    column.length = previous.length;
    return column;
  }

  push(value: number): void {
    this.room(1);
    this.data[this.length++] = value;
  }

  /** Appends every element of `values` (a view of another array). */
  append(values: ArrayLike<number> & { length: number }): void {
    this.room(values.length);
    this.data.set(values, this.length);
    this.length += values.length;
  }

  /**
   * Appends `values[from..to-1]`, each moved by `shift` when it is at least `below` (a copied run
   * of refs: credentials stay, groups move). One loop over the arrays, not a push per element.
   */
  appendShifted(values: Int32Array, from: number, to: number, below: number, shift: number): void {
    if (shift === 0) {
      this.append(values.subarray(from, to)); // nothing moves: one copy
      return;
    }
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
   * @returns the set elements: a view of the column's own array, whose room after them a later
   * version may take (spare-room.ts); when more than an eighth of it would be unused, a copy into
   * an array with less room
   */
  result(): T {
    if (this.data.length - this.length > (this.length >> 3) + 1024) {
      const less = whole(this.make, roomFor(this.length));
      less.set(this.data.subarray(0, this.length));
      this.data = less;
    }
    return handOut(this.data, this.length);
  }

  private room(more: number): void {
    if (this.length + more <= this.data.length) return;
    // Doubling while small (or always, when asked); past a million elements, a sixteenth more (an
    // update's column is presized: outgrowing it is a large publish, which should not double the
    // index's memory).
    const next =
      this.doubling || this.length < 1 << 20 ? this.data.length * 2 : roomFor(this.length + more);
    const grown = whole(this.make, Math.max(next, this.length + more));
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }
}

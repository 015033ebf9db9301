/**
 * Typed arrays with room after their end, which the next version of an index may take: an update
 * that only appends credentials writes after the previous version's elements, in the same buffer,
 * and hands out a longer view of it. The previous version's views never see past their own length,
 * so it stays as it was. Each buffer remembers how far it has been handed out; only a view that ends
 * there may be extended (so two versions made from one never share their new elements), and only a
 * buffer made here (a snapshot's views into its file bytes are never written). Written by hand:
 * growable typed arrays (ES2024 resizable buffers) cannot be shared between versions this way.
 */

/** A typed array kind of the index. */
export type Typed = Int32Array | Float64Array | Uint8Array;

/** The constructor of a typed array kind. */
export interface TypedKind<T extends Typed> {
  new (length: number): T;
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): T;
  readonly BYTES_PER_ELEMENT: number;
}

/** Each buffer made here, and how many elements of it have been handed out (-1: being written). */
const handedOut = new WeakMap<ArrayBufferLike, number>();

/**
 * @param make - the typed array kind
 * @param capacity - the elements it holds
 * @returns a view of the whole of a new buffer, being written (hand it out with `handOut`)
 */
export function whole<T extends Typed>(make: TypedKind<T>, capacity: number): T {
  // Shared memory, so that worker threads read a version's arrays in place (shared-index.ts).
  const buffer = new SharedArrayBuffer(Math.max(capacity, 1) * make.BYTES_PER_ELEMENT);
  handedOut.set(buffer, -1);
  return new make(buffer, 0, Math.max(capacity, 1));
}

/** @returns the capacity to give an array of `length` that will be appended to: 1/16 more */
export function roomFor(length: number): number {
  return length + (length >> 4) + 1024;
}

/**
 * Takes the whole buffer behind `previous` to write after it, when it is the end of what that
 * buffer has handed out; else a new buffer with `previous` copied into it. Call `handOut` with the
 * result's used length when done.
 * @param make - the typed array kind
 * @param previous - a version's array
 * @param least - the elements the result must hold at least
 * @returns a view of the whole buffer (its `previous.length` first elements are `previous`)
 */
export function takeAfter<T extends Typed>(make: TypedKind<T>, previous: T, least: number): T {
  const buffer = previous.buffer;
  const capacity = buffer.byteLength / make.BYTES_PER_ELEMENT;
  if (handedOut.get(buffer) === previous.length && previous.byteOffset === 0 && least <= capacity) {
    handedOut.set(buffer, -1);
    return new make(buffer as ArrayBuffer, 0, capacity);
  }
  const grown = whole(make, roomFor(least));
  grown.set(previous);
  return grown;
}

/**
 * @param all - an array `whole` or `takeAfter` gave
 * @param length - how many of its elements are used
 * @returns the view of them, the end of what its buffer has handed out
 */
export function handOut<T extends Typed>(all: T, length: number): T {
  handedOut.set(all.buffer, length);
  return all.subarray(0, length) as T;
}

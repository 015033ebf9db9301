/**
 * The credential ids of one compact index version, as a read-only map from id to position. Positions
 * never move between a catalog's versions (a publish replaces a credential in place and appends new
 * ones; a retire marks), so each version is a view of the first `size` entries of one table shared
 * along its line of versions: updating an index of two million credentials adds the new ids to that
 * table instead of copying it (a copy costs seconds).
 *
 * Written by hand, as an open-addressing hash table of positions in one Int32Array (FNV-1a over the
 * id's UTF-16 units, linear probing, at most half full): a JS Map cannot be viewed by prefix nor
 * sized ahead, and filling one with two million ids took 1.6 s and about 100 MB at every start (and
 * again in every planning worker); this table is one typed array, filled in a fraction of that.
 */

/** The table shared by the versions of one line, and the ids it was filled from. */
interface Table {
  /** Position + 1 of the id hashed to each slot (0: empty); length a power of two. */
  slots: Int32Array;
  /** The ids of the line's latest version, by position (earlier versions' are its prefix). */
  ids: readonly string[];
  /** How many ids are in `slots`. */
  count: number;
}

/** @returns the FNV-1a hash of a string's UTF-16 units */
function hashOf(id: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < id.length; k++) h = Math.imul(h ^ id.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/** @returns a table of `ids[0..count)` with room for at least `room` ids */
function tableOf(ids: readonly string[], count: number, room: number): Table {
  let length = 16;
  while (length < 2 * room) length *= 2;
  const table = { slots: new Int32Array(length), ids, count: 0 };
  for (let i = 0; i < count; i++) insert(table, i);
  return table;
}

/** Puts position `i` (its id `table.ids[i]`) in the table, which has room for it. */
function insert(table: Table, i: number): void {
  const { slots } = table;
  const mask = slots.length - 1;
  let s = hashOf(table.ids[i]!) & mask;
  while (slots[s] !== 0) s = (s + 1) & mask;
  slots[s] = i + 1;
  table.count++;
}

/** The ids of the credentials 0..size-1 of one index version. */
export class IdPrefixMap implements ReadonlyMap<string, number> {
  /**
   * @param table - the table shared with later versions (may hold more ids)
   * @param size - how many credentials this version has
   */
  private constructor(
    private readonly table: Table,
    readonly size: number,
  ) {}

  /**
   * @param ids - the ids of credentials 0..n-1 (distinct: a validated catalog's)
   * @returns their map
   */
  static of(ids: readonly string[]): IdPrefixMap {
    return new IdPrefixMap(tableOf(ids, ids.length, ids.length), ids.length);
  }

  /**
   * @param ids - the ids of the next version: this version's, then the appended ones
   * @returns the next version's map, sharing this one's table when no other version was made from
   *   it (and it has room); else a table of its own
   */
  extend(ids: readonly string[]): IdPrefixMap {
    let table = this.table;
    if (table.count !== this.size || 2 * ids.length > table.slots.length) {
      table = tableOf(ids, this.size, ids.length + (ids.length >> 1));
    }
    table.ids = ids;
    for (let i = this.size; i < ids.length; i++) insert(table, i);
    return new IdPrefixMap(table, ids.length);
  }

  /**
   * @param earlier - another version's map
   * @returns whether this version continues `earlier`'s line: its first `earlier.size` ids are
   *   `earlier`'s (they share a table, and a table only ever has ids appended)
   */
  continues(earlier: IdPrefixMap): boolean {
    return this.table === earlier.table && earlier.size <= this.size;
  }

  get(id: string): number | undefined {
    const { slots, ids } = this.table;
    const mask = slots.length - 1;
    for (let s = hashOf(id) & mask; slots[s] !== 0; s = (s + 1) & mask) {
      const i = slots[s]! - 1;
      if (ids[i] === id) return i < this.size ? i : undefined;
    }
    return undefined;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  *entries(): MapIterator<[string, number]> {
    const { ids } = this.table;
    for (let i = 0; i < this.size; i++) yield [ids[i]!, i];
  }

  *keys(): MapIterator<string> {
    for (const [id] of this.entries()) yield id;
  }

  *values(): MapIterator<number> {
    for (const [, i] of this.entries()) yield i;
  }

  forEach(each: (value: number, key: string, map: ReadonlyMap<string, number>) => void): void {
    for (const [id, i] of this.entries()) each(i, id, this);
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }
}

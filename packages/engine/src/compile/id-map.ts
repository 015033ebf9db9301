/**
 * The credential ids of one compact index version, as a read-only map from id to position. Positions
 * never move between a catalog's versions (a publish replaces a credential in place and appends new
 * ones; a retire marks), so each version is a view of the first `size` entries of one map shared along
 * its line of versions: updating an index of two million credentials adds the new ids to that map
 * instead of copying it (a copy costs seconds). Written by hand: a Map cannot be viewed by prefix.
 */

/** The ids of the credentials 0..size-1 of one index version. */
export class IdPrefixMap implements ReadonlyMap<string, number> {
  /**
   * @param all - id to position, in position order, shared with later versions (may hold more)
   * @param size - how many credentials this version has
   */
  private constructor(
    private readonly all: Map<string, number>,
    readonly size: number,
  ) {}

  /**
   * @param ids - the ids of credentials 0..n-1 (distinct: a validated catalog's)
   * @returns their map
   */
  static of(ids: readonly string[]): IdPrefixMap {
    const all = new Map<string, number>();
    for (let i = 0; i < ids.length; i++) all.set(ids[i]!, i);
    return new IdPrefixMap(all, ids.length);
  }

  /**
   * @param ids - the ids of the next version: this version's, then the appended ones
   * @returns the next version's map, sharing this one's entries when no other version was made from
   *   it; a second version made from the same one copies them instead
   */
  extend(ids: readonly string[]): IdPrefixMap {
    let all = this.all;
    if (all.size !== this.size) {
      all = new Map<string, number>();
      for (let i = 0; i < this.size; i++) all.set(ids[i]!, i);
    }
    for (let i = this.size; i < ids.length; i++) all.set(ids[i]!, i);
    return new IdPrefixMap(all, ids.length);
  }

  get(id: string): number | undefined {
    const i = this.all.get(id);
    return i !== undefined && i < this.size ? i : undefined;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  *entries(): MapIterator<[string, number]> {
    for (const entry of this.all) {
      if (entry[1] >= this.size) return;
      yield entry;
    }
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

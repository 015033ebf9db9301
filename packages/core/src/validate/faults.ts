/**
 * Collecting catalog faults with their JSON paths, so validation can report every fault at once.
 * The checks walk the document with one mutable path (`PathCursor`) and format a path string only
 * when they find a fault: a valid catalog costs no path strings at all.
 */
import type { CatalogFault, CatalogFaultCode } from '../errors.js';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Appends a key or index to a JSON path: `credentials` + 2 → `credentials[2]`, + `requires` → `.requires`.
 * @returns the longer path
 */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (!IDENTIFIER.test(key)) return `${parent}[${JSON.stringify(key)}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

/**
 * Where the checks are in the document, as a stack of keys and indices that is formatted only for a
 * fault. Segments are kept in a slot array with its own length, so pushing and popping allocate nothing.
 */
export class PathCursor {
  private readonly segments: (string | number)[] = [];
  private size = 0;

  /** The number of segments, to return to with `truncate`. */
  get depth(): number {
    return this.size;
  }

  /** Steps into a key or index. */
  push(segment: string | number): void {
    this.segments[this.size++] = segment;
  }

  /** Steps back out of the last segment. */
  pop(): void {
    this.size--;
  }

  /** Steps back to an earlier depth. */
  truncate(depth: number): void {
    this.size = depth;
  }

  /**
   * @param extra - keys or indices below the current place
   * @returns the JSON path of the current place (with `extra` appended), as faults report it
   */
  path(...extra: (string | number)[]): string {
    let text = '';
    for (let i = 0; i < this.size; i++) text = childPath(text, this.segments[i]!);
    for (const segment of extra) text = childPath(text, segment);
    return text;
  }
}

/** Gathers faults in the order they are found, and the cursor the checks walk with. */
export class FaultList {
  readonly faults: CatalogFault[] = [];
  /** Where the checks are; a check formats it only for a fault. */
  readonly at = new PathCursor();

  /** Records one fault. */
  add(code: CatalogFaultCode, path: string, message: string, ids: string[] = []): void {
    this.faults.push({ code, path, message, ids });
  }

  /** Records one fault naming the entry's own id (`owner`) when it has a valid one. */
  addFor(code: CatalogFaultCode, path: string, message: string, owner: string | undefined): void {
    this.add(code, path, message, owner === undefined ? [] : [owner]);
  }
}

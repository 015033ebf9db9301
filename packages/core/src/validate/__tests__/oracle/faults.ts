/**
 * Collecting catalog faults with their JSON paths, so validation can report every fault at once.
 */
import type { CatalogFault, CatalogFaultCode } from '../../../errors.js';

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

/** Gathers faults in the order they are found. */
export class FaultList {
  readonly faults: CatalogFault[] = [];

  /** Records one fault. */
  add(code: CatalogFaultCode, path: string, message: string, ids: string[] = []): void {
    this.faults.push({ code, path, message, ids });
  }
}

/**
 * Driver errors never leave the store raw: they become PathwiseError STORE_UNAVAILABLE with the driver
 * error as `cause`. Errors Pathwise throws on purpose (validation, FORBIDDEN, CONFLICT) pass through.
 */
import { PathwiseError } from '@pathwise/core';

/**
 * @param error - whatever was thrown
 * @param during - what the store was doing ("load", "apply", ...)
 * @returns a PathwiseError to throw
 */
export function wrapDriverError(error: unknown, during: string): PathwiseError {
  if (error instanceof PathwiseError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const detail = typeof code === 'string' && code.length > 0 ? ` (${code})` : '';
  return new PathwiseError('STORE_UNAVAILABLE', `Neo4j catalog store: ${during} failed${detail}`, {
    cause: error,
  });
}

/** A neo4j-driver Integer or a number, as a JS number (the store's own values are small). */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (value && typeof (value as { toNumber?: unknown }).toNumber === 'function') {
    return (value as { toNumber(): number }).toNumber();
  }
  return Number(value);
}

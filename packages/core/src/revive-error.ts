/**
 * Rebuilds a PathwiseError from the plain data its `toJSON()` gave, on the other side of a thread or
 * process boundary: the same class (for core's classes and any the caller registers), code, message
 * and fields, so that receivers branch on class and code exactly as they would on the original.
 */
import {
  CatalogInvalidError,
  InvalidInputError,
  PATHWISE_ERROR_CODES,
  PathwiseError,
  UnknownCredentialError,
  type CatalogFault,
  type SerialisedError,
} from './errors.js';
import { FutureHoldingError } from './holdings/future-holding-error.js';

/** Builds one class of error back from its data (the message is restored afterwards). */
export type ErrorReviver = (data: SerialisedError) => PathwiseError;

const CORE_REVIVERS: Readonly<Record<string, ErrorReviver>> = {
  CatalogInvalidError: (data) =>
    new CatalogInvalidError([...(data.faults ?? [])] as CatalogFault[]),
  UnknownCredentialError: (data) => new UnknownCredentialError(data.id ?? ''),
  InvalidInputError: (data) => new InvalidInputError(data.message),
  FutureHoldingError: (data) => new FutureHoldingError([...(data.faults ?? [])] as CatalogFault[]),
};

const CODES: ReadonlySet<string> = new Set(PATHWISE_ERROR_CODES);

/**
 * @param data - anything received across a boundary
 * @returns true when `data` has the shape `PathwiseError.toJSON()` gives (a known code, a message)
 */
export function isSerialisedError(data: unknown): data is SerialisedError {
  if (typeof data !== 'object' || data === null) return false;
  const { name, code, message, faults, id } = data as Record<string, unknown>;
  return (
    typeof name === 'string' &&
    typeof code === 'string' &&
    CODES.has(code) &&
    typeof message === 'string' &&
    (faults === undefined || Array.isArray(faults)) &&
    (id === undefined || typeof id === 'string')
  );
}

/**
 * @param data - what `PathwiseError.toJSON()` returned on the other side
 * @param revivers - builders for subclasses core does not know (e.g. `ImportInvalidError`), by name
 * @returns the error rebuilt as its own class with its code, message and fields; a class nobody
 *   registered comes back as a plain PathwiseError with the same code and message
 */
export function reviveError(
  data: SerialisedError,
  revivers: Readonly<Record<string, ErrorReviver>> = {},
): PathwiseError {
  const revive = Object.hasOwn(revivers, data.name)
    ? revivers[data.name]
    : Object.hasOwn(CORE_REVIVERS, data.name)
      ? CORE_REVIVERS[data.name]
      : undefined;
  const error = revive ? revive(data) : new PathwiseError(data.code, data.message);
  // A subclass composes its message from its fields: keep the sender's wording exactly.
  error.message = data.message;
  return error;
}

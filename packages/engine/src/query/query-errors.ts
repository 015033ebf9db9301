/**
 * The errors a plan query is refused with, each naming where the fault is by its path in the query
 * (`maxWeeks`, `have[2].earnedOn`, `exclude[0]`), so that the CLI can name its flag or batch line
 * field and GraphQL its input field. They are core's InvalidInputError / UnknownCredentialError
 * (codes INVALID_INPUT / UNKNOWN_CREDENTIAL), so callers that branch on those keep working.
 * Across a thread or process boundary they travel under their core class's name with their faults
 * (core's `toJSON`), so a receiver with only core's `reviveError` rebuilds the core class, and one
 * that passes `ENGINE_ERROR_REVIVERS` rebuilds these classes, paths included.
 */
import {
  InvalidInputError,
  UnknownCredentialError,
  type ErrorReviver,
  type SerialisedError,
} from '@pathwise/core';

/** One fault of a query: where, and what is wrong there. */
export interface QueryFault {
  /** Path in the query: `target`, `have[1].id`, `maxWeeks`, `exclude[0]`; `` for the query itself. */
  path: string;
  /** What is wrong, without the path: `must be a number >= 0, got -3`. */
  message: string;
}

/** A query is malformed: every fault found, with its path (code INVALID_INPUT). */
export class InvalidQueryError extends InvalidInputError {
  /** Every fault, in the order of the query's fields. */
  readonly faults: QueryFault[];
  /** The first fault's path. */
  readonly path: string;

  /** @param faults - every fault found (at least one) */
  constructor(faults: QueryFault[]) {
    super(faults.map((f) => (f.path ? `${f.path} ${f.message}` : f.message)).join('; '));
    this.faults = faults;
    this.path = faults[0]?.path ?? '';
  }

  /** @returns the error as plain data, named as core's InvalidInputError, with its faults */
  override toJSON(): SerialisedError {
    return { ...super.toJSON(), name: 'InvalidInputError', faults: this.faults };
  }
}

/** A query names a credential the catalog does not have (code UNKNOWN_CREDENTIAL). */
export class UnknownQueryCredentialError extends UnknownCredentialError {
  /** Where the query names it: `target`, `have[1].id` or `exclude[0]`. */
  readonly path: string;

  /**
   * @param id - the unknown credential id
   * @param path - where the query names it
   */
  constructor(id: string, path: string) {
    super(id);
    this.path = path;
  }

  /** @returns the error as plain data, named as core's UnknownCredentialError, its path as a fault */
  override toJSON(): SerialisedError {
    const faults: QueryFault[] = [{ path: this.path, message: 'is not in the catalog' }];
    return { ...super.toJSON(), name: 'UnknownCredentialError', faults };
  }
}

const isFaults = (faults: readonly unknown[] | undefined): faults is QueryFault[] =>
  faults !== undefined &&
  faults.length > 0 &&
  faults.every(
    (f) =>
      typeof f === 'object' &&
      f !== null &&
      typeof (f as QueryFault).path === 'string' &&
      typeof (f as QueryFault).message === 'string',
  );

/**
 * Revivers for core's `reviveError` that rebuild the engine's query errors from their plain data
 * (and core's own classes when the data carries no query faults).
 */
export const ENGINE_ERROR_REVIVERS: Readonly<Record<string, ErrorReviver>> = {
  InvalidInputError: (data) =>
    isFaults(data.faults)
      ? new InvalidQueryError(data.faults)
      : new InvalidInputError(data.message),
  UnknownCredentialError: (data) =>
    isFaults(data.faults)
      ? new UnknownQueryCredentialError(data.id ?? '', data.faults[0]!.path)
      : new UnknownCredentialError(data.id ?? ''),
};

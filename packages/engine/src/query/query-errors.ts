/**
 * The errors a plan query is refused with, each naming where the fault is by its path in the query
 * (`maxWeeks`, `have[2].earnedOn`, `exclude[0]`), so that the CLI can name its flag or batch line
 * field and GraphQL its input field. They are core's InvalidInputError / UnknownCredentialError
 * (codes INVALID_INPUT / UNKNOWN_CREDENTIAL), so callers that branch on those keep working.
 */
import { InvalidInputError, UnknownCredentialError } from '@pathwise/core';

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
}

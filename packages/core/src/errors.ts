/**
 * The one error family of Pathwise. Callers branch on `code`, never on message wording. Every error
 * says what it carries in `toJSON()`, so it can cross a thread or process boundary as plain data
 * (see `revive-error.ts`).
 */

/** Every code a PathwiseError may carry. */
export const PATHWISE_ERROR_CODES = [
  'CATALOG_INVALID',
  'UNKNOWN_CREDENTIAL',
  'INVALID_INPUT',
  'INFEASIBLE',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'STORE_UNAVAILABLE',
  'IMPORT_INVALID',
  'TIMEOUT',
] as const;

/** The closed union of codes a PathwiseError may carry. */
export type PathwiseErrorCode = (typeof PATHWISE_ERROR_CODES)[number];

/** Base class of every error Pathwise throws on purpose. */
export class PathwiseError extends Error {
  readonly code: PathwiseErrorCode;

  /**
   * @param code - the closed code callers branch on
   * @param message - one human sentence naming the fault
   * @param options - `cause` when wrapping a lower-level error
   */
  constructor(code: PathwiseErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }

  /**
   * @returns the error as plain, structured-clonable data: its class name, code, message and the
   *   fields its class adds (rebuilt by `reviveError`)
   */
  toJSON(): SerialisedError {
    return { name: this.name, code: this.code, message: this.message };
  }
}

/**
 * A PathwiseError as plain data: what `toJSON()` returns and `reviveError` rebuilds. `faults` and
 * `id` are there when the class carries them.
 */
export interface SerialisedError {
  /** The class name (`CatalogInvalidError`, `UnknownCredentialError`, ...). */
  name: string;
  code: PathwiseErrorCode;
  message: string;
  faults?: readonly unknown[];
  id?: string;
}

/** What kind of fault a catalog has; each rule of catalog-v1.md has its own. */
export type CatalogFaultCode =
  | 'NOT_JSON'
  | 'UNREADABLE'
  | 'BAD_FORMAT'
  | 'MISSING_FIELD'
  | 'UNKNOWN_FIELD'
  | 'WRONG_TYPE'
  | 'BAD_ID'
  | 'BAD_VALUE'
  | 'BAD_NUMBER'
  | 'DUPLICATE_ID'
  | 'DANGLING_CREDENTIAL'
  | 'DANGLING_PROVIDER'
  | 'CYCLE'
  | 'UNREACHABLE_CREDITS'
  | 'K_OUT_OF_RANGE'
  | 'EMPTY_GROUP';

/** One fault in a catalog, located by its JSON path (`credentials[2].requires.of[1]`). */
export interface CatalogFault {
  code: CatalogFaultCode;
  path: string;
  message: string;
  /** The ids involved: the dangling id, the duplicated id, the members of a cycle. */
  ids: string[];
}

/** A catalog was refused; `faults` lists every fault found, not just the first. */
export class CatalogInvalidError extends PathwiseError {
  readonly faults: CatalogFault[];

  /** @param faults - every fault found, in the order the checks found them */
  constructor(faults: CatalogFault[]) {
    super(
      'CATALOG_INVALID',
      `catalog is invalid: ${faults.length} fault${faults.length === 1 ? '' : 's'}`,
    );
    this.faults = faults;
  }

  /** @returns the error as plain data, with every fault */
  override toJSON(): SerialisedError {
    return { ...super.toJSON(), faults: this.faults };
  }
}

/** A query named a credential the catalog does not have. */
export class UnknownCredentialError extends PathwiseError {
  readonly id: string;

  /** @param id - the unknown credential id */
  constructor(id: string) {
    super('UNKNOWN_CREDENTIAL', `unknown credential "${id}"`);
    this.id = id;
  }

  /** @returns the error as plain data, with the unknown id */
  override toJSON(): SerialisedError {
    return { ...super.toJSON(), id: this.id };
  }
}

/** A query itself was malformed (a bad date, a bad objective). */
export class InvalidInputError extends PathwiseError {
  /** @param message - what is wrong with the input */
  constructor(message: string) {
    super('INVALID_INPUT', message);
  }
}

/** Renders a fault as the one line the CLI prints: `path: message [ids]`. */
export function formatFault(fault: CatalogFault): string {
  const ids = fault.ids.length > 0 ? ` [${fault.ids.join(', ')}]` : '';
  return `${fault.path || '(root)'}: ${fault.message} (${fault.code})${ids}`;
}

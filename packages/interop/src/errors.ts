/**
 * Import faults and warnings. A fault makes an import refuse the whole input (`ImportInvalidError`);
 * a warning says what was ignored, defaulted or approximated while the import went on.
 */
import { PathwiseError, type SerialisedError } from '@pathwise/core';

/** What kind of fault an imported document has. */
export type ImportFaultCode =
  | 'NOT_JSON'
  | 'MALFORMED'
  | 'NO_CONTENT'
  | 'DANGLING_REFERENCE'
  | 'UNSUPPORTED_RULE'
  | 'BAD_VALUE'
  | 'BAD_ID'
  | 'DUPLICATE_ID'
  | 'SYNTAX'
  | 'MISSING_FIELD'
  | 'CATALOG_RULE'
  /** Nested deeper than the readers go (MAX_NESTING); refused rather than risking the stack. */
  | 'TOO_DEEP'
  /** Another standard's document (an Open Badges credential given to the CTDL importer). */
  | 'WRONG_FORMAT';

/** One fault, located by a path in the input (`@graph[3].ceterms:hasCondition[0]`, `row 4, column requires`). */
export interface ImportFault {
  code: ImportFaultCode;
  path: string;
  message: string;
}

/** What kind of leniency a warning reports. */
export type ImportWarningCode =
  | 'IGNORED_PROPERTY'
  | 'IGNORED_NODE'
  | 'UNKNOWN_TYPE'
  | 'DEFAULTED'
  | 'APPROXIMATED'
  | 'RENAMED_ID'
  /** Two statements disagree (two destinations); the warning says which one was taken. */
  | 'CONFLICT'
  /** A condition a plan cannot evaluate (marks, grades, resits, exit rules): dropped. */
  | 'UNPLANNABLE';

/** Something the import ignored, defaulted or approximated; the catalog is still exact about its rules. */
export interface ImportWarning {
  code: ImportWarningCode;
  path: string;
  message: string;
}

/** An import refused its input; `faults` lists every fault found, not just the first. */
export class ImportInvalidError extends PathwiseError {
  readonly faults: ImportFault[];

  /** @param faults - every fault found, in input order */
  constructor(faults: ImportFault[]) {
    super(
      'IMPORT_INVALID',
      `import refused: ${faults.length} fault${faults.length === 1 ? '' : 's'}`,
    );
    this.faults = faults;
  }

  /** @returns the error as plain data, with every fault */
  override toJSON(): SerialisedError {
    return { ...super.toJSON(), faults: this.faults };
  }
}

/** Renders a fault as one line: `path: message (CODE)`. */
export function formatImportFault(fault: ImportFault): string {
  return `${fault.path || '(root)'}: ${fault.message} (${fault.code})`;
}

/** Collects faults and warnings during one import, then throws once. */
export class ImportLog {
  readonly faults: ImportFault[] = [];
  readonly warnings: ImportWarning[] = [];

  /** Records a fault. */
  fault(code: ImportFaultCode, path: string, message: string): void {
    this.faults.push({ code, path, message });
  }

  /** Records a warning. */
  warn(code: ImportWarningCode, path: string, message: string): void {
    this.warnings.push({ code, path, message });
  }

  /** @throws ImportInvalidError when any fault was recorded */
  throwIfFaulty(): void {
    if (this.faults.length > 0) throw new ImportInvalidError(this.faults);
  }
}

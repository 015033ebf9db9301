// The faults of an import a test expects refused: it must throw ImportInvalidError, code
// IMPORT_INVALID.
import { expect } from 'vitest';
import { ImportInvalidError } from '../../errors.js';

/**
 * @param run - the import
 * @returns the faults it was refused with (the test fails when it is not refused)
 */
export function refusal(run: () => unknown): ImportInvalidError['faults'] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportInvalidError);
    expect((error as ImportInvalidError).code).toBe('IMPORT_INVALID');
    return (error as ImportInvalidError).faults;
  }
  throw new Error('expected the import to be refused');
}

/**
 * A command line that cannot be run as given (unknown command, missing or bad flag): exit 2.
 */
import { PathwiseError } from '@pathwise/core';

/** Bad flags or arguments; the message says what was expected. */
export class UsageError extends PathwiseError {
  /** @param message - what is wrong and the usage line */
  constructor(message: string) {
    super('INVALID_INPUT', message);
  }
}

/**
 * An unknown credential id, with the catalog's nearest ids as suggestions: what the CLI throws in
 * place of core's UnknownCredentialError once it knows the catalog.
 */
import type { CatalogIndex } from '@pathwise/core';
import { UnknownCredentialError } from '@pathwise/core';
import { didYouMean, didYouMeanText } from './did-you-mean.js';

/** core's UnknownCredentialError (same code), its message ending in "Did you mean …?". */
export class UnknownIdError extends UnknownCredentialError {
  readonly suggestions: readonly string[];
  /** ` Did you mean "x"?` (with its leading space), or `` when nothing is near. */
  readonly hint: string;

  /**
   * @param id - the unknown id
   * @param suggestions - the nearest known ids, best first
   */
  constructor(id: string, suggestions: readonly string[]) {
    super(id);
    this.suggestions = suggestions;
    this.hint = didYouMeanText(suggestions);
    if (this.hint !== '') this.message = `${this.message}.${this.hint}`;
  }
}

/**
 * @param error - anything thrown
 * @param index - the catalog the id was looked up in
 * @returns the error with suggestions when it is an UnknownCredentialError, else the error itself
 */
export function withSuggestions(error: unknown, index: CatalogIndex): unknown {
  if (!(error instanceof UnknownCredentialError) || error instanceof UnknownIdError) return error;
  return new UnknownIdError(error.id, didYouMean(error.id, index.byId.keys()));
}

/**
 * The whole observable outcome of one CTDL import as text, for the differential test: the catalog,
 * the warnings and pathways in order, or the error's code and every fault in order. Its digest
 * is what the checked fixture keeps for each generated document.
 */
import { createHash } from 'node:crypto';
import { PathwiseError } from '@pathwise/core';
import { ImportInvalidError } from '../../errors.js';
import { importCtdl } from '../../ctdl/import-ctdl.js';
import type { RandomCtdlCase } from './random-ctdl.js';

/**
 * @param c - a document and its options
 * @returns the import's outcome, serialised (anything but a PathwiseError is rethrown)
 */
export function ctdlOutcome(c: RandomCtdlCase): string {
  try {
    const { catalog, warnings, pathways } = importCtdl(c.doc, c.options);
    return JSON.stringify({ catalog, warnings, pathways });
  } catch (error) {
    if (error instanceof ImportInvalidError)
      return JSON.stringify({ error: error.code, faults: error.faults });
    if (error instanceof PathwiseError)
      return JSON.stringify({ error: error.code, message: error.message });
    throw error;
  }
}

/** @returns the first 16 hex digits of the SHA-256 of the text */
export function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

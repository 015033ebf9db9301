// A compiled index in a form two indexes compare by content with toEqual: its id map as entries.
import type { CompactIndex } from '@pathwise/engine';

/** @returns the index's arrays, and its id map as a list of entries */
export const plainIndex = (compiled: unknown) => {
  const { idOf, ...arrays } = compiled as CompactIndex;
  return { ...arrays, idOf: [...idOf] };
};

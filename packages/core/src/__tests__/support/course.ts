// Test helper: a credential of kind "course" costing 1 and lasting 1 week, with `extra` over it.
import type { Credential } from '../../model/types.js';

/** @returns the course `id`, with `extra`'s fields */
export const course = (id: string, extra: Partial<Credential> = {}): Credential => ({
  id,
  name: id,
  kind: 'course',
  cost: 1,
  durationWeeks: 1,
  ...extra,
});

// Requirement rendering: every form, nested.
import { describe, expect, it } from 'vitest';
import { requirementText } from '../requirement-text.js';

describe('requirementText', () => {
  it('renders every form, nested', () => {
    expect(requirementText('a')).toBe('a');
    expect(
      requirementText({
        all: [
          'a',
          { any: ['b', 'c'] },
          { atLeast: 2, of: ['d', 'e', { all: ['f', 'g'] }] },
          { credits: 6, of: ['h', 'i'] },
        ],
      }),
    ).toBe('all(a, any(b, c), 2 of (d, e, all(f, g)), credits 6 of (h, i))');
  });
});

// Write access by principal.
import { describe, expect, it } from 'vitest';
import { PathwiseError } from '@pathwise/core';
import { requirePublisher } from '../require-publisher.js';

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return error instanceof PathwiseError ? error.code : 'not a PathwiseError';
  }
  return undefined;
};

describe('requirePublisher', () => {
  it('refuses anonymous callers and unknown keys, and keys of another provider', () => {
    expect(codeOf(() => requirePublisher({ kind: 'anonymous' }))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => requirePublisher({ kind: 'invalid-key' }, 'uni'))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => requirePublisher({ kind: 'publisher', provider: 'uni' }, 'aws'))).toBe(
      'FORBIDDEN',
    );
  });
  it("returns the key's provider", () => {
    expect(requirePublisher({ kind: 'publisher', provider: 'uni' }, 'uni')).toBe('uni');
    expect(requirePublisher({ kind: 'publisher', provider: 'uni' })).toBe('uni');
  });
});

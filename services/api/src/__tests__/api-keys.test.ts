// Publisher keys from PATHWISE_API_KEYS and the Authorization header.
import { describe, expect, it } from 'vitest';
import { parseApiKeys } from '../api-keys.js';

describe('parseApiKeys', () => {
  it('maps each key to its provider and reads the bearer header', () => {
    const keys = parseApiKeys(' k1:state-u , k2:cloudco,k3:urn:provider:x ');
    expect(keys.size).toBe(3);
    expect(keys.principalFor('Bearer k1')).toEqual({ kind: 'publisher', provider: 'state-u' });
    expect(keys.principalFor('bearer k2')).toEqual({ kind: 'publisher', provider: 'cloudco' });
    expect(keys.principalFor('Bearer k3')).toEqual({
      kind: 'publisher',
      provider: 'urn:provider:x',
    });
  });

  it('tells anonymous callers from bad keys', () => {
    const keys = parseApiKeys('k1:state-u');
    expect(keys.principalFor(undefined)).toEqual({ kind: 'anonymous' });
    expect(keys.principalFor('')).toEqual({ kind: 'anonymous' });
    expect(keys.principalFor('Bearer k2')).toEqual({ kind: 'invalid-key' });
    expect(keys.principalFor('Basic azE6')).toEqual({ kind: 'invalid-key' });
    expect(keys.principalFor('Bearer k1 extra')).toEqual({ kind: 'invalid-key' });
    expect(keys.principalFor('Bearer k')).toEqual({ kind: 'invalid-key' });
  });

  it('has no keys when unset, so every write is refused', () => {
    expect(parseApiKeys(undefined).size).toBe(0);
    expect(parseApiKeys(undefined).principalFor('Bearer anything')).toEqual({
      kind: 'invalid-key',
    });
  });

  it('refuses a malformed entry at start-up', () => {
    expect(() => parseApiKeys('k1:state-u,oops')).toThrow(/entry 2/);
    expect(() => parseApiKeys(':state-u')).toThrow(/entry 1/);
    expect(() => parseApiKeys('k1:')).toThrow(/entry 1/);
  });
});

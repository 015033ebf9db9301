// Credential filters and cursors.
import { describe, expect, it } from 'vitest';
import type { Credential } from '@pathwise/core';
import { decodeCursor, encodeCursor, matchesFilter } from '../query-credentials.js';

const c = (over: Partial<Credential>): Credential => ({
  id: 'x',
  name: 'X',
  kind: 'course',
  cost: 0,
  durationWeeks: 0,
  ...over,
});

describe('matchesFilter', () => {
  it('keeps what matches every given field, and everything without a filter', () => {
    const creds = [
      c({
        id: 'aws-saa',
        name: 'Solutions Architect',
        kind: 'certification',
        provider: 'aws',
        skills: ['cloud'],
      }),
      c({
        id: 'py',
        name: 'Python',
        kind: 'course',
        provider: 'uni',
        description: 'Intro to CLOUD scripting',
      }),
      c({ id: 'sql', name: 'SQL', kind: 'course', provider: 'uni', skills: ['sql'] }),
    ];
    const ids = (f: Parameters<typeof matchesFilter>[0]) =>
      creds.filter(matchesFilter(f)).map((x) => x.id);
    expect(ids(undefined)).toEqual(['aws-saa', 'py', 'sql']);
    expect(ids({ kind: 'course' })).toEqual(['py', 'sql']);
    expect(ids({ provider: 'aws' })).toEqual(['aws-saa']);
    expect(ids({ skill: 'sql' })).toEqual(['sql']);
    expect(ids({ text: 'cloud' })).toEqual(['py']);
    expect(ids({ text: 'ARCHITECT', kind: 'certification' })).toEqual(['aws-saa']);
    expect(ids({ text: 'architect', kind: 'course' })).toEqual([]);
    expect(ids({ text: '  ' })).toEqual(['aws-saa', 'py', 'sql']);
  });
});

describe('cursors', () => {
  it('round-trip any id', () => {
    for (const id of ['a', 'urn:x/y.z', 'ce-0f3a_9'])
      expect(decodeCursor(encodeCursor(id))).toBe(id);
  });
});

// isIsoDate remembers the last real date it saw (every plan query checks its asOf): the memo must
// never answer for another text, so a fault after a good date is still a fault.
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '@pathwise/core';

describe('isIsoDate', () => {
  it('says false for a non-date right after a real date, and true for that date again', () => {
    expect(isIsoDate('')).toBe(false);
    for (const good of ['2026-06-01', '2000-01-01', '2024-02-29']) {
      expect(isIsoDate(good)).toBe(true);
      expect(isIsoDate(good)).toBe(true);
      for (const bad of ['', '2026-02-30', '2023-02-29', '2026-13-01', '2026-6-1', `${good} `])
        expect(isIsoDate(bad)).toBe(false);
      expect(isIsoDate(good)).toBe(true);
    }
  });
});

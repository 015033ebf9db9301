// The pace rule extrapolates the proven bound's rise so far: a search that has closed half its gap
// in 400 ms of its own time needs 400 ms more.
import { describe, expect, it } from 'vitest';
import { provesInTime } from '../search-pace.js';

const stand = { rootBound: 100, proven: 150, limit: 200, searchMs: 400, now: 1_000 };

describe('provesInTime', () => {
  it('expects a proof when the pace so far reaches the limit before the budget ends', () => {
    // 50 closed in 400 ms, 50 left: 400 ms more, so done at 1,400.
    expect(provesInTime({ ...stand, stopAt: 1_401 })).toBe(true);
    expect(provesInTime({ ...stand, stopAt: 1_400 })).toBe(false);
    expect(provesInTime({ ...stand, stopAt: 1_300 })).toBe(false);
  });

  it('scales with the gap left', () => {
    // 50 closed in 400 ms, 150 left: 1,200 ms more.
    expect(provesInTime({ ...stand, limit: 300, stopAt: 2_150 })).toBe(false);
    expect(provesInTime({ ...stand, limit: 300, stopAt: 2_250 })).toBe(true);
  });

  it('expects none while the bound has not risen above the root', () => {
    expect(provesInTime({ ...stand, proven: 100, stopAt: Infinity })).toBe(false);
  });

  it('counts a search that has reached its limit as done', () => {
    expect(provesInTime({ ...stand, proven: 200, stopAt: 1_001 })).toBe(true);
  });
});

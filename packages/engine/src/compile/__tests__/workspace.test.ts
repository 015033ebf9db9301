// The workspace's cone walk: the post-order of a cone larger than the scratch it starts with (the
// walk grows the scratch; `cone` must copy the grown one), and a cone that stops at holdings.
import { describe, expect, it } from 'vitest';
import { compileIndex } from '../compact-index.js';
import { Workspace } from '../workspace.js';
import { makeCatalog, type Spec } from './make-catalog.js';

/** A chain c0 <- c1 <- ... <- c{n-1}: the cone of the last is all of it, in order. */
function chain(n: number): Spec[] {
  return Array.from({ length: n }, (_, i): Spec => [
    `c${i}`,
    1,
    1,
    i > 0 ? `c${i - 1}` : undefined,
  ]);
}

describe('Workspace cone', () => {
  it('returns the whole post-order of a cone that outgrows the first scratch', () => {
    const n = 1000;
    const ws = new Workspace(compileIndex(makeCatalog(...chain(n))));
    ws.setHeld([]);
    const order = ws.cone(n - 1);
    expect([...order]).toEqual(Array.from({ length: n }, (_, i) => i));
    expect(ws.local(n - 1)).toBe(n - 1);
  });

  it('does not descend into a held credential, and forgets it when the next query holds nothing', () => {
    const ws = new Workspace(compileIndex(makeCatalog(...chain(300))));
    ws.setHeld([5]);
    expect([...ws.cone(299)]).toEqual(Array.from({ length: 294 }, (_, i) => i + 6));
    expect(ws.isHeld(5)).toBe(true);
    expect(ws.local(5)).toBe(-1);
    ws.setHeld([]);
    expect(ws.isHeld(5)).toBe(false);
    expect(ws.cone(299).length).toBe(300);
  });
});

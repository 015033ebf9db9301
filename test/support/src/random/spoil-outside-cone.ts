/**
 * For tests of on-demand credential decoding (engine compile/credential-document.ts): overwrites
 * with `#` (not JSON) the bytes of every credential a plan has no reason to read, so a planner that
 * decodes one still fails, and one that decodes only what it reads plans as before.
 */
import type { Catalog, Holding } from '@pathwise/core';
import { compileIndex } from '@pathwise/engine';

/**
 * @param catalog - the catalog the document was written from
 * @param target - the query's target id
 * @param have - the query's holdings (kept readable)
 * @param bytes - the document's bytes, changed in place
 * @param spans - the credentials' spans in it (`[open, close, start_0, end_0, ...]`)
 * @returns how many credentials were overwritten: those the target's requirement does not reach
 *   (through the compiled deps, iteratively) and that are not held
 */
export function spoilOutsideCone(
  catalog: Catalog,
  target: string,
  have: readonly Holding[],
  bytes: Uint8Array,
  spans: Float64Array,
): number {
  const { idOf, depStart, deps, n } = compileIndex(catalog);
  const keep = new Uint8Array(n);
  for (const h of have) keep[idOf.get(h.id)!] = 1;
  const stack = [idOf.get(target)!];
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (keep[i] === 2) continue;
    keep[i] = 2;
    for (let j = depStart[i]!; j < depStart[i + 1]!; j++) stack.push(deps[j]!);
  }
  let spoiled = 0;
  for (let i = 0; i < n; i++) {
    if (keep[i] !== 0) continue;
    bytes.fill(0x23, spans[2 + 2 * i], spans[3 + 2 * i]);
    spoiled++;
  }
  return spoiled;
}

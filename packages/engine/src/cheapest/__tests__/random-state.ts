// A cheapest search's state over the cone of a small random catalog with random holdings.
import { randomCatalog, randomHoldings } from '@pathwise/test-support';
import { compileIndex } from '../../compile/compact-index.js';
import { Workspace } from '../../compile/workspace.js';
import { CheapestState } from '../cheapest-state.js';

/**
 * @param seed - the catalog's and the holdings' seed
 * @returns the state for the last of 30 credentials, or undefined when that one is held
 */
export function randomState(seed: number): CheapestState | undefined {
  const catalog = randomCatalog(seed, 30);
  const ws = new Workspace(compileIndex(catalog));
  ws.setHeld(randomHoldings(seed, catalog).map((h) => ws.index.idOf.get(h.id)!));
  const target = ws.index.idOf.get('c29')!;
  return ws.isHeld(target) ? undefined : new CheapestState(ws, ws.cone(target));
}

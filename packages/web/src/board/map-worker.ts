/**
 * The catalog map's loader, a Web Worker: reads the catalog page by page (fetch-catalog.ts), builds
 * the compact map data with its layout (map-data.ts) and hands it to the page as transferable typed
 * arrays, so neither the pages' JSON nor the layout runs on the page's main thread. Messages out:
 * `{ progress: [read, total] }` after each page, then `{ data }` or `{ error }`.
 */
import { fetchCatalog } from './fetch-catalog.js';
import { buildMapData } from './map-data.js';

/** A message from the worker to the page. */
export type MapWorkerMessage =
  { progress: [number, number] } | { data: import('./map-data.js').MapData } | { error: string };

const post = (message: MapWorkerMessage, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(message, transfer);

fetchCatalog((read, total) => post({ progress: [read, total] }))
  .then((credentials) => {
    const data = buildMapData(credentials);
    post(
      { data },
      [data.provider, data.x, data.y, data.from, data.to].map((a) => a.buffer),
    );
  })
  .catch((e: unknown) => post({ error: (e as Error).message }));

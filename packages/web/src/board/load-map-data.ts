/**
 * Loads the catalog map's data through map-worker.ts (off the main thread), once per catalog
 * version: the result is kept for the page's life under the catalog version read before loading, so
 * the map opens again at once while the catalog is unchanged.
 */
import { request } from '../api/client.js';
import { CATALOG_VERSION } from '../api/map-documents.js';
import type { MapData } from './map-data.js';
import type { MapWorkerMessage } from './map-worker.js';

let cached: { version: number; data: Promise<MapData> } | null = null;

/**
 * @param onProgress - called after each page with how many were read of how many
 * @returns the map's data for the catalog version now served
 * @throws Error with the service's message when a page cannot be read
 */
export async function loadMapData(
  onProgress: (read: number, total: number) => void,
): Promise<MapData> {
  const { catalogVersion: version } = await request(CATALOG_VERSION, {});
  if (cached?.version === version) return cached.data;
  const data = new Promise<MapData>((resolve, reject) => {
    const worker = new Worker(new URL('./map-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data: m }: MessageEvent<MapWorkerMessage>) => {
      if ('progress' in m) return onProgress(...m.progress);
      worker.terminate();
      if ('data' in m) resolve(m.data);
      else reject(new Error(m.error));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'the map loader failed'));
    };
  });
  cached = { version, data };
  data.catch(() => {
    if (cached?.data === data) cached = null;
  });
  return data;
}

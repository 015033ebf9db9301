/**
 * The board's catalog map: every credential of the catalog as a dot, arrows to what each counts
 * toward, clustered and coloured by provider or coloured by how much it unlocks. Loaded on demand
 * (sigma.js and graphology are a separate chunk; the catalog is read and laid out in a worker, once
 * per catalog version, by load-map-data.ts, so hiding and showing it again reads nothing more), with
 * zoom buttons for the keyboard beside sigma's own mouse and touch pan and zoom, and the legend as
 * text.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MapColouring, MapDrawing } from './map-renderer.js';
import { fetchCatalog } from './fetch-catalog.js';
import { loadMapData } from './load-map-data.js';
import { MAP_METRICS_PAGE, type MapMetric } from '../api/map-documents.js';
import { Fault } from '../components/fault.js';

/** @returns the map section */
export function CatalogMap() {
  const [shown, setShown] = useState(false);
  const [by, setBy] = useState<MapColouring>('provider');
  const [legend, setLegend] = useState<[string, string][]>([]);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [zoom, setZoom] = useState(1);
  const box = useRef<HTMLDivElement>(null);
  const drawing = useRef<MapDrawing | null>(null);
  const unlocks = useRef<Map<string, number> | null>(null);

  const colour = async (mode: MapColouring) => {
    setBy(mode);
    if (mode === 'unlocks' && !unlocks.current) {
      setStatus('Loading each credential’s blocking factor…');
      const metrics = await fetchCatalog<MapMetric>(
        (read, total) => setStatus(`Loading blocking factors: ${read} of ${total}…`),
        MAP_METRICS_PAGE,
      );
      unlocks.current = new Map(metrics.map((m) => [m.id, m.metrics.blockingFactor]));
      setStatus(`Coloured by the blocking factors of ${metrics.length} credentials.`);
    }
    if (drawing.current) setLegend(drawing.current.recolour(mode, unlocks.current ?? undefined));
  };

  useEffect(() => {
    if (!shown || !box.current) return;
    let live = true;
    const started = performance.now();
    setStatus('Loading the catalog…');
    Promise.all([
      import('./map-renderer.js'),
      loadMapData((read, total) => live && setStatus(`Loading the catalog: ${read} of ${total}…`)),
    ])
      .then(([{ drawMap }, data]) => {
        if (!live || !box.current) return;
        performance.mark('map-data');
        const d = drawMap(box.current, data);
        drawing.current = d;
        performance.mark('map-drawn');
        setLegend(d.legend);
        setStatus(
          `${d.nodes} credentials and ${d.edges} links drawn in ${Math.round(performance.now() - started)} ms.`,
        );
      })
      .catch((e: unknown) => live && setError((e as Error).message));
    return () => {
      live = false;
      setZoom(1);
      setBy('provider');
      drawing.current?.kill();
      drawing.current = null;
    };
  }, [shown]);

  return (
    <section aria-labelledby="map-heading" class="map">
      <h3 id="map-heading">Catalog map</h3>
      {!shown ? (
        <button type="button" onClick={() => setShown(true)}>
          Show the catalog map
        </button>
      ) : (
        <>
          <div class="row map-controls">
            <label>
              Colour by
              <select
                id="map-colour"
                value={by}
                onChange={(e) =>
                  void colour((e.target as HTMLSelectElement).value as MapColouring).catch(
                    (err: unknown) => setError((err as Error).message),
                  )
                }
              >
                <option value="provider">Provider</option>
                <option value="unlocks">How much it unlocks (blocking factor)</option>
              </select>
            </label>
            <div class="actions" role="group" aria-label="Zoom">
              <button type="button" onClick={() => void drawing.current?.zoom(1.5).then(setZoom)}>
                Zoom in
              </button>
              <button
                type="button"
                onClick={() => void drawing.current?.zoom(1 / 1.5).then(setZoom)}
              >
                Zoom out
              </button>
              <button type="button" onClick={() => void drawing.current?.reset().then(setZoom)}>
                Whole map
              </button>
              <button type="button" onClick={() => setShown(false)}>
                Hide the map
              </button>
              <output aria-live="polite" data-testid="map-zoom">
                Zoom {zoom.toFixed(2).replace(/\.?0+$/, '')}×
              </output>
            </div>
          </div>
          <p role="status" data-testid="map-status">
            {status}
          </p>
          <Fault message={error && `The map could not be drawn: ${error}`} />
          <div
            ref={box}
            class="map-canvas"
            role="img"
            aria-label="The catalog as a graph: a dot per credential, clustered by provider; drag to pan, scroll or use the zoom buttons to zoom"
            data-testid="map-canvas"
          />
          <ul class="legend-list" aria-label="Legend" data-testid="map-legend">
            {legend.map(([name, colour]) => (
              <li key={name}>
                <span class="swatch" style={{ background: colour }} aria-hidden="true" /> {name}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

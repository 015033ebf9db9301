/**
 * The pathway as a graph: the layered layout (pathway-layout.ts, loaded on first use) drawn as SVG,
 * the plan's steps and the holdings used highlighted like the list beside it. The list is the text
 * equivalent; the drawing is one labelled image that scrolls inside its own focusable region.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PathwayNode } from '../api/documents.js';
import type { PathwayLayout } from './pathway-layout.js';

/** Props of PathwayGraph. */
export interface PathwayGraphProps {
  nodes: Map<string, PathwayNode>;
  steps: Set<string>;
  held: Set<string>;
}

const short = (name: string, max = 27) => (name.length > max ? `${name.slice(0, max - 1)}…` : name);

/** @returns the drawing, once laid out */
export function PathwayGraph({ nodes, steps, held }: PathwayGraphProps) {
  const [layout, setLayout] = useState<PathwayLayout | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    import('./pathway-layout.js')
      .then((m) => live && setLayout(m.layoutPathway(nodes)))
      .catch((e: unknown) => live && setError((e as Error).message));
    return () => {
      live = false;
    };
  }, [nodes]);
  if (error) return <p role="alert">Could not draw the pathway: {error}</p>;
  if (!layout) return <p>Drawing the pathway…</p>;
  const inPlan = layout.nodes.filter((n) => steps.has(n.id)).length;
  return (
    <div class="graph-scroll" tabIndex={0} role="region" aria-label="Pathway graph">
      <svg
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-label={`Pathway graph: ${layout.nodes.length} credentials, ${inPlan} in this plan; an arrow leads from a credential to the one it counts toward`}
        data-testid="pathway-graph"
      >
        <defs>
          <marker
            id="arrow"
            viewBox="0 0 8 8"
            refX="8"
            refY="4"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0,0 L8,4 L0,8 z" class="graph-arrow" />
          </marker>
        </defs>
        {layout.edges.map((e) => (
          <polyline
            key={`${e.from}>${e.to}`}
            class={
              steps.has(e.to) && (steps.has(e.from) || held.has(e.from))
                ? 'graph-edge used'
                : 'graph-edge'
            }
            points={e.points.map((p) => `${p.x},${p.y}`).join(' ')}
            marker-end="url(#arrow)"
          />
        ))}
        {layout.nodes.map((n) => {
          const cls = steps.has(n.id)
            ? 'graph-node in-plan'
            : held.has(n.id)
              ? 'graph-node held'
              : 'graph-node';
          return (
            <g
              key={n.id}
              class={cls}
              data-credential={n.id}
              transform={`translate(${n.x - n.width / 2},${n.y - n.height / 2})`}
            >
              <title>{n.name}</title>
              <rect width={n.width} height={n.height} rx="6" />
              <text x="8" y="18">
                {short(n.name)}
              </text>
              <text x="8" y="35" class="graph-sub">
                {steps.has(n.id) ? 'in this plan' : held.has(n.id) ? 'held' : short(n.id)}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}

/**
 * The goal's pathway as a graph (pathway-graph.tsx) and as an indented list: every credential and
 * group of its requirement tree, the chosen plan's steps highlighted and holdings marked.
 */
import { useEffect, useState } from 'preact/hooks';
import { fetchPathwayNodes } from '../api/fetch-credentials.js';
import type { PathwayNode, PlanData } from '../api/documents.js';
import { pathwayRows, type PathwayRow } from './pathway-rows.js';
import { PathwayGraph } from './pathway-graph.js';

/** Props of PathwayView. */
export interface PathwayViewProps {
  plan: PlanData;
  held: string[];
}

/** @returns the pathway list */
export function PathwayView({ plan, held }: PathwayViewProps) {
  const [nodes, setNodes] = useState<Map<string, PathwayNode> | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    setNodes(null);
    fetchPathwayNodes(
      plan.target,
      plan.steps.map((s) => s.credential.id),
    )
      .then((found) => live && setNodes(found))
      .catch((e: unknown) => live && setError((e as Error).message));
    return () => {
      live = false;
    };
  }, [plan]);

  let rows: PathwayRow[] = [];
  if (nodes)
    rows = pathwayRows(
      plan.target,
      nodes,
      new Set(plan.steps.map((s) => s.credential.id)),
      new Set(held),
    );
  return (
    <section aria-labelledby="pathway-heading" class="pathway">
      <h3 id="pathway-heading">Pathway</h3>
      <p class="hint" data-testid="pathway-metrics">
        As published: {plan.target.metrics.pathwaySize} credentials, the longest chain{' '}
        {plan.target.metrics.delayFactor}, structural complexity{' '}
        {plan.target.metrics.pathwayComplexity} (CurricularAnalytics).
      </p>
      <p class="hint">
        <span class="legend in-plan">In this plan</span> <span class="legend held">Held</span>
      </p>
      {error && <p role="alert">Could not load the pathway: {error}</p>}
      {!nodes && !error && <p>Loading the pathway…</p>}
      {nodes && (
        <PathwayGraph
          nodes={nodes}
          steps={new Set(plan.steps.map((s) => s.credential.id))}
          held={new Set(held)}
        />
      )}
      <ul data-testid="pathway">
        {rows.map((r, i) => (
          <li
            key={i}
            style={{ paddingLeft: `${Math.min(r.depth, 12) * 1.1}rem` }}
            class={`${r.kind}${r.inPlan ? ' in-plan' : ''}${r.held ? ' held' : ''}`}
            data-credential={r.id}
          >
            {r.label}
            {r.inPlan && <span class="tag"> in plan</span>}
            {r.held && <span class="tag"> held</span>}
            {r.repeated && <span class="option-meta"> (rule shown above)</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Draws the cost-time frontier with Observable Plot (loaded on demand, as its own chunk): cost
 * against weeks, a step line through the points, each point a plan. The points are then made
 * buttons (focusable, labelled, pressed when chosen), so a click, Enter or Space opens that plan.
 */
import { dot, line, plot, text } from '@observablehq/plot';
import { formatCost, formatWeeks } from '../dates.js';

/** One point of the chart. */
export interface FrontierPoint {
  weeks: number;
  cost: number;
  /** What a screen reader says for the point. */
  label: string;
}

/**
 * @param host - the element to draw into (emptied first)
 * @param points - the frontier's plans, by weeks ascending
 * @param chosen - the index of the chosen point, or -1
 * @param width - the drawing's width in pixels
 * @param onChoose - called with a point's index when it is clicked or activated by the keyboard
 */
export function drawFrontier(
  host: HTMLElement,
  points: readonly FrontierPoint[],
  chosen: number,
  width: number,
  onChoose: (index: number) => void,
): void {
  const figure = plot({
    width,
    height: 260,
    marginLeft: 64,
    marginRight: 24,
    marginTop: 28,
    ariaLabel: `Cost against weeks: ${points.length} plans, none both cheaper and faster than another`,
    ariaDescription: 'Each point is a plan; activate one to show its timeline and pathway.',
    x: {
      label: 'Weeks to the goal →',
      grid: true,
      zero: true,
      nice: true,
      tickFormat: (w: number) => formatWeeks(w),
    },
    y: { label: '↑ Cost', grid: true, zero: true, tickFormat: (c: number) => formatCost(c) },
    marks: [
      line(points, {
        x: 'weeks',
        y: 'cost',
        curve: 'step-after',
        stroke: '#4a4a4a',
        strokeDasharray: '4 3',
        // Decoration: the points carry the figures for assistive technology.
        ariaHidden: 'true',
      }),
      dot(points, {
        x: 'weeks',
        y: 'cost',
        r: 8,
        fill: (_p: FrontierPoint, i: number) => (i === chosen ? '#0b5cad' : '#ffffff'),
        stroke: '#0b5cad',
        strokeWidth: 2,
      }),
      text(points, {
        x: 'weeks',
        y: 'cost',
        text: (_p: FrontierPoint, i: number) => String(i + 1),
        dy: -16,
        fontSize: 12,
        fill: 'currentColor',
        ariaHidden: 'true',
      }),
    ],
  });
  figure.setAttribute('role', 'group');
  // Plot labels each mark's group; a labelled <g> needs a role for the label to be allowed.
  figure.querySelector('g[aria-label="dot"]')?.setAttribute('role', 'group');
  figure.querySelector('g[aria-label="dot"]')?.setAttribute('aria-label', 'Plans');
  // Plot draws one circle per point, in the points' order (a constant radius is never sorted).
  const circles = figure.querySelectorAll<SVGCircleElement>('g[aria-label="Plans"] circle');
  circles.forEach((circle, i) => {
    circle.setAttribute('tabindex', '0');
    circle.setAttribute('role', 'button');
    circle.setAttribute('aria-label', points[i]!.label);
    circle.setAttribute('aria-pressed', String(i === chosen));
    circle.setAttribute('data-point', String(i));
    circle.classList.add('frontier-point');
    circle.addEventListener('click', () => onChoose(i));
    circle.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      onChoose(i);
    });
  });
  host.replaceChildren(figure);
}

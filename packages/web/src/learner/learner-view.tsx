/**
 * The learner view: the query form, then the cheapest and the fastest plan and the cost-time
 * frontier (asked in parallel), the chosen plan's (a card's or a frontier point's) dated timeline
 * and pathway, and the link that restores the query.
 */
import { useEffect, useState } from 'preact/hooks';
import { request } from '../api/client.js';
import { fetchCredentials } from '../api/fetch-credentials.js';
import { PLANS, type PlanData, type PlansVariables } from '../api/documents.js';
import { FRONTIER, type FrontierData } from '../api/frontier-document.js';
import { formatCost, formatWeeks, weeksBetween } from '../dates.js';
import { learnerSearch, type LearnerQuery } from '../state/query-state.js';
import { LearnerForm } from './learner-form.js';
import { PathwayView } from './pathway-view.js';
import { PlanSummary } from './plan-summary.js';
import { PlanTimeline } from './plan-timeline.js';
import { FrontierChart, paybackText } from './frontier-chart.js';
import { ShareLink } from './share-link.js';
import { CalendarButton } from './calendar-button.js';
import { Fault } from '../components/fault.js';

type Plans = { cheapest: PlanData; fastest: PlanData };

/** @returns the learner view */
export function LearnerView({ initial }: { initial: LearnerQuery }) {
  const [query, setQuery] = useState(initial);
  const [names, setNames] = useState<Record<string, string> | null>(null);
  const [plans, setPlans] = useState<Plans | null>(null);
  const [frontier, setFrontier] = useState<FrontierData | null>(null);
  const [frontierError, setFrontierError] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const run = (q: LearnerQuery) => {
    setBusy(true);
    setError('');
    const variables: PlansVariables = {
      target: q.goal,
      have: q.have.map((id) => (q.earnedOn[id] ? { id, earnedOn: q.earnedOn[id] } : { id })),
      asOf: q.start,
      maxWeeks: q.deadline ? weeksBetween(q.start, q.deadline) : null,
      maxCost: q.budget,
      weeklyHours: q.hours,
      currentAnnualEarnings: q.earnings,
      keepFor: q.keepFor,
    };
    // The frontier is its own request, so the two plans show without waiting for it.
    setFrontier(null);
    setFrontierError('');
    // keepFor only when above 0: the frontier takes it only now (a refusal shows as its fault).
    request(FRONTIER, { ...variables, keepFor: q.keepFor ? q.keepFor : null })
      .then((data) => setFrontier(data.frontier))
      .catch((e: unknown) => setFrontierError((e as Error).message));
    request(PLANS, variables)
      .then(setPlans)
      .catch((e: unknown) => {
        setPlans(null);
        setError((e as Error).message);
      })
      .finally(() => setBusy(false));
  };

  // A restored link: look up the names of its ids, then plan at once.
  useEffect(() => {
    const ids = [initial.goal, ...initial.have].filter(Boolean);
    fetchCredentials(ids)
      .then((found) => setNames(Object.fromEntries([...found].map(([id, n]) => [id, n.name]))))
      .catch(() => setNames({}));
    if (initial.goal) run(initial);
  }, []);

  const update = (q: LearnerQuery) => {
    setQuery(q);
    history.replaceState(null, '', learnerSearch(q));
  };

  if (names === null) return <p>Loading…</p>;
  // A frontier point (once the frontier is here, one it has; a link's point past its end falls back
  // to the cheapest plan), else a card.
  const chosen = query.chosen;
  const point =
    typeof chosen === 'number' && (!frontier || chosen < frontier.plans.length) ? chosen : null;
  const card = typeof chosen === 'number' ? 'cheapest' : chosen;
  const plan = point === null ? plans?.[card] : frontier?.plans[point];
  return (
    <div class="learner">
      <LearnerForm
        initial={query}
        names={names}
        busy={busy}
        onSubmit={(q, n) => {
          setNames(n);
          update(q);
          run(q);
        }}
      />
      <div aria-live="polite" class="results">
        <Fault message={error} />
        {plans && (
          <>
            <PlanSummary
              plans={plans}
              start={query.start}
              chosen={point === null ? card : point}
              onChoose={(chosen) => update({ ...query, chosen })}
            />
            {frontier && (
              <FrontierChart
                frontier={frontier}
                start={query.start}
                chosen={point}
                onChoose={(chosen) => update({ ...query, chosen })}
              />
            )}
            <Fault message={frontierError && `No frontier: ${frontierError}`} />
            <ShareLink search={learnerSearch(query)} />
            {plan?.feasible && (
              <CalendarButton plan={plan} start={query.start} hours={query.hours} />
            )}
          </>
        )}
      </div>
      {plan?.feasible && (
        <p
          class="shown-plan"
          data-testid="shown-plan"
          data-cost={plan.totalCost}
          data-weeks={plan.totalWeeks}
        >
          Showing {point === null ? `the ${card} plan` : `plan ${point + 1} of the frontier`}:{' '}
          {formatCost(plan.totalCost)}, {formatWeeks(plan.totalWeeks)} weeks
          {plan.paybackMonths !== null ? `, ${paybackText(plan)}` : ''}
        </p>
      )}
      {plan?.feasible && (
        <div class="detail">
          <PlanTimeline plan={plan} start={query.start} hours={query.hours} />
          <PathwayView plan={plan} held={query.have} />
        </div>
      )}
    </div>
  );
}

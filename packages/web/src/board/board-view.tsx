/**
 * The board view: a group's holdings and limits (budget, weeks, study hours a week, months each
 * credential must stay valid, and what a sponsor pays per member) give the `reachable` table; the
 * catalog map below.
 */
import { useEffect, useState } from 'preact/hooks';
import { request } from '../api/client.js';
import { fetchCredentials } from '../api/fetch-credentials.js';
import { REACHABLE, type ReachData } from '../api/documents.js';
import { Field } from '../components/field.js';
import { HoldingsPicker, type Holdings } from '../components/holdings-picker.js';
import { today } from '../dates.js';
import {
  boardSearch,
  nonNegativeNumber,
  positiveNumber,
  type BoardQuery,
} from '../state/query-state.js';
import { ReachTable } from './reach-table.js';
import { CatalogMap } from './catalog-map.js';
import { Fault } from '../components/fault.js';

/** @returns the board view */
export function BoardView({ initial }: { initial: BoardQuery }) {
  const [holdings, setHoldings] = useState<Holdings>({
    ids: initial.have,
    names: {},
    earnedOn: {},
  });
  const [maxCost, setMaxCost] = useState(initial.maxCost === null ? '' : String(initial.maxCost));
  const [maxWeeks, setMaxWeeks] = useState(
    initial.maxWeeks === null ? '' : String(initial.maxWeeks),
  );
  const [kinds, setKinds] = useState(initial.kinds);
  const text = (n: number | null) => (n === null ? '' : String(n));
  const [hours, setHours] = useState(text(initial.hours));
  const [keepFor, setKeepFor] = useState(text(initial.keepFor));
  const [sponsor, setSponsor] = useState(text(initial.sponsor));
  // The rows with whether a sponsor paid part of them (the query that gave them, not the form now).
  const [shown, setShown] = useState<{ rows: ReachData[]; sponsored: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const run = (q: BoardQuery) => {
    setBusy(true);
    setError('');
    history.replaceState(null, '', boardSearch(q));
    request(REACHABLE, {
      from: q.have.map((id) => ({ id })),
      maxCost: q.maxCost,
      maxWeeks: q.maxWeeks,
      asOf: today(),
      kinds: q.kinds === 'all' ? null : [q.kinds],
      weeklyHours: q.hours,
      keepFor: q.keepFor,
      sponsor: q.sponsor === null ? null : { amount: q.sponsor },
    })
      .then((d) => setShown({ rows: d.reachable, sponsored: q.sponsor !== null }))
      .catch((e: unknown) => setError((e as Error).message))
      .finally(() => setBusy(false));
  };
  useEffect(() => {
    fetchCredentials(initial.have)
      .then((found) =>
        setHoldings((h) => ({
          ...h,
          names: { ...Object.fromEntries([...found].map(([id, n]) => [id, n.name])), ...h.names },
        })),
      )
      .catch(() => undefined);
  }, []);

  return (
    <div class="board">
      <form
        class="query"
        aria-label="The group's holdings and limits"
        onSubmit={(e) => {
          e.preventDefault();
          run({
            have: holdings.ids,
            maxCost: positiveNumber(maxCost),
            maxWeeks: positiveNumber(maxWeeks),
            kinds,
            hours: positiveNumber(hours),
            keepFor: nonNegativeNumber(keepFor),
            sponsor: positiveNumber(sponsor),
          });
        }}
      >
        <HoldingsPicker
          id="board-holdings"
          label="What the group holds"
          value={holdings}
          onChange={setHoldings}
        />
        <div class="row">
          <Field
            id="board-max-cost"
            label="Budget per person ($)"
            type="number"
            value={maxCost}
            onChange={setMaxCost}
          />
          <Field
            id="board-max-weeks"
            label="Within weeks"
            type="number"
            value={maxWeeks}
            onChange={setMaxWeeks}
          />
          <Field
            id="board-hours"
            label="Hours a week each (optional)"
            type="number"
            max="168"
            value={hours}
            onChange={setHours}
          />
          <Field
            id="board-keep-for"
            label="Keep valid for (months, optional)"
            type="number"
            value={keepFor}
            onChange={setKeepFor}
          />
          <Field
            id="board-sponsor"
            label="Sponsor pays per person ($, optional)"
            type="number"
            value={sponsor}
            onChange={setSponsor}
          />
          <label>
            Kind
            <select
              id="board-kinds"
              value={kinds}
              onChange={(e) => setKinds((e.target as HTMLSelectElement).value)}
            >
              <option value="certification">Certifications</option>
              <option value="certificate">Certificates</option>
              <option value="all">Every kind</option>
            </select>
          </label>
        </div>
        <button type="submit" disabled={busy}>
          {busy ? 'Searching…' : 'Show what is reachable'}
        </button>
      </form>
      <div aria-live="polite">
        <Fault message={error} />
        {shown && (
          // A new table (its own sort) when a sponsor comes or goes: it then sorts by what learners pay.
          <ReachTable
            key={shown.sponsored ? 'sponsored' : 'plain'}
            rows={shown.rows}
            sponsored={shown.sponsored}
          />
        )}
      </div>
      <CatalogMap />
    </div>
  );
}

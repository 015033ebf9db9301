/**
 * The board's `reachable` table: sortable by any column (buttons in the headers, aria-sort), and a
 * CSV download of the rows in the order shown. "Unlocks" and "Complexity" are the credential's
 * blocking factor and its pathway's structural complexity (Credential.metrics, CurricularAnalytics).
 * Under a sponsor a "Learner pays" column (Reach.outOfPocket) follows the cost, and sorts first.
 */
import { useMemo, useState } from 'preact/hooks';
import type { ReachData } from '../api/documents.js';
import { formatCost, formatWeeks } from '../dates.js';
import { toCsv } from './csv.js';

type Key =
  | 'name'
  | 'provider'
  | 'kind'
  | 'totalCost'
  | 'outOfPocket'
  | 'totalWeeks'
  | 'stepCount'
  | 'unlocks'
  | 'complexity';

type Column = { key: Key; label: string; value(r: ReachData): string | number };

const COLUMNS: Column[] = [
  { key: 'name', label: 'Credential', value: (r) => r.credential.name },
  { key: 'provider', label: 'Provider', value: (r) => r.credential.provider?.name ?? '' },
  { key: 'kind', label: 'Kind', value: (r) => r.credential.kind },
  { key: 'totalCost', label: 'Cost', value: (r) => r.totalCost },
  { key: 'outOfPocket', label: 'Learner pays', value: (r) => r.outOfPocket ?? r.totalCost },
  { key: 'totalWeeks', label: 'Weeks', value: (r) => r.totalWeeks },
  { key: 'stepCount', label: 'Steps', value: (r) => r.stepCount },
  { key: 'unlocks', label: 'Unlocks', value: (r) => r.credential.metrics.blockingFactor },
  { key: 'complexity', label: 'Complexity', value: (r) => r.credential.metrics.pathwayComplexity },
];

/**
 * @param props.sponsored - whether a sponsor paid part: the cost column is then what learners pay
 * @returns the table
 */
export function ReachTable({ rows, sponsored }: { rows: ReachData[]; sponsored: boolean }) {
  const columns = sponsored ? COLUMNS : COLUMNS.filter((c) => c.key !== 'outOfPocket');
  const [sort, setSort] = useState<{ key: Key; up: boolean }>({
    key: sponsored ? 'outOfPocket' : 'totalCost',
    up: true,
  });
  const sorted = useMemo(() => {
    const col = COLUMNS.find((c) => c.key === sort.key)!;
    return [...rows].sort((a, b) => {
      const x = col.value(a);
      const y = col.value(b);
      const c = typeof x === 'number' ? x - (y as number) : x.localeCompare(y as string);
      return sort.up ? c : -c;
    });
  }, [rows, sort]);
  const csv = useMemo(
    () =>
      toCsv([
        [
          'id',
          'name',
          'provider',
          'kind',
          'totalCost',
          'outOfPocket',
          'totalWeeks',
          'peakWeeklyHours',
          'stepCount',
          'optimal',
          'undecided',
          'blockingFactor',
          'pathwayComplexity',
        ],
        ...sorted.map((r) => [
          r.credential.id,
          r.credential.name,
          r.credential.provider?.name ?? '',
          r.credential.kind,
          r.totalCost,
          r.outOfPocket ?? '',
          r.totalWeeks,
          r.peakWeeklyHours,
          r.stepCount,
          r.optimal,
          r.undecided,
          r.credential.metrics.blockingFactor,
          r.credential.metrics.pathwayComplexity,
        ]),
      ]),
    [sorted],
  );
  return (
    <div>
      <p>
        {rows.length} credential{rows.length === 1 ? '' : 's'} reachable.{' '}
        <a
          href={`data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`}
          download="pathwise-reachable.csv"
          data-testid="csv-download"
        >
          Download CSV
        </a>
      </p>
      <div class="table-scroll" tabIndex={0} role="region" aria-label="Reachable credentials">
        <table data-testid="reach-table">
          <caption class="visually-hidden">Reachable credentials; column headers sort</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={sort.key === c.key ? (sort.up ? 'ascending' : 'descending') : 'none'}
                >
                  <button
                    type="button"
                    onClick={() =>
                      setSort({ key: c.key, up: sort.key === c.key ? !sort.up : true })
                    }
                  >
                    {c.label}
                    <span aria-hidden="true">
                      {sort.key === c.key ? (sort.up ? ' ▲' : ' ▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={r.credential.id} data-credential={r.credential.id}>
                <th scope="row">{r.credential.name}</th>
                <td>{r.credential.provider?.name ?? ''}</td>
                <td>{r.credential.kind}</td>
                <td data-value={r.totalCost}>
                  {r.undecided ? '≥ ' : ''}
                  {formatCost(r.totalCost)}
                  {!r.optimal && !r.undecided ? ' (not proven least)' : ''}
                </td>
                {sponsored && (
                  <td data-value={r.outOfPocket ?? r.totalCost}>
                    {formatCost(r.outOfPocket ?? r.totalCost)}
                  </td>
                )}
                <td data-value={r.totalWeeks}>{formatWeeks(r.totalWeeks)}</td>
                <td>{r.stepCount}</td>
                <td>{r.credential.metrics.blockingFactor}</td>
                <td>{r.credential.metrics.pathwayComplexity}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/**
 * The dry run of a catalog file, shown: every fault beside the credential it concerns (a table,
 * grouped by credential, faults of the file as a whole first), the import's warnings, and the diff
 * of what a publish would change, with a Retire button beside each credential the file leaves out.
 */
import type { CatalogFileCheckData, FileFaultData } from '../api/publisher-documents.js';

/** Props of CheckReport. */
export interface CheckReportProps {
  /** The file's name. */
  name: string;
  check: CatalogFileCheckData;
  busy: boolean;
  onRetire(id: string): void;
}

function byCredential(faults: FileFaultData[]): [string, FileFaultData[]][] {
  const groups = new Map<string, FileFaultData[]>();
  for (const f of faults) {
    const key = f.credential ?? '';
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups].sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : 0));
}

/** @returns the report */
export function CheckReport({ name, check, busy, onRetire }: CheckReportProps) {
  const n = check.faults.length;
  return (
    <section aria-labelledby="check-title" data-testid="check-report">
      <h3 id="check-title">
        {name}:{' '}
        {check.valid
          ? `ready to publish (checked against catalog version ${check.catalogVersion})`
          : `${n} fault${n === 1 ? '' : 's'}; nothing can be published until they are mended`}
      </h3>
      {n > 0 && (
        <div class="table-scroll" tabIndex={0} role="region" aria-label="Faults">
          <table data-testid="faults">
            <caption>Every fault, beside the credential it concerns</caption>
            <thead>
              <tr>
                <th scope="col">Credential</th>
                <th scope="col">Fault</th>
                <th scope="col">Where</th>
              </tr>
            </thead>
            <tbody>
              {byCredential(check.faults).flatMap(([credential, faults]) =>
                faults.map((f, i) => (
                  <tr key={`${credential}-${i}`} data-credential={credential || undefined}>
                    {i === 0 && (
                      <th scope="row" rowSpan={faults.length}>
                        {credential || 'The file'}
                      </th>
                    )}
                    <td>
                      <span class="code">{f.code}</span> {f.message}
                    </td>
                    <td>
                      <code>{f.path || '(whole file)'}</code>
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      )}
      {check.warnings.length > 0 && (
        <details>
          <summary>{check.warnings.length} import warnings</summary>
          <ul>
            {check.warnings.map((w, i) => (
              <li key={i}>
                <code>{w.path}</code> {w.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      {check.valid && (
        <div class="diff" data-testid="diff">
          <h4>What publishing would change</h4>
          <p>
            <strong>Added ({check.added.length}):</strong>{' '}
            <span data-testid="diff-added">{check.added.join(', ') || 'none'}</span>
          </p>
          <p>
            <strong>Changed ({check.changed.length}):</strong>{' '}
            <span data-testid="diff-changed">
              {check.changed.map((c) => `${c.id} (${c.fields.join(', ')})`).join('; ') || 'none'}
            </span>
          </p>
          <p>
            <strong>Unchanged:</strong> {check.unchanged.length}
          </p>
          {check.unlisted.length > 0 && (
            <>
              <p id="unlisted-title">
                <strong>Yours but not in the file ({check.unlisted.length}):</strong> a publish
                keeps them; retire one to remove it from the catalog.
              </p>
              <ul aria-labelledby="unlisted-title" class="unlisted">
                {check.unlisted.map((id) => (
                  <li key={id}>
                    {id}{' '}
                    <button type="button" disabled={busy} onClick={() => onRetire(id)}>
                      Retire {id}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}

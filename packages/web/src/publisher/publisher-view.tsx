/**
 * The publisher view: with an API key, upload a catalog file (Pathwise catalog JSON, CSV or CTDL);
 * the API's dry run (Query.validateCatalogFile) shows every fault beside its credential and what a
 * publish would change; then publish it (Mutation.publishCatalogFile), or retire a credential. The
 * key stays in this page's memory only: it is never put in the URL or in storage.
 */
import { useState } from 'preact/hooks';
import { request } from '../api/client.js';
import {
  PUBLISH_FILE,
  RETIRE,
  VALIDATE_FILE,
  type CatalogFileCheckData,
  type CatalogFileFormat,
} from '../api/publisher-documents.js';
import { CheckReport } from './check-report.js';
import { guessFormat } from './file-format.js';
import { Fault } from '../components/fault.js';

const FORMATS: { value: CatalogFileFormat; label: string }[] = [
  { value: 'CATALOG_JSON', label: 'Pathwise catalog (JSON, v1 or v2)' },
  { value: 'CSV', label: 'CSV, one row per credential' },
  { value: 'CTDL', label: 'CTDL pathway (JSON-LD)' },
];

/** @returns the publisher view */
export function PublisherView() {
  const [key, setKey] = useState('');
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [format, setFormat] = useState<CatalogFileFormat>('CATALOG_JSON');
  const [providerName, setProviderName] = useState('');
  const [check, setCheck] = useState<CatalogFileCheckData | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [retireId, setRetireId] = useState('');

  const run = async (what: () => Promise<string | void>) => {
    setBusy(true);
    setError('');
    setStatus('');
    try {
      const said = await what();
      if (said) setStatus(said);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const input = (f = file, fmt = format) => ({
    input: { format: fmt, content: f?.text ?? '', providerName: providerName.trim() || null },
  });
  const validate = (f = file, fmt = format) =>
    run(async () => {
      if (!f) throw new Error('Choose a file first.');
      if (!key) throw new Error('Enter your API key first.');
      setCheck(null);
      setCheck((await request(VALIDATE_FILE, input(f, fmt), { key })).validateCatalogFile);
    });
  const publish = () =>
    run(async () => {
      const { publishCatalogFile: done } = await request(PUBLISH_FILE, input(), { key });
      setCheck(null);
      return `Published ${done.credentials.length} credentials: the catalog is now version ${done.catalogVersion}.`;
    });
  const retire = (id: string) =>
    run(async () => {
      const { retireCredential: done } = await request(RETIRE, { id }, { key });
      if (file) setCheck((await request(VALIDATE_FILE, input(), { key })).validateCatalogFile);
      return `Retired ${done.id}: the catalog is now version ${done.catalogVersion}.`;
    });

  return (
    <div class="publisher">
      <form
        class="query"
        aria-label="Your key and catalog file"
        onSubmit={(e) => {
          e.preventDefault();
          void validate();
        }}
      >
        <label>
          API key
          <input
            id="api-key"
            type="password"
            autocomplete="off"
            value={key}
            onInput={(e) => setKey((e.target as HTMLInputElement).value)}
            required
          />
        </label>
        <label>
          Catalog file
          <input
            id="catalog-file"
            type="file"
            accept=".json,.jsonld,.csv,application/json,application/ld+json,text/csv"
            onChange={async (e) => {
              const picked = (e.target as HTMLInputElement).files?.[0];
              if (!picked) return;
              const f = { name: picked.name, text: await picked.text() };
              const fmt = guessFormat(f.name, f.text);
              setFile(f);
              setFormat(fmt);
              if (key) void validate(f, fmt);
            }}
          />
        </label>
        <div class="row">
          <label>
            Format
            <select
              id="catalog-format"
              value={format}
              onChange={(e) =>
                setFormat((e.target as HTMLSelectElement).value as CatalogFileFormat)
              }
            >
              {FORMATS.map((f) => (
                <option key={f.value} value={f.value}>
                  {f.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Provider name (when new to the catalog)
            <input
              id="provider-name"
              value={providerName}
              onInput={(e) => setProviderName((e.target as HTMLInputElement).value)}
            />
          </label>
        </div>
        <div class="actions">
          <button type="submit" disabled={busy}>
            Check
          </button>
          <button type="button" disabled={busy || !check?.valid} onClick={() => void publish()}>
            Publish
          </button>
        </div>
      </form>
      <form
        class="query retire"
        aria-label="Retire a credential"
        onSubmit={(e) => {
          e.preventDefault();
          if (retireId.trim()) void retire(retireId.trim());
        }}
      >
        <label>
          Credential id to retire
          <input
            id="retire-id"
            value={retireId}
            onInput={(e) => setRetireId((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" disabled={busy || !key}>
          Retire
        </button>
      </form>
      <div aria-live="polite">
        {busy && <p>Working…</p>}
        {status && (
          <p role="status" data-testid="publisher-status">
            {status}
          </p>
        )}
        <Fault message={error} />
        {check && file && (
          <CheckReport
            name={file.name}
            check={check}
            busy={busy}
            onRetire={(id) => void retire(id)}
          />
        )}
      </div>
    </div>
  );
}

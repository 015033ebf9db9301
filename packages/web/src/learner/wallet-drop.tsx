/**
 * The wallet drop: drop (or pick) an Open Badges / CLR wallet file; the API reads it with the CLI's
 * checks (Query.walletHoldings) and its holdings join the form's. What was not counted (expired,
 * revoked, suspended, a proof that does not verify, no catalog credential) is listed with why.
 */
import { useState } from 'preact/hooks';
import { request } from '../api/client.js';
import { fetchCredentials } from '../api/fetch-credentials.js';
import { WALLET, type WalletReportData } from '../api/documents.js';
import { formatDate } from '../dates.js';
import { Fault } from '../components/fault.js';

/** Props of WalletDrop. */
export interface WalletDropProps {
  /** The date expiry is judged at (the plan's start). */
  asOf: string;
  onHoldings(found: { id: string; name?: string; earnedOn?: string | null }[]): void;
}

/** @returns one line per achievement not counted, with its reason */
function notCounted(report: WalletReportData): { key: string; text: string }[] {
  const label = (a: { achievementId: string; name?: string }) => a.name ?? a.achievementId;
  return [
    ...report.expired.map((e) => ({
      key: `e-${e.achievementId}`,
      text: `${label(e)}: expired on ${formatDate(e.validUntil.slice(0, 10))}`,
    })),
    ...report.rejected.map((r) => ({
      key: `r-${r.achievementId}`,
      text: `${label(r)}: ${r.reason === 'invalid-proof' ? 'its proof does not verify' : r.reason} (${r.detail})`,
    })),
    ...report.unmatched.map((u) => ({
      key: `u-${u.achievementId}`,
      text: `${label(u)}: no credential in the catalog matches ${u.achievementId}`,
    })),
  ];
}

/** @returns the drop zone with its file picker and the last wallet's report */
export function WalletDrop({ asOf, onHoldings }: WalletDropProps) {
  const [over, setOver] = useState(false);
  const [status, setStatus] = useState('');
  const [fault, setFault] = useState('');
  const [skipped, setSkipped] = useState<{ key: string; text: string }[]>([]);

  const read = async (file: File) => {
    setFault('');
    setSkipped([]);
    setStatus(`Reading ${file.name}…`);
    try {
      const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
      if (head[0] === 0x89 && head[1] === 0x50)
        throw new Error(
          'baked PNG badges are read by the CLI (pathwise plan --wallet); here, use the JSON, JWT or SVG',
        );
      const { walletHoldings: report } = await request(WALLET, { wallet: await file.text(), asOf });
      const names = await fetchCredentials(report.holdings.map((h) => h.id));
      onHoldings(report.holdings.map((h) => ({ ...h, name: names.get(h.id)?.name })));
      const count = report.holdings.length;
      setSkipped(notCounted(report));
      setStatus(`${file.name}: ${count} holding${count === 1 ? '' : 's'} added.`);
    } catch (e) {
      setStatus('');
      setFault(`The wallet was not read: ${(e as Error).message}`);
    }
  };

  return (
    <div
      class={over ? 'drop over' : 'drop'}
      data-testid="wallet-drop"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer?.files[0];
        if (file) void read(file);
      }}
    >
      <label for="wallet">Wallet file (Open Badges or CLR: JSON, JWT or SVG)</label>
      <input
        id="wallet"
        type="file"
        accept=".json,.jsonld,.jwt,.txt,.svg,application/json,application/ld+json,image/svg+xml"
        aria-describedby="wallet-hint"
        onChange={(e) => {
          const file = (e.target as HTMLInputElement).files?.[0];
          if (file) void read(file);
        }}
      />
      <p id="wallet-hint" class="hint">
        Drop the file here or pick it; its credentials join your holdings.
      </p>
      <p role="status" data-testid="wallet-status">
        {status}
      </p>
      <Fault message={fault} />
      {skipped.length > 0 && (
        <>
          <p id="wallet-skipped">Not counted:</p>
          <ul aria-labelledby="wallet-skipped" data-testid="wallet-skipped">
            {skipped.map((s) => (
              <li key={s.key}>{s.text}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

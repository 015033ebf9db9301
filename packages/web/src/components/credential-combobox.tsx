/**
 * Search-as-you-type over the catalog (ids and names) as an ARIA 1.2 combobox: a labelled text
 * input, a listbox of matches, arrows to move, Enter to pick, Escape to close. Each keystroke
 * cancels the previous request.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { request } from '../api/client.js';
import { SEARCH, type CredentialHit } from '../api/documents.js';
import { formatCost, formatWeeks } from '../dates.js';

/** Props of CredentialCombobox. */
export interface ComboboxProps {
  label: string;
  /** Shown under the label. */
  hint?: string;
  /** The input's id (tests and labels use it). */
  id: string;
  /** Text shown in the box (e.g. the picked credential's name). */
  initialText?: string;
  /** Ids not to offer (e.g. already held). */
  exclude?: string[];
  /** Called with the picked credential. */
  onPick(hit: CredentialHit): void;
  /** Clear the box after a pick (for multi-select). */
  clearOnPick?: boolean;
}

/** @returns the combobox */
export function CredentialCombobox(props: ComboboxProps) {
  const [text, setText] = useState(props.initialText ?? '');
  const [hits, setHits] = useState<CredentialHit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState('');
  const listId = useId();
  const abort = useRef<AbortController | null>(null);

  useEffect(() => setText(props.initialText ?? ''), [props.initialText]);

  const search = (value: string) => {
    setText(value);
    abort.current?.abort();
    if (value.trim().length === 0) {
      setHits([]);
      setOpen(false);
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    request(SEARCH, { text: value.trim(), first: 12 }, { signal: controller.signal })
      .then((data) => {
        const found = data.credentials.nodes.filter((h) => !props.exclude?.includes(h.id));
        setHits(found);
        setActive(found.length ? 0 : -1);
        setOpen(true);
        setStatus(
          found.length ? `${data.credentials.totalCount} matches` : 'No credential matches',
        );
      })
      .catch((err: unknown) => {
        if ((err as Error).name !== 'AbortError')
          setStatus(`Search failed: ${(err as Error).message}`);
      });
  };

  const pick = (hit: CredentialHit) => {
    props.onPick(hit);
    setText(props.clearOnPick ? '' : hit.name);
    setOpen(false);
    setHits([]);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && hits.length) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % hits.length);
    } else if (e.key === 'ArrowUp' && hits.length) {
      e.preventDefault();
      setActive((a) => (a <= 0 ? hits.length - 1 : a - 1));
    } else if (e.key === 'Enter' && open && hits[active]) {
      e.preventDefault();
      pick(hits[active]);
    } else if (e.key === 'Escape') setOpen(false);
  };

  const optionId = (i: number) => `${listId}-opt-${i}`;
  return (
    <div class="combobox">
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <span class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      )}
      <input
        id={props.id}
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        value={text}
        onInput={(e) => search((e.target as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul id={listId} role="listbox" aria-label={`${props.label}: matches`} hidden={!open}>
        {hits.map((hit, i) => (
          <li
            key={hit.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            class={i === active ? 'active' : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              pick(hit);
            }}
          >
            <span class="option-name">{hit.name}</span>
            <span class="option-meta">
              {hit.id} · {hit.kind}
              {hit.provider ? ` · ${hit.provider.name}` : ''} · {formatCost(hit.cost)} ·{' '}
              {formatWeeks(hit.durationWeeks)} wk
            </span>
          </li>
        ))}
      </ul>
      <span class="visually-hidden" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}

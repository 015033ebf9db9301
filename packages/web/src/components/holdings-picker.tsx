/**
 * Holdings entry, one place for every view: a search combobox that adds credentials to a list of
 * removable chips, over one `Holdings` value (ids, their names, and the dates they were earned when
 * known, e.g. from a wallet).
 */
import { CredentialCombobox } from './credential-combobox.js';
import { formatDate } from '../dates.js';

/** What a learner or a group holds. */
export interface Holdings {
  /** Held ids, in the order added. */
  ids: string[];
  /** Display names of held ids, when known. */
  names: Record<string, string>;
  /** YYYY-MM-DD earned dates, by id, when known (lapse is judged from them). */
  earnedOn: Record<string, string>;
}

/**
 * @param holdings - the current holdings
 * @param added - credentials to add (a known id gets its newer name and date)
 * @returns the holdings with them
 */
export function addHoldings(
  holdings: Holdings,
  added: { id: string; name?: string; earnedOn?: string | null }[],
): Holdings {
  const ids = [...holdings.ids];
  const names = { ...holdings.names };
  const earnedOn = { ...holdings.earnedOn };
  for (const a of added) {
    if (!ids.includes(a.id)) ids.push(a.id);
    if (a.name) names[a.id] = a.name;
    if (a.earnedOn) earnedOn[a.id] = a.earnedOn;
  }
  return { ids, names, earnedOn };
}

/** Props of HoldingsPicker. */
export interface HoldingsPickerProps {
  id: string;
  label: string;
  value: Holdings;
  onChange(value: Holdings): void;
}

/** @returns the picker */
export function HoldingsPicker({ id, label, value, onChange }: HoldingsPickerProps) {
  const remove = (gone: string) => {
    const { [gone]: _d, ...earnedOn } = value.earnedOn;
    void _d;
    onChange({ ...value, ids: value.ids.filter((h) => h !== gone), earnedOn });
  };
  return (
    <div class="holdings">
      <CredentialCombobox
        id={id}
        label={label}
        hint="Search and pick each credential you already hold."
        exclude={value.ids}
        clearOnPick
        onPick={(hit) => onChange(addHoldings(value, [{ id: hit.id, name: hit.name }]))}
      />
      {value.ids.length > 0 && (
        <ul class="chips" aria-label={`${label}: chosen`}>
          {value.ids.map((held) => {
            const name = value.names[held] ?? held;
            const earned = value.earnedOn[held];
            return (
              <li key={held} class="chip" data-holding={held}>
                <span>
                  {name}
                  {earned && <small> (earned {formatDate(earned)})</small>}
                </span>
                <button type="button" aria-label={`Remove ${name}`} onClick={() => remove(held)}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

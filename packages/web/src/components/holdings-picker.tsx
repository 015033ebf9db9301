/**
 * Holdings entry by search: a combobox that adds credentials to a list of removable chips.
 */
import { CredentialCombobox } from './credential-combobox.js';

/** Props of HoldingsPicker. */
export interface HoldingsPickerProps {
  id: string;
  label: string;
  /** Held ids. */
  value: string[];
  /** Display names of held ids, when known. */
  names: Record<string, string>;
  onChange(ids: string[], names: Record<string, string>): void;
}

/** @returns the picker */
export function HoldingsPicker(props: HoldingsPickerProps) {
  return (
    <div class="holdings">
      <CredentialCombobox
        id={props.id}
        label={props.label}
        hint="Search and pick each credential you already hold."
        exclude={props.value}
        clearOnPick
        onPick={(hit) =>
          props.onChange([...props.value, hit.id], { ...props.names, [hit.id]: hit.name })
        }
      />
      {props.value.length > 0 && (
        <ul class="chips" aria-label={`${props.label}: chosen`}>
          {props.value.map((id) => (
            <li key={id} class="chip" data-holding={id}>
              <span>{props.names[id] ?? id}</span>
              <button
                type="button"
                aria-label={`Remove ${props.names[id] ?? id}`}
                onClick={() =>
                  props.onChange(
                    props.value.filter((h) => h !== id),
                    props.names,
                  )
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

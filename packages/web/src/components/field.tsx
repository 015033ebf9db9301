/**
 * A labelled input (number or date) whose value is kept as text by the caller.
 */

/** Props of Field. */
export interface FieldProps {
  id: string;
  label: string;
  type: 'number' | 'date';
  value: string;
  onChange(value: string): void;
  /** Lowest number allowed (number fields). */
  min?: string;
  /** Highest number allowed (number fields). */
  max?: string;
  required?: boolean;
}

/** @returns the label wrapping its input */
export function Field({ id, label, type, value, onChange, min, max, required }: FieldProps) {
  return (
    <label>
      {label}
      <input
        id={id}
        type={type}
        {...(type === 'number' ? { min: min ?? '0', max, step: 'any' } : {})}
        required={required}
        value={value}
        onInput={(e) => onChange((e.target as HTMLInputElement).value)}
      />
    </label>
  );
}

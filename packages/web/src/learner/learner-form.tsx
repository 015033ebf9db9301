/**
 * The learner's query: goal (search as you type), holdings (search), hours a week, start date,
 * budget and deadline.
 */
import { useState } from 'preact/hooks';
import { CredentialCombobox } from '../components/credential-combobox.js';
import { HoldingsPicker } from '../components/holdings-picker.js';
import { isDate } from '../dates.js';
import type { LearnerQuery } from '../state/query-state.js';

/** Props of LearnerForm. */
export interface LearnerFormProps {
  initial: LearnerQuery;
  names: Record<string, string>;
  busy: boolean;
  onSubmit(query: LearnerQuery, names: Record<string, string>): void;
}

const num = (value: string): number | null => {
  const n = Number(value);
  return value.trim() !== '' && Number.isFinite(n) && n > 0 ? n : null;
};

/** @returns the form */
export function LearnerForm({ initial, names: initialNames, busy, onSubmit }: LearnerFormProps) {
  const [goal, setGoal] = useState(initial.goal);
  const [have, setHave] = useState(initial.have);
  const [names, setNames] = useState(initialNames);
  const [hours, setHours] = useState(String(initial.hours));
  const [start, setStart] = useState(initial.start);
  const [budget, setBudget] = useState(initial.budget === null ? '' : String(initial.budget));
  const [deadline, setDeadline] = useState(initial.deadline ?? '');
  const [fault, setFault] = useState('');

  const submit = (e: Event) => {
    e.preventDefault();
    const weekly = num(hours);
    if (!goal) return setFault('Pick a goal from the list first.');
    if (weekly === null) return setFault('Hours a week must be a number above 0.');
    if (!isDate(start)) return setFault('The start date is not a date.');
    if (budget.trim() !== '' && num(budget) === null)
      return setFault('The budget must be a number above 0.');
    if (deadline && (!isDate(deadline) || deadline <= start))
      return setFault('The deadline must be a date after the start.');
    setFault('');
    onSubmit(
      {
        goal,
        have,
        hours: weekly,
        start,
        budget: num(budget),
        deadline: deadline || null,
        chosen: initial.chosen,
      },
      names,
    );
  };

  return (
    <form class="query" onSubmit={submit} aria-label="Your goal and limits">
      <CredentialCombobox
        id="goal"
        label="Goal"
        hint="Type part of a credential's name or id, then pick it."
        initialText={goal ? (names[goal] ?? goal) : ''}
        onPick={(hit) => {
          setGoal(hit.id);
          setNames({ ...names, [hit.id]: hit.name });
        }}
      />
      <HoldingsPicker
        id="holdings"
        label="Credentials you hold"
        value={have}
        names={names}
        onChange={(ids, n) => {
          setHave(ids);
          setNames(n);
        }}
      />
      <div class="row">
        <label>
          Hours a week
          <input
            id="hours"
            type="number"
            min="1"
            step="any"
            required
            value={hours}
            onInput={(e) => setHours((e.target as HTMLInputElement).value)}
          />
        </label>
        <label>
          Start date
          <input
            id="start"
            type="date"
            required
            value={start}
            onInput={(e) => setStart((e.target as HTMLInputElement).value)}
          />
        </label>
        <label>
          Budget ($, optional)
          <input
            id="budget"
            type="number"
            min="0"
            step="any"
            value={budget}
            onInput={(e) => setBudget((e.target as HTMLInputElement).value)}
          />
        </label>
        <label>
          Deadline (optional)
          <input
            id="deadline"
            type="date"
            value={deadline}
            onInput={(e) => setDeadline((e.target as HTMLInputElement).value)}
          />
        </label>
      </div>
      {fault && (
        <p role="alert" class="fault">
          {fault}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? 'Planning…' : 'Plan'}
      </button>
    </form>
  );
}

/**
 * The learner's query: goal (search as you type), holdings (search, or a wallet file), hours a
 * week, start date, budget, deadline, current annual earnings (for the plans' payback) and how many
 * months the goal must stay valid once earned (the plans then pay its renewals).
 */
import { useState } from 'preact/hooks';
import { CredentialCombobox } from '../components/credential-combobox.js';
import { Field } from '../components/field.js';
import { HoldingsPicker, addHoldings, type Holdings } from '../components/holdings-picker.js';
import { isDate } from '../dates.js';
import { nonNegativeNumber, positiveNumber, type LearnerQuery } from '../state/query-state.js';
import { WalletDrop } from './wallet-drop.js';
import { Fault } from '../components/fault.js';

/** Props of LearnerForm. */
export interface LearnerFormProps {
  initial: LearnerQuery;
  names: Record<string, string>;
  busy: boolean;
  onSubmit(query: LearnerQuery, names: Record<string, string>): void;
}

/** @returns the form */
export function LearnerForm({ initial, names: initialNames, busy, onSubmit }: LearnerFormProps) {
  const [goal, setGoal] = useState(initial.goal);
  const [goalName, setGoalName] = useState(initial.goal ? initialNames[initial.goal] : undefined);
  const [holdings, setHoldings] = useState<Holdings>({
    ids: initial.have,
    names: initialNames,
    earnedOn: initial.earnedOn,
  });
  const [hours, setHours] = useState(String(initial.hours));
  const [start, setStart] = useState(initial.start);
  const [budget, setBudget] = useState(initial.budget === null ? '' : String(initial.budget));
  const [deadline, setDeadline] = useState(initial.deadline ?? '');
  const [earnings, setEarnings] = useState(
    initial.earnings === null ? '' : String(initial.earnings),
  );
  const [keepFor, setKeepFor] = useState(initial.keepFor === null ? '' : String(initial.keepFor));
  const [fault, setFault] = useState('');

  const submit = (e: Event) => {
    e.preventDefault();
    const weekly = positiveNumber(hours);
    if (!goal) return setFault('Pick a goal from the list first.');
    if (weekly === null) return setFault('Hours a week must be a number above 0.');
    if (!isDate(start)) return setFault('The start date is not a date.');
    if (budget.trim() !== '' && positiveNumber(budget) === null)
      return setFault('The budget must be a number above 0.');
    if (deadline && (!isDate(deadline) || deadline <= start))
      return setFault('The deadline must be a date after the start.');
    if (earnings.trim() !== '' && nonNegativeNumber(earnings) === null)
      return setFault('Current earnings must be a number of 0 or more.');
    if (keepFor.trim() !== '' && nonNegativeNumber(keepFor) === null)
      return setFault('Months to keep it valid must be a number of 0 or more.');
    setFault('');
    onSubmit(
      {
        goal,
        have: holdings.ids,
        earnedOn: holdings.earnedOn,
        hours: weekly,
        start,
        budget: positiveNumber(budget),
        deadline: deadline || null,
        earnings: nonNegativeNumber(earnings),
        keepFor: nonNegativeNumber(keepFor),
        // A new query has a new frontier: a point chosen on the old one means nothing now.
        chosen: typeof initial.chosen === 'number' ? 'cheapest' : initial.chosen,
      },
      goalName ? { ...holdings.names, [goal]: goalName } : holdings.names,
    );
  };

  return (
    <form class="query" onSubmit={submit} aria-label="Your goal and limits">
      <CredentialCombobox
        id="goal"
        label="Goal"
        hint="Type part of a credential's name or id, then pick it."
        initialText={goal ? (goalName ?? goal) : ''}
        onPick={(hit) => {
          setGoal(hit.id);
          setGoalName(hit.name);
        }}
      />
      <HoldingsPicker
        id="holdings"
        label="Credentials you hold"
        value={holdings}
        onChange={setHoldings}
      />
      <WalletDrop
        asOf={isDate(start) ? start : initial.start}
        onHoldings={(found) => setHoldings((h) => addHoldings(h, found))}
      />
      <div class="row">
        <Field
          id="hours"
          label="Hours a week"
          type="number"
          value={hours}
          onChange={setHours}
          required
        />
        <Field
          id="start"
          label="Start date"
          type="date"
          value={start}
          onChange={setStart}
          required
        />
        <Field
          id="budget"
          label="Budget ($, optional)"
          type="number"
          value={budget}
          onChange={setBudget}
        />
        <Field
          id="deadline"
          label="Deadline (optional)"
          type="date"
          value={deadline}
          onChange={setDeadline}
        />
        <Field
          id="earnings"
          label="Earnings a year now ($, optional)"
          type="number"
          value={earnings}
          onChange={setEarnings}
        />
        <Field
          id="keep-for"
          label="Keep it valid for (months, optional)"
          type="number"
          value={keepFor}
          onChange={setKeepFor}
        />
      </div>
      <Fault message={fault} />
      <button type="submit" disabled={busy}>
        {busy ? 'Planning…' : 'Plan'}
      </button>
    </form>
  );
}

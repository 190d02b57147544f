import { useState } from 'react';
import { useLinkGoalMentor } from '../../api/goals';
import { ErrorMessage } from '../../components/ErrorMessage';

interface Props {
  /** "Link goal" on a mentor's page, "Link mentor" on a goal's page. */
  label: string;
  noteLabel: string;
  /** What can still be linked; undefined while loading. */
  choices: { id: number; label: string }[] | undefined;
  prompt: string;
  /** The link for a chosen id: the page supplies its own side. */
  linkFor(id: number): { goalId: number; mentorId: number };
}

/** Links a goal and a mentor with what the mentor can do for the goal, from either side. */
export function LinkForm({ label, noteLabel, choices, prompt, linkFor }: Props) {
  const link = useLinkGoalMentor();
  const [chosen, setChosen] = useState('');
  const [canHelpWith, setCanHelpWith] = useState('');
  const submit = () => {
    if (!chosen) return;
    link.mutate({ ...linkFor(Number(chosen)), canHelpWith }, { onSuccess: () => (setChosen(''), setCanHelpWith('')) });
  };
  return (
    <form className="row" onSubmit={(e) => (e.preventDefault(), submit())}>
      <label className="row">
        {label}
        <select value={chosen} onChange={(e) => setChosen(e.currentTarget.value)} style={{ width: 'auto' }}>
          <option value="">{!choices ? 'Loading…' : choices.length ? prompt : 'Nothing left to link'}</option>
          {choices?.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <input
        aria-label={noteLabel}
        placeholder="What they can do for this goal"
        value={canHelpWith}
        onChange={(e) => setCanHelpWith(e.currentTarget.value)}
        style={{ flex: 1, width: 'auto' }}
      />
      <button type="submit" disabled={!chosen || link.isPending}>
        Link
      </button>
      <ErrorMessage error={link.error} />
    </form>
  );
}

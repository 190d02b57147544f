import { useState } from 'react';
import type { CommitmentView } from '../../../../electron/core/followups/types';
import { useUpdateCommitment } from '../../api/followups';
import { ErrorMessage } from '../ErrorMessage';
import { formKeys } from '../form';
import { GoalSelect, MentorSelect } from '../Pickers';

/** Change what a commitment says, when it is due, whose it is and what it serves. Ctrl+Enter saves, Esc cancels. */
export function EditCommitmentForm({ commitment: c, onDone }: { commitment: CommitmentView; onDone(saved: boolean): void }) {
  const update = useUpdateCommitment();
  const [title, setTitle] = useState(c.title);
  const [dueDate, setDueDate] = useState(c.dueDate ?? '');
  const [mentorId, setMentorId] = useState<number | null>(c.mentorId);
  const [goalId, setGoalId] = useState<number | null>(c.goalId);
  const [owner, setOwner] = useState(c.owner);
  const dirty = title !== c.title || dueDate !== (c.dueDate ?? '') || mentorId !== c.mentorId || goalId !== c.goalId || owner !== c.owner;
  const save = () => update.mutateAsync({ id: c.id, changes: { title, dueDate: dueDate || null, mentorId, goalId, owner } }).then(() => onDone(true), () => undefined);
  return (
    <form className="card" aria-label={`Edit “${c.title}”`} onSubmit={(e) => (e.preventDefault(), save())} onKeyDown={formKeys(save, () => onDone(false), dirty)}>
      <label>
        I will…
        <input autoFocus value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
      </label>
      <div className="row">
        <label className="row">
          Due
          <input type="date" value={dueDate} onChange={(e) => setDueDate(e.currentTarget.value)} style={{ width: 'auto' }} />
        </label>
        <MentorSelect aria-label="Mentor" value={mentorId} onChange={setMentorId} emptyLabel="No mentor" />
        <GoalSelect aria-label="Goal" value={goalId} onChange={setGoalId} emptyLabel="No goal" />
        <select aria-label="Who owns it" value={owner} onChange={(e) => setOwner(e.currentTarget.value as 'me' | 'mentor')} style={{ width: 'auto' }}>
          <option value="me">I do it</option>
          <option value="mentor">The mentor does it (waiting on them)</option>
        </select>
      </div>
      <div className="row">
        <button type="submit" className="primary" disabled={!title.trim() || update.isPending}>
          Save
        </button>
        <button type="button" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
      <ErrorMessage error={update.error} />
    </form>
  );
}

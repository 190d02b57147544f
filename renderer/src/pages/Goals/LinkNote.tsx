import { useRef, useState } from 'react';
import { useLinkGoalMentor } from '../../api/goals';
import { ErrorMessage } from '../../components/ErrorMessage';
import { focusWhenShown } from '../../components/focus';
import { formKeys } from '../../components/form';

interface Props {
  goalId: number;
  mentorId: number;
  note: string;
  /** Accessible name of the Edit button, e.g. "Edit what Grace Hopper can do for this goal". */
  editLabel: string;
}

/** "What this mentor can do for this goal", shown and edited in place on either side of the link. */
export function LinkNote({ goalId, mentorId, note, editLabel }: Props) {
  const link = useLinkGoalMentor();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(note);
  const editButton = useRef<HTMLButtonElement>(null);
  // Back on the Edit button once the note shows again (saved or not).
  const stopEditing = () => (setEditing(false), focusWhenShown(() => editButton.current));
  const save = () => link.mutate({ goalId, mentorId, canHelpWith: draft }, { onSuccess: stopEditing });
  const cancel = () => (setDraft(note), stopEditing(), link.reset());
  if (!editing)
    return (
      <div className="muted">
        {note || 'What they can do for this goal is not noted yet.'}{' '}
        <button type="button" ref={editButton} onClick={() => (setDraft(note), setEditing(true))} aria-label={editLabel}>
          Edit
        </button>
      </div>
    );
  return (
    <form className="row" onSubmit={(e) => (e.preventDefault(), save())} onKeyDown={formKeys(save, cancel, draft !== note)}>
      <input
        autoFocus
        aria-label="Change what they can do for this goal"
        value={draft}
        onChange={(e) => setDraft(e.currentTarget.value)}
        style={{ flex: 1, width: 'auto' }}
      />
      <button type="submit" disabled={link.isPending}>
        Save
      </button>
      <button type="button" onClick={cancel}>
        Cancel
      </button>
      <ErrorMessage error={link.error} />
    </form>
  );
}

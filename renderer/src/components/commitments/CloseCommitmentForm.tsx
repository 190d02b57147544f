import { useState } from 'react';
import type { CommitmentView } from '../../../../electron/core/followups/types';
import { useCompleteCommitment, useDropCommitment } from '../../api/followups';
import { ErrorMessage } from '../ErrorMessage';
import { formKeys } from '../form';

/** Complete with an outcome, or drop with a reason. Ctrl+Enter saves, Esc cancels. */
export function CloseCommitmentForm({ commitment, mode, onDone }: { commitment: CommitmentView; mode: 'complete' | 'drop'; onDone(saved: boolean): void }) {
  const complete = useCompleteCommitment();
  const drop = useDropCommitment();
  const [text, setText] = useState('');
  const submit = () => {
    // mutateAsync, not mutate's callbacks: the refreshed list may unmount this row before they would run.
    const done = mode === 'complete' ? complete.mutateAsync({ id: commitment.id, outcome: text }) : drop.mutateAsync({ id: commitment.id, reason: text });
    done.then(() => onDone(true), () => undefined);
  };
  const label = mode === 'complete' ? 'Outcome: what happened when you applied the advice?' : 'Why drop it?';
  return (
    <form className="card" aria-label={mode === 'complete' ? 'Complete commitment' : 'Drop commitment'} onSubmit={(e) => (e.preventDefault(), submit())} onKeyDown={formKeys(submit, () => onDone(false), !!text.trim())}>
      <label>
        {label}
        <textarea autoFocus value={text} onChange={(e) => setText(e.currentTarget.value)} style={{ minHeight: '3em' }} />
      </label>
      <div className="row">
        <button type="submit" className={mode === 'complete' ? 'primary' : 'danger'} disabled={complete.isPending || drop.isPending}>
          {mode === 'complete' ? 'Mark done' : 'Drop commitment'}
        </button>
        <button type="button" onClick={() => onDone(false)}>
          Cancel
        </button>
        <span className="muted">Ctrl+Enter saves · Esc cancels</span>
      </div>
      <ErrorMessage error={complete.error ?? drop.error} />
    </form>
  );
}

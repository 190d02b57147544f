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
    const options = { onSuccess: () => onDone(true) };
    if (mode === 'complete') complete.mutate({ id: commitment.id, outcome: text }, options);
    else drop.mutate({ id: commitment.id, reason: text }, options);
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

import { useState } from 'react';
import type { Advice } from '../../../../electron/core/meetings/types';
import { useUpdateAdvice } from '../../api/meetings';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formKeys } from '../../components/form';
import { GoalSelect } from '../../components/Pickers';

/** Edit a piece of advice in place: its words and its goal. Ctrl+Enter saves, Esc cancels. */
export function AdviceEditor({ advice, onDone }: { advice: Advice; onDone(): void }) {
  const update = useUpdateAdvice();
  const [text, setText] = useState(advice.text);
  const [goalId, setGoalId] = useState<number | null>(advice.goalId);
  const save = () => update.mutate({ id: advice.id, changes: { text, goalId } }, { onSuccess: onDone });
  return (
    <form className="card" aria-label="Edit advice" onSubmit={(e) => (e.preventDefault(), save())} onKeyDown={formKeys(save, onDone, text !== advice.text || goalId !== advice.goalId)} style={{ flex: 1 }}>
      <textarea aria-label="Advice text" autoFocus value={text} onChange={(e) => setText(e.currentTarget.value)} style={{ minHeight: '3em' }} />
      <div className="row">
        <GoalSelect aria-label="Goal" value={goalId} onChange={setGoalId} emptyLabel="No goal" />
        <button type="submit" className="primary" disabled={!text.trim() || update.isPending}>
          Save
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
      <ErrorMessage error={update.error} />
    </form>
  );
}

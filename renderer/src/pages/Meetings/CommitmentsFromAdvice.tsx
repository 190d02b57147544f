import { useState } from 'react';
import type { Advice } from '../../../../electron/core/meetings/types';
import { useAdviceToCommitments } from '../../api/meetings';
import { pluralWord } from '../../../../electron/core/plural';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formKeys } from '../../components/form';
import { GoalSelect } from '../../components/Pickers';

interface Row {
  title: string;
  dueDate: string;
  goalId: number | null;
}

/** Turns one piece of advice into one or more commitments in one step. */
export function CommitmentsFromAdvice({ advice, onDone }: { advice: Advice; onDone(createdIds: number[]): void }) {
  const convert = useAdviceToCommitments();
  const [rows, setRows] = useState<Row[]>([{ title: '', dueDate: '', goalId: advice.goalId }]);
  const setRow = (index: number, patch: Partial<Row>) => setRows((all) => all.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const submit = () =>
    convert.mutate(
      {
        adviceId: advice.id,
        commitments: rows
          .filter((r) => r.title.trim())
          .map((r) => ({ title: r.title, dueDate: r.dueDate || null, goalId: r.goalId })),
      },
      { onSuccess: (created) => onDone(created.map((c) => c.id)) },
    );
  return (
    <form className="card commitment-rows" aria-label="Commitments from advice" onSubmit={(e) => (e.preventDefault(), submit())} onKeyDown={formKeys(submit, () => onDone([]), rows.some((r) => r.title.trim()))}>
      {rows.map((row, i) => (
        <div className="row" key={i}>
          <input aria-label={`Commitment ${i + 1}`} autoFocus={i === 0} placeholder="I will…" value={row.title} onChange={(e) => setRow(i, { title: e.currentTarget.value })} style={{ flex: 1, width: 'auto' }} />
          <input aria-label={`Due date ${i + 1}`} type="date" value={row.dueDate} onChange={(e) => setRow(i, { dueDate: e.currentTarget.value })} style={{ width: 'auto' }} />
          <GoalSelect aria-label={`Goal ${i + 1}`} value={row.goalId} onChange={(goalId) => setRow(i, { goalId })} emptyLabel="No goal" openOnly />
        </div>
      ))}
      <div className="row">
        <button type="button" onClick={() => setRows((all) => [...all, { title: '', dueDate: '', goalId: rows[0].goalId }])}>
          Another
        </button>
        <button type="submit" className="primary" disabled={!rows.some((r) => r.title.trim()) || convert.isPending}>
          Create {pluralWord(rows.length, 'commitment')}
        </button>
        <button type="button" onClick={() => onDone([])}>
          Cancel
        </button>
      </div>
      <ErrorMessage error={convert.error} />
    </form>
  );
}

import { useState } from 'react';
import { AGENDA_KINDS, type AgendaKind, type AgendaPriority } from '../../../../electron/core/values';
import { useAddAgendaItem, useAddToBacklog } from '../../api/meetings';
import { ErrorMessage } from '../../components/ErrorMessage';
import { KIND_LABEL } from './labels';
import { GoalSelect } from '../../components/Pickers';

type Target = { meetingId: number } | { mentorId: number };

/** One line to add a talking point to a meeting's agenda or to a mentor's backlog. */
export function AgendaItemForm({ target, submitLabel, autoFocus, onAdded }: { target: Target; submitLabel: string; autoFocus?: boolean; onAdded?(): void }) {
  const toAgenda = useAddAgendaItem();
  const toBacklog = useAddToBacklog();
  const [text, setText] = useState('');
  const [kind, setKind] = useState<AgendaKind>('question');
  const [minutes, setMinutes] = useState(5);
  const [priority, setPriority] = useState<AgendaPriority>('normal');
  const [goalId, setGoalId] = useState<number | null>(null);
  const error = toAgenda.error ?? toBacklog.error;
  const submit = async () => {
    const values = { text, kind, minutes, priority, goalId };
    try {
      if ('meetingId' in target) await toAgenda.mutateAsync({ meetingId: target.meetingId, ...values });
      else await toBacklog.mutateAsync({ mentorId: target.mentorId, ...values });
      setText('');
      onAdded?.();
    } catch {
      // the error is shown below; what was typed stays
    }
  };
  return (
    <form className="card" aria-label={submitLabel} onSubmit={(e) => (e.preventDefault(), void submit())}>
      <div className="row">
        <input aria-label="Talking point" autoFocus={autoFocus} placeholder="A question, an update, an ask, a thank-you…" value={text} onChange={(e) => setText(e.currentTarget.value)} style={{ flex: 1, width: 'auto' }} />
        <button type="submit" disabled={!text.trim()}>
          {submitLabel}
        </button>
      </div>
      <div className="row">
        <select aria-label="Kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as AgendaKind)} style={{ width: 'auto' }}>
          {AGENDA_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABEL[k]}
            </option>
          ))}
        </select>
        <label className="row">
          <input aria-label="Minutes" type="number" min={1} max={480} value={minutes} onChange={(e) => setMinutes(Number(e.currentTarget.value))} style={{ width: '5em' }} /> min
        </label>
        <select aria-label="Priority" value={priority} onChange={(e) => setPriority(e.currentTarget.value as AgendaPriority)} style={{ width: 'auto' }}>
          <option value="high">High priority</option>
          <option value="normal">Normal priority</option>
          <option value="low">Low priority</option>
        </select>
        <GoalSelect aria-label="Goal" value={goalId} onChange={setGoalId} emptyLabel="No goal" openOnly />
      </div>
      <ErrorMessage error={error} />
    </form>
  );
}

import { useRef, useState } from 'react';
import { AGENDA_KINDS, AGENDA_PRIORITIES, type AgendaKind, type AgendaPriority } from '../../../../electron/core/values';
import { useAddAgendaItem, useAddToBacklog } from '../../api/meetings';
import { ErrorMessage } from '../../components/ErrorMessage';
import { GoalSelect } from '../../components/Pickers';
import { AGENDA_KIND_LABEL, AGENDA_PRIORITY_LABEL } from '../../components/labels';

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
  const input = useRef<HTMLInputElement>(null);
  const error = toAgenda.error ?? toBacklog.error;
  const submit = async () => {
    const values = { text, kind, minutes, priority, goalId };
    try {
      if ('meetingId' in target) await toAgenda.mutateAsync({ meetingId: target.meetingId, ...values });
      else await toBacklog.mutateAsync({ mentorId: target.mentorId, ...values });
      // Each talking point starts fresh: the last one's minutes, priority and goal do not carry over unseen.
      setText('');
      setKind('question');
      setMinutes(5);
      setPriority('normal');
      setGoalId(null);
      input.current?.focus();
      onAdded?.();
    } catch {
      // the error is shown below; what was typed stays
    }
  };
  return (
    <form className="card" aria-label={submitLabel} onSubmit={(e) => (e.preventDefault(), void submit())}>
      <div className="row">
        <input ref={input} aria-label="Talking point" autoFocus={autoFocus} placeholder="A question, an update, an ask, a thank-you…" value={text} onChange={(e) => setText(e.currentTarget.value)} style={{ flex: 1, width: 'auto' }} />
        <button type="submit" disabled={!text.trim()}>
          {submitLabel}
        </button>
      </div>
      <div className="row">
        <select aria-label="Kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as AgendaKind)} style={{ width: 'auto' }}>
          {AGENDA_KINDS.map((k) => (
            <option key={k} value={k}>
              {AGENDA_KIND_LABEL[k]}
            </option>
          ))}
        </select>
        <label className="row">
          <input aria-label="Minutes" type="number" min={1} max={480} value={minutes} onChange={(e) => setMinutes(Number(e.currentTarget.value))} style={{ width: '5em' }} /> min
        </label>
        <select aria-label="Priority" value={priority} onChange={(e) => setPriority(e.currentTarget.value as AgendaPriority)} style={{ width: 'auto' }}>
          {AGENDA_PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {AGENDA_PRIORITY_LABEL[p]}
            </option>
          ))}
        </select>
        <GoalSelect aria-label="Goal" value={goalId} onChange={setGoalId} emptyLabel="No goal" openOnly />
      </div>
      <ErrorMessage error={error} />
    </form>
  );
}

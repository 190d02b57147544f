import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { MeetingDetail } from '../../../../electron/core/meetings/types';
import { useCreateAdvice, useDeleteAdvice } from '../../api/meetings';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { AdviceEditor } from './AdviceEditor';
import { CommitmentsFromAdvice } from './CommitmentsFromAdvice';
import { GoalSelect } from '../../components/Pickers';
import { focusWhenShown } from '../../components/focus';

const editButton = (adviceId: number) => document.querySelector<HTMLElement>(`[data-edit-advice="${adviceId}"]`);
const deleteButton = (adviceId: number) => document.querySelector<HTMLElement>(`[data-delete-advice="${adviceId}"]`);
const adviceField = () => document.querySelector<HTMLElement>('form[aria-label="Record advice"] textarea');
import { COMMITMENT_STATUS_LABEL } from '../../components/labels';

/** Advice captured as its own records, each optionally tied to a goal, each one step from commitments. */
export function AdvicePanel({ detail }: { detail: MeetingDetail }) {
  const create = useCreateAdvice();
  const remove = useDeleteAdvice();
  const [text, setText] = useState('');
  const [goalId, setGoalId] = useState<number | null>(null);
  const [converting, setConverting] = useState<number | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<{ id: number; text: string } | null>(null);
  return (
    <div className="section" aria-label="Advice">
      <h2>Advice</h2>
      <form
        className="card"
        aria-label="Record advice"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate(
            { meetingId: detail.meeting.id, text, goalId },
            { onSuccess: (advice) => (setText(''), focusWhenShown(() => document.querySelector<HTMLElement>(`li[data-advice-id="${advice.id}"]`))) },
          );
        }}
      >
        <textarea aria-label="Advice" placeholder="What did they advise?" value={text} onChange={(e) => setText(e.currentTarget.value)} style={{ minHeight: '3em' }} />
        <div className="row">
          <GoalSelect aria-label="Goal for this advice" value={goalId} onChange={setGoalId} emptyLabel="No goal" openOnly />
          <button type="submit" disabled={!text.trim() || create.isPending}>
            Record advice
          </button>
        </div>
        <ErrorMessage error={create.error} />
      </form>
      {detail.advice.length === 0 && <p className="muted">No advice recorded yet.</p>}
      <ul className="list">
        {detail.advice.map((a) => (
          <li key={a.id} data-advice-id={a.id} tabIndex={-1} aria-label={`Advice: “${a.text}”`}>
            <div className="list-row">
              {editing === a.id ? (
                <AdviceEditor advice={a} onDone={() => (setEditing(null), focusWhenShown(() => editButton(a.id)))} />
              ) : (
                <span>
                  “{a.text}” {a.goalTitle && <span className="muted">· {a.goalTitle}</span>}
                </span>
              )}
              <span className="row">
                <button type="button" data-edit-advice={a.id} aria-label={`Edit advice “${a.text}”`} onClick={() => setEditing(editing === a.id ? null : a.id)}>
                  Edit
                </button>
                <button type="button" data-convert-advice={a.id} onClick={() => setConverting(converting === a.id ? null : a.id)}>
                  Make commitment…
                </button>
                <button type="button" data-delete-advice={a.id} aria-label={`Delete advice “${a.text}”`} onClick={() => setDeleting(a)}>
                  ✕
                </button>
              </span>
            </div>
            {a.commitments.length > 0 && (
              <ul aria-label="Commitments from this advice">
                {a.commitments.map((c) => (
                  <li key={c.id}>
                    → <Link to={`/follow-ups?commitment=${c.id}`}>{c.title}</Link> <span className="badge">{COMMITMENT_STATUS_LABEL[c.status]}</span>
                  </li>
                ))}
              </ul>
            )}
            {converting === a.id && (
              <CommitmentsFromAdvice
                advice={a}
                onDone={(created) => {
                  setConverting(null);
                  // On the first commitment just made, or back on the button that opened the form.
                  focusWhenShown(() =>
                    created.length > 0
                      ? document.querySelector<HTMLElement>(`a[href$="/follow-ups?commitment=${created[0]}"]`)
                      : document.querySelector<HTMLElement>(`[data-convert-advice="${a.id}"]`),
                  );
                }}
              />
            )}
          </li>
        ))}
      </ul>
      <ErrorMessage error={remove.error} />
      <ConfirmDialog
        open={!!deleting}
        title="Delete this advice?"
        confirmLabel="Delete advice"
        danger
        onCancel={() => (deleting && focusWhenShown(() => deleteButton(deleting.id)), setDeleting(null))}
        onConfirm={() => {
          if (!deleting) return;
          setDeleting(null);
          // Then on the field to record advice, or (if it failed, the reason showing below) back on the button.
          remove.mutate({ id: deleting.id }, { onSuccess: () => focusWhenShown(adviceField), onError: () => focusWhenShown(() => deleteButton(deleting.id)) });
        }}
      >
        <p>“{deleting?.text}” goes from this meeting. Commitments made from it stay.</p>
      </ConfirmDialog>
    </div>
  );
}

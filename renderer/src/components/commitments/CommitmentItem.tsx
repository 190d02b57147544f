import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router-dom';
import type { CommitmentView } from '../../../../electron/core/followups/types';
import { useDeleteCommitment, useReopenCommitment, useSnoozeCommitment } from '../../api/followups';
import { ConfirmDialog } from '../ConfirmDialog';
import { ErrorMessage } from '../ErrorMessage';
import { formatDateTime, formatDay } from '../dates';
import { commitmentRow, focusWhenShown, pageHeading } from '../focus';
import { CloseCommitmentForm } from './CloseCommitmentForm';
import { EditCommitmentForm } from './EditCommitmentForm';
import { ReportBackDialog } from './ReportBackDialog';
import { snoozeUntil } from './snooze';

type Mode = 'idle' | 'complete' | 'drop' | 'report' | 'edit' | 'delete';

/** What a screen reader says after the title when the row is focused: its state and when it is due. */
function statusSentence(c: CommitmentView, snoozed: boolean): string {
  const state = c.awaitingReportBack ? 'Done, not reported back yet' : c.status === 'done' ? 'Done' : c.status === 'dropped' ? 'Dropped' : c.overdue ? 'Open, overdue' : 'Open';
  const due = c.dueDate ? `due ${formatDay(c.dueDate)}` : 'no due date';
  return [state, due, snoozed && `snoozed until ${formatDateTime(c.snoozedUntil!)}`, c.owner === 'mentor' && `waiting on ${c.mentorName ?? 'the mentor'}`].filter(Boolean).join(', ') + '.';
}

/**
 * One commitment with its actions in place. Keys on the focused row: Enter completes, S snoozes until
 * tomorrow morning, D drops, R reports back (when done), E edits.
 */
export function CommitmentItem({ commitment: c, highlight }: { commitment: CommitmentView; highlight?: boolean }) {
  const [mode, setMode] = useState<Mode>('idle');
  const snooze = useSnoozeCommitment();
  const reopen = useReopenCommitment();
  const remove = useDeleteCommitment();
  const describedBy = useId();
  const opener = useRef<HTMLElement | null>(null);
  const open = (next: Mode) => {
    opener.current = document.activeElement as HTMLElement | null;
    setMode(next);
  };
  /** Back to idle; focus on the row that changed (after a save) or on what opened the panel (after cancelling). */
  const close = (saved: boolean) => {
    setMode('idle');
    const back = opener.current;
    focusWhenShown(() => (saved ? commitmentRow(c.id) : back?.isConnected ? back : commitmentRow(c.id)), pageHeading);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key.toLowerCase();
    if (c.status === 'open' && key === 'enter') open('complete');
    else if (c.status === 'open' && key === 's') snooze.mutate({ id: c.id, until: snoozeUntil('tomorrow') });
    else if (c.status === 'open' && key === 'd') open('drop');
    else if (c.awaitingReportBack && key === 'r') open('report');
    else if (key === 'e') open('edit');
    else return;
    event.preventDefault();
  };
  const snoozed = !!c.snoozedUntil && c.snoozedUntil > new Date().toISOString();
  return (
    <li
      className={`commitment${highlight ? ' highlight' : ''}`}
      tabIndex={0}
      data-commitment-id={c.id}
      aria-label={c.title}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
      ref={highlight ? (el) => el?.scrollIntoView({ block: 'center' }) : undefined}
    >
      <span id={describedBy} className="visually-hidden">
        {statusSentence(c, snoozed)}
      </span>
      <div className="list-row">
        <span>
          <strong>{c.title}</strong> {c.owner === 'mentor' && <span className="badge amber">waiting on {c.mentorName ?? 'mentor'}</span>}{' '}
          {c.overdue && <span className="badge red">overdue</span>} {snoozed && <span className="badge">snoozed until {formatDateTime(c.snoozedUntil!)}</span>}
          <div className="muted">
            {[c.mentorName && <Link key="m" to={`/mentors/${c.mentorId}`}>{c.mentorName}</Link>, c.goalTitle, c.dueDate && `due ${formatDay(c.dueDate)}`]
              .filter(Boolean)
              .map((part, i) => (
                <span key={i}>{i > 0 && ' · '}{part}</span>
              ))}
            {c.adviceText && <div>From advice: “{c.adviceText}”</div>}
            {c.status === 'done' && c.outcome && <div>Outcome: {c.outcome}</div>}
            {c.status === 'dropped' && c.dropReason && <div>Dropped: {c.dropReason}</div>}
            {c.reportedBackAt && <div>Reported back {formatDay(c.reportedBackAt)}</div>}
          </div>
        </span>
        <span className="row no-print commitment-actions">
          {c.status === 'open' && (
            <>
              <button type="button" className="primary" onClick={() => open('complete')}>
                Complete…
              </button>
              <button type="button" onClick={() => snooze.mutate({ id: c.id, until: snoozeUntil('tomorrow') })} title="Until tomorrow 9:00">
                Snooze
              </button>
              <button type="button" onClick={() => open('drop')}>
                Drop…
              </button>
            </>
          )}
          {c.awaitingReportBack && (
            <button type="button" className="primary" onClick={() => open('report')}>
              Report back…
            </button>
          )}
          {c.status !== 'open' && (
            <button type="button" onClick={() => reopen.mutateAsync({ id: c.id }).then(() => focusWhenShown(() => commitmentRow(c.id)), () => undefined)}>
              Reopen
            </button>
          )}
          <button type="button" onClick={() => open('edit')} aria-label={`Edit “${c.title}”`}>
            Edit
          </button>
          <button type="button" onClick={() => open('delete')} aria-label={`Delete “${c.title}”…`}>
            Delete…
          </button>
        </span>
      </div>
      {(mode === 'complete' || mode === 'drop') && <CloseCommitmentForm commitment={c} mode={mode} onDone={close} />}
      {mode === 'edit' && <EditCommitmentForm commitment={c} onDone={close} />}
      {mode === 'report' && <ReportBackDialog commitmentId={c.id} onClose={close} />}
      {mode === 'delete' && (
      <ConfirmDialog
        open
        title="Delete this commitment?"
        confirmLabel="Delete commitment"
        danger
        busy={remove.isPending}
        onCancel={() => close(false)}
        onConfirm={() => remove.mutateAsync({ id: c.id }).then(() => (setMode('idle'), focusWhenShown(pageHeading)), () => undefined)}
      >
        <p>“{c.title}” and its outcome are deleted. The advice it came from stays. To keep the record, drop it instead.</p>
        <ErrorMessage error={remove.error} />
      </ConfirmDialog>
      )}
      <ErrorMessage error={snooze.error ?? reopen.error} />
    </li>
  );
}

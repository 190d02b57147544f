import { useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router-dom';
import type { CommitmentView } from '../../../../electron/core/followups/types';
import { useReopenCommitment, useSnoozeCommitment } from '../../api/followups';
import { ErrorMessage } from '../ErrorMessage';
import { formatDateTime, formatDay } from '../dates';
import { CloseCommitmentForm } from './CloseCommitmentForm';
import { ReportBackDialog } from './ReportBackDialog';
import { snoozeUntil } from './snooze';

type Mode = 'idle' | 'complete' | 'drop' | 'report';

/**
 * One commitment with its actions in place. Keys on the focused row: Enter completes, S snoozes until
 * tomorrow morning, D drops, R reports back (when done).
 */
export function CommitmentItem({ commitment: c, highlight }: { commitment: CommitmentView; highlight?: boolean }) {
  const [mode, setMode] = useState<Mode>('idle');
  const snooze = useSnoozeCommitment();
  const reopen = useReopenCommitment();
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key.toLowerCase();
    if (c.status === 'open' && key === 'enter') setMode('complete');
    else if (c.status === 'open' && key === 's') snooze.mutate({ id: c.id, until: snoozeUntil('tomorrow') });
    else if (c.status === 'open' && key === 'd') setMode('drop');
    else if (c.awaitingReportBack && key === 'r') setMode('report');
    else return;
    event.preventDefault();
  };
  const snoozed = c.snoozedUntil && c.snoozedUntil > new Date().toISOString();
  return (
    <li
      className={`commitment${highlight ? ' highlight' : ''}`}
      tabIndex={0}
      data-commitment-id={c.id}
      aria-label={c.title}
      onKeyDown={onKeyDown}
      ref={highlight ? (el) => el?.scrollIntoView({ block: 'center' }) : undefined}
    >
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
        <span className="row no-print">
          {c.status === 'open' && (
            <>
              <button type="button" className="primary" onClick={() => setMode('complete')}>
                Complete…
              </button>
              <button type="button" onClick={() => snooze.mutate({ id: c.id, until: snoozeUntil('tomorrow') })} title="Until tomorrow 9:00">
                Snooze
              </button>
              <button type="button" onClick={() => setMode('drop')}>
                Drop…
              </button>
            </>
          )}
          {c.awaitingReportBack && (
            <button type="button" className="primary" onClick={() => setMode('report')}>
              Report back…
            </button>
          )}
          {c.status !== 'open' && (
            <button type="button" onClick={() => reopen.mutate({ id: c.id })}>
              Reopen
            </button>
          )}
        </span>
      </div>
      {(mode === 'complete' || mode === 'drop') && <CloseCommitmentForm commitment={c} mode={mode} onDone={() => setMode('idle')} />}
      {mode === 'report' && <ReportBackDialog commitmentId={c.id} onClose={() => setMode('idle')} />}
      <ErrorMessage error={snooze.error ?? reopen.error} />
    </li>
  );
}

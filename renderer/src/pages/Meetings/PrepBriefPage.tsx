import { Link, useParams } from 'react-router-dom';
import { usePrepBrief } from '../../api/meetings';
import { ErrorMessage } from '../../components/ErrorMessage';
import { MoreLink } from '../../components/MoreLink';
import { SafeMarkdown } from '../../components/SafeMarkdown';
import { formatDateTime, formatDay } from '../../components/dates';
import { GoalProgress } from '../Goals/GoalProgress';
import { AgendaTotals } from './AgendaTotals';
import { ADVICE_VERDICT_LABEL, AGENDA_KIND_LABEL, COMMITMENT_STATUS_LABEL, labelOf } from '../../components/labels';

/** One printable page to read five minutes before the call. */
export function PrepBriefPage() {
  const meetingId = Number(useParams().id);
  const brief = usePrepBrief(meetingId);
  if (brief.isPending) return <p aria-busy="true">Loading…</p>;
  if (brief.error) return <ErrorMessage error={brief.error} />;
  const b = brief.data;
  const agreement = [b.mentor.agreementMeetingFrequency, b.mentor.agreementSessionLength, b.mentor.agreementFocus, b.mentor.agreementConfidentiality].filter(Boolean);
  return (
    <article className="page prep-brief" aria-label="Prep brief">
      <div className="row no-print">
        <Link to={`/meetings/${meetingId}`}>← Back to the meeting</Link>
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <h1>Prep brief: {b.mentor.name}</h1>
      <p className="subtitle">
        {formatDateTime(b.meeting.scheduledAt)} · {b.meeting.durationMinutes} min {b.meeting.location && `· ${b.meeting.location}`}
        {agreement.length > 0 && <> · Agreement: {agreement.join(' · ')}</>}
      </p>
      <section>
        <h2>Last time</h2>
        {b.lastMeeting ? (
          <>
            <p className="muted">{formatDateTime(b.lastMeeting.scheduledAt)}</p>
            {b.lastMeeting.notes.trim() ? <SafeMarkdown>{b.lastMeeting.notes}</SafeMarkdown> : <p className="muted">No notes were taken.</p>}
            {b.lastMeeting.advice.length > 0 && (
              <>
                <h3>Their advice</h3>
                <ul>
                  {b.lastMeeting.advice.map((a) => (
                    <li key={a.id}>
                      {a.text} {a.verdict && <span className="badge">{labelOf(ADVICE_VERDICT_LABEL, a.verdict)}</span>}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        ) : (
          <p className="muted">This is your first meeting with {b.mentor.name}.</p>
        )}
      </section>
      <section>
        <h2>What to report back</h2>
        {b.awaitingReportBack.length === 0 && b.commitmentsSinceLast.length === 0 ? (
          <p className="muted">Nothing committed since last time.</p>
        ) : (
          <ul>
            {b.awaitingReportBack.map((c) => (
              <li key={`r${c.id}`}>
                <strong>Close the loop:</strong> {c.title} — {c.outcome || 'done'}
              </li>
            ))}
            {b.commitmentsSinceLast
              .filter((c) => !b.awaitingReportBack.some((r) => r.id === c.id))
              .map((c) => (
                <li key={c.id}>
                  {c.title} <span className="badge">{COMMITMENT_STATUS_LABEL[c.status]}</span> {c.owner === 'mentor' && <span className="badge">waiting on them</span>}
                  {c.dueDate && c.status === 'open' && <span className="muted"> · due {formatDay(c.dueDate)}</span>}
                  {c.outcome && <span className="muted"> · {c.outcome}</span>}
                </li>
              ))}
          </ul>
        )}
        <MoreLink shown={b.awaitingReportBack.length} total={b.totals.awaitingReportBack} to={`/follow-ups?mentorId=${b.mentor.id}`} what="commitments to report back on" />
        <MoreLink shown={b.commitmentsSinceLast.length} total={b.totals.commitmentsSinceLast} to={`/follow-ups?mentorId=${b.mentor.id}`} what="commitments since last time" />
      </section>
      <section>
        <h2>Goals they help with</h2>
        {b.goals.length === 0 ? (
          <p className="muted">No goals linked to {b.mentor.name} yet.</p>
        ) : (
          <ul>
            {b.goals.map((g) => (
              <li key={g.id}>
                <strong>{g.title}</strong> {g.canHelpWith && <>— {g.canHelpWith}</>} · <GoalProgress progress={g.progress} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2>Agenda</h2>
        <AgendaTotals summary={b.summary} />
        {b.agenda.length === 0 ? (
          <p className="muted">
            The agenda is empty. <Link to={`/meetings/${meetingId}`}>Plan it now</Link>.
          </p>
        ) : (
          <ol>
            {b.agenda.map((item) => (
              <li key={item.id}>
                <span className="badge">{AGENDA_KIND_LABEL[item.kind]}</span> {item.text} <span className="muted">· {item.minutes} min</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}

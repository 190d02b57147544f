import { Link } from 'react-router-dom';
import type { MentorDetail } from '../../../../electron/core/mentors/types';
import { formatDateTime, formatDay } from '../../components/dates';
import { MEETING_STATUS_LABEL } from '../../components/labels';
import { MoreLink } from '../../components/MoreLink';

/** Meetings and open commitments with this mentor. */
export function MentorActivity({ detail }: { detail: MentorDetail }) {
  return (
    <div className="grid-2 section">
      <div>
        <h2>Meetings</h2>
        {detail.meetings.length === 0 ? (
          <p className="muted">
            No meetings yet. <Link to={`/meetings/new?mentorId=${detail.mentor.id}`}>Plan the first one</Link>.
          </p>
        ) : (
          <ul className="list">
            {detail.meetings.map((m) => (
              <li key={m.id}>
                <Link to={`/meetings/${m.id}`}>{formatDateTime(m.scheduledAt)}</Link> <span className="badge">{MEETING_STATUS_LABEL[m.status]}</span>
              </li>
            ))}
          </ul>
        )}
        <MoreLink shown={detail.meetings.length} total={detail.totals.meetings} to={`/meetings?mentorId=${detail.mentor.id}`} what="meetings" />
      </div>
      <div>
        <h2>Open commitments</h2>
        {detail.openCommitments.length === 0 ? (
          <p className="muted">Nothing open with this mentor.</p>
        ) : (
          <ul className="list">
            {detail.openCommitments.map((c) => (
              <li key={c.id}>
                <Link to={`/follow-ups?commitment=${c.id}`}>{c.title}</Link>
                {c.owner === 'mentor' && <span className="badge"> waiting on them</span>}
                {c.overdue && <span className="badge red"> overdue</span>}
                {c.dueDate && <span className="muted"> · due {formatDay(c.dueDate)}</span>}
              </li>
            ))}
          </ul>
        )}
        <MoreLink shown={detail.openCommitments.length} total={detail.totals.openCommitments} to={`/follow-ups?mentorId=${detail.mentor.id}`} what="open commitments" />
      </div>
    </div>
  );
}

import { Link } from 'react-router-dom';
import { useMeetings } from '../../api/meetings';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDateTime } from '../../components/dates';

/** A mentor's next meetings (with the "prep" badge) and the last few held, for embedding on the mentor page. */
export function MentorMeetings({ mentorId, limit = 5 }: { mentorId: number; limit?: number }) {
  const upcoming = useMeetings('upcoming', { mentorId });
  const past = useMeetings('past', { mentorId });
  const rows = [...(upcoming.data ?? []).slice(0, limit).map((m) => ({ m, upcoming: true })), ...(past.data ?? []).slice(0, limit).map((m) => ({ m, upcoming: false }))];
  return (
    <div className="section" aria-label="Meetings">
      <ErrorMessage error={upcoming.error ?? past.error} />
      {rows.length === 0 && upcoming.data && past.data ? (
        <p className="muted">
          No meetings yet. <Link to={`/meetings/new?mentorId=${mentorId}`}>Plan one</Link>.
        </p>
      ) : (
        <ul className="list">
          {rows.map(({ m, upcoming: isUpcoming }) => (
            <li key={m.id} className="list-row">
              <span>
                <Link to={`/meetings/${m.id}`}>{formatDateTime(m.scheduledAt)}</Link> {m.status !== 'planned' && <span className="badge">{m.status}</span>}
                {isUpcoming && m.agendaCount === 0 && <span className="badge amber">prep</span>}
              </span>
              {isUpcoming && <Link to={`/meetings/${m.id}/prep`}>Prep brief</Link>}
            </li>
          ))}
        </ul>
      )}
      <Link to={`/meetings?mentorId=${mentorId}`}>All meetings with this mentor</Link>
    </div>
  );
}

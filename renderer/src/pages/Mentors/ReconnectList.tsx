import { Link } from 'react-router-dom';
import { useOverdueToReconnect } from '../../api/mentors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { plural } from '../../../../electron/core/plural';

/** Mentors past their keep-in-touch cadence, most overdue first, each one click from planning a meeting. */
export function ReconnectList() {
  const overdue = useOverdueToReconnect();
  if (overdue.error) return <ErrorMessage error={overdue.error} />;
  if (!overdue.data) return null;
  if (overdue.data.length === 0) return <p className="muted">Everyone is within their keep-in-touch cadence.</p>;
  return (
    <ul className="list" aria-label="Overdue to reconnect">
      {overdue.data.map((m) => (
        <li key={m.mentorId} className="list-row">
          <span>
            <Link to={`/mentors/${m.mentorId}`}>{m.name}</Link>{' '}
            <span className="badge red">
              {plural(m.daysOverdue, 'day')} overdue
            </span>
          </span>
          <Link to={`/meetings/new?mentorId=${m.mentorId}`}>Plan a meeting</Link>
        </li>
      ))}
    </ul>
  );
}

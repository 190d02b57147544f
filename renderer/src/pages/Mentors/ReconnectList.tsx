import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useOverdueToReconnect } from '../../api/mentors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ShowMore } from '../../components/MoreLink';
import { plural } from '../../../../electron/core/plural';

/** The dashboard lists this many at first (ten years of lapsed mentors would be a wall), more on request. */
const SHOWN_AT_FIRST = 10;

/** Mentors past their keep-in-touch cadence, most overdue first, each one click from planning a meeting. */
export function ReconnectList() {
  const overdue = useOverdueToReconnect();
  const [shown, setShown] = useState(SHOWN_AT_FIRST);
  if (overdue.error) return <ErrorMessage error={overdue.error} />;
  if (!overdue.data) return null;
  if (overdue.data.length === 0) return <p className="muted">Everyone is within their keep-in-touch cadence.</p>;
  return (
    <>
      <ul className="list" aria-label="Overdue to reconnect">
        {overdue.data.slice(0, shown).map((m) => (
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
      <ShowMore shown={Math.min(shown, overdue.data.length)} total={overdue.data.length} onMore={() => setShown((n) => n + 25)} />
    </>
  );
}

import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { MeetingListItem } from '../../../../electron/core/meetings/types';
import { useMeetings } from '../../api/meetings';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { useUrlFilters } from '../../components/useUrlFilters';
import { formatDateTime } from '../../components/dates';
import { GoalSelect, MentorSelect } from '../../components/Pickers';
import { CalendarImport } from './CalendarDropZone';
import { CalendarReview } from './CalendarReview';
import { MEETING_STATUS_LABEL } from '../../components/labels';
import { plural } from '../../../../electron/core/plural';

const PAGE = 25;

/** One page more each time: the core reads only the rows shown (plus one, to know there are more). */
function usePagedMeetings(scope: 'upcoming' | 'past', filter: { mentorId?: number; goalId?: number }) {
  const [shown, setShown] = useState(PAGE);
  const query = useMeetings(scope, filter, shown + 1);
  return { query, shown, showMore: () => setShown((n) => n + PAGE) };
}

function MeetingRows({ meetings, upcoming, shown, showMore }: { meetings: MeetingListItem[]; upcoming: boolean; shown: number; showMore: () => void }) {
  return (
    <>
    <ul className="list">
      {meetings.slice(0, shown).map((m) => (
        <li key={m.id} className="list-row">
          <span>
            <Link to={`/meetings/${m.id}`}>{formatDateTime(m.scheduledAt)}</Link> with {m.mentorName}{' '}
            {m.status !== 'planned' && <span className="badge">{MEETING_STATUS_LABEL[m.status]}</span>}
            {upcoming && m.agendaCount === 0 && <span className="badge amber">prep</span>}
          </span>
          <span className="muted">
            {plural(m.agendaCount, 'item')} · {m.agendaMinutes}/{m.durationMinutes} min
            {upcoming && (
              <>
                {' '}
                · <Link to={`/meetings/${m.id}/prep`}>Prep brief</Link>
              </>
            )}
          </span>
        </li>
      ))}
    </ul>
    {meetings.length > shown && (
      <button type="button" onClick={showMore}>
        Show more
      </button>
    )}
    </>
  );
}

export function MeetingList() {
  const navigate = useNavigate();
  const filters = useUrlFilters();
  const mentorId = filters.id('mentorId');
  const goalId = filters.id('goalId');
  const upcomingPages = usePagedMeetings('upcoming', { mentorId, goalId });
  const pastPages = usePagedMeetings('past', { mentorId, goalId });
  const upcoming = upcomingPages.query;
  const past = pastPages.query;
  const setFilter = filters.set;
  const nothing = upcoming.data?.length === 0 && past.data?.length === 0;
  return (
    <section className="page">
      <PageHeader
        title="Meetings"
        subtitle="Plan before, capture during, follow through after."
        actions={
          <>
            <button type="button" onClick={() => navigate('/meetings/backlog')}>
              Backlogs
            </button>
            <button type="button" className="primary" onClick={() => navigate(`/meetings/new${mentorId ? `?mentorId=${mentorId}` : ''}`)}>
              Plan a meeting
            </button>
          </>
        }
      />
      <div className="row no-print">
        <MentorSelect aria-label="Filter by mentor" value={mentorId} onChange={(id) => setFilter('mentorId', id ? String(id) : '')} emptyLabel="All mentors" includeArchived />
        <GoalSelect aria-label="Filter by goal" value={goalId} onChange={(id) => setFilter('goalId', id ? String(id) : '')} emptyLabel="All goals" />
      </div>
      <ErrorMessage error={upcoming.error ?? past.error} />
      <CalendarImport />
      <CalendarReview />
      {nothing && (
        <EmptyState title="No meetings yet" action={<Link to="/meetings/new">Plan your first meeting</Link>}>
          Respect your mentor’s time: plan an agenda from your backlog and arrive prepared.
        </EmptyState>
      )}
      {upcoming.data && upcoming.data.length > 0 && (
        <div className="section">
          <h2>Upcoming</h2>
          <MeetingRows meetings={upcoming.data} upcoming shown={upcomingPages.shown} showMore={upcomingPages.showMore} />
        </div>
      )}
      {past.data && past.data.length > 0 && (
        <div className="section">
          <h2>Past</h2>
          <MeetingRows meetings={past.data} upcoming={false} shown={pastPages.shown} showMore={pastPages.showMore} />
        </div>
      )}
    </section>
  );
}

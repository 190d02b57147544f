import { Link } from 'react-router-dom';
import { useDashboard } from '../../api/followups';
import { CommitmentItem } from '../../components/commitments/CommitmentItem';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../components/dates';
import { formatRate } from '../FollowUps/format';
import { ReconnectList } from '../Mentors/ReconnectList';
import { countLabel } from '../../components/count';
import { plural } from '../../../../electron/core/plural';

/** Today: what needs the user now, each item actionable in place. The page the app opens on. */
export function DashboardPage() {
  const dashboard = useDashboard();
  if (dashboard.error) return <ErrorMessage error={dashboard.error} />;
  if (!dashboard.data) return <p aria-busy="true">Loading…</p>;
  const d = dashboard.data;
  if (d.isNewUser) {
    return (
      <section className="page">
        <PageHeader title="Today" />
        <EmptyState title="Welcome to Mentor Planner" action={<Link to="/goals/new">Write down your first goal</Link>}>
          Even leaders need mentors. Start by writing down a goal, then add the mentors who can help with it.
        </EmptyState>
      </section>
    );
  }
  const due = [...d.overdue, ...d.dueToday];
  return (
    <section className="page">
      <PageHeader
        title="Today"
        subtitle="What needs you now: follow-ups, meetings to prepare, mentors to reconnect with."
        actions={
          <div className="card" aria-label="This month’s follow-through" title={d.definition}>
            This month’s follow-through: <strong data-testid="month-rate">{formatRate(d.thisMonth.followThroughRate)}</strong>
            <div className="muted">
              {d.thisMonth.done} done · {d.thisMonth.dropped} dropped · {d.thisMonth.overdue} overdue
            </div>
          </div>
        }
      />
      <div className="section" aria-label="Due today and overdue">
        <h2>
          Due today and overdue {d.totals.dueToday + d.totals.overdue > 0 && `(${countLabel(d.totals.dueToday, d.totals.overdue)})`}
        </h2>
        {due.length === 0 ? (
          <p className="muted">Nothing due. Well done.</p>
        ) : (
          <ul className="list">
            {due.map((c) => (
              <CommitmentItem key={c.id} commitment={c} />
            ))}
          </ul>
        )}
        {d.totals.dueToday + d.totals.overdue > due.length && <Link to="/follow-ups">See all {countLabel(d.totals.dueToday, d.totals.overdue)} on the follow-ups board</Link>}
      </div>
      <div className="section" aria-label="Meetings in the next 7 days">
        <h2>Meetings in the next 7 days</h2>
        {d.upcomingMeetings.length === 0 ? (
          <p className="muted">
            No meetings planned this week. <Link to="/meetings/new">Plan one</Link>.
          </p>
        ) : (
          <ul className="list">
            {d.upcomingMeetings.map((m) => (
              <li key={m.id} className="list-row">
                <span>
                  <Link to={`/meetings/${m.id}`}>{formatDateTime(m.scheduledAt)}</Link> with {m.mentorName}{' '}
                  {m.prepared ? (
                    <span className="badge ok">
                      {plural(m.agendaCount, 'agenda item')}
                    </span>
                  ) : (
                    <span className="badge amber">needs prep: no agenda yet</span>
                  )}
                </span>
                <span className="row">
                  {!m.prepared && <Link to={`/meetings/${m.id}`}>Plan the agenda</Link>}
                  <Link to={`/meetings/${m.id}/prep`}>Open prep brief</Link>
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="section" aria-label="Awaiting report-back">
        <h2>Awaiting report-back {d.totals.awaitingReportBack > 0 && `(${countLabel(d.totals.awaitingReportBack)})`}</h2>
        {d.awaitingReportBack.length === 0 ? (
          <p className="muted">Every loop is closed.</p>
        ) : (
          <ul className="list">
            {d.awaitingReportBack.map((c) => (
              <CommitmentItem key={c.id} commitment={c} />
            ))}
          </ul>
        )}
      </div>
      <div className="section" aria-label="Overdue to reconnect">
        <h2>Overdue to reconnect</h2>
        <ReconnectList />
      </div>
    </section>
  );
}

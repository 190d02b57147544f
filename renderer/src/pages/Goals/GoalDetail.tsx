import { Link, useParams } from 'react-router-dom';
import { useGoal } from '../../api/goals';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime, formatDay } from '../../components/dates';
import { MoreLink } from '../../components/MoreLink';
import { GoalActions } from './GoalActions';
import { GoalMentors } from './GoalMentors';
import { GoalProgress } from './GoalProgress';
import { COMMITMENT_STATUS_LABEL, GOAL_STATUS_LABEL, MEETING_STATUS_LABEL } from '../../components/labels';

export function GoalDetail() {
  const id = Number(useParams().id);
  const goal = useGoal(id);
  if (goal.isPending) return <p aria-busy="true">Loading…</p>;
  if (goal.error) return <ErrorMessage error={goal.error} />;
  const { goal: g, overdue, progress, mentors, meetings, advice, commitments, totals } = goal.data;
  return (
    <section className="page">
      <PageHeader
        title={g.title}
        subtitle={
          <>
            <span className="badge">{GOAL_STATUS_LABEL[g.status]}</span>{' '}
            {g.targetDate && <span className={overdue ? 'badge red' : ''}>Target {formatDay(g.targetDate)}{overdue ? ' — passed' : ''}</span>}{' '}
            <GoalProgress progress={progress} />
          </>
        }
        actions={<GoalActions goal={g} />}
      />
      {(g.why || g.successCriteria) && (
        <div className="grid-2 section">
          <div className="card">
            <h2>Why it matters</h2>
            <p>{g.why || <span className="muted">Not written yet.</span>}</p>
          </div>
          <div className="card">
            <h2>What success looks like</h2>
            <p>{g.successCriteria || <span className="muted">Not written yet.</span>}</p>
          </div>
        </div>
      )}
      <GoalMentors goalId={g.id} mentors={mentors} />
      <div className="grid-2 section">
        <div>
          <h2>Advice</h2>
          {advice.length === 0 ? (
            <p className="muted">No advice on this goal yet.</p>
          ) : (
            <ul className="list">
              {advice.map((a) => (
                <li key={a.id}>
                  “{a.text}” <span className="muted">— {a.mentorName}</span> {a.verdict && <span className="badge">{a.verdict.replace(/_/g, ' ')}</span>}
                </li>
              ))}
            </ul>
          )}
          <MoreLink shown={advice.length} total={totals.advice} to={`/follow-ups/advice?goalId=${g.id}`} what="pieces of advice" />
        </div>
        <div>
          <h2>Commitments</h2>
          {commitments.length === 0 ? (
            <p className="muted">No commitments yet.</p>
          ) : (
            <ul className="list">
              {commitments.map((c) => (
                <li key={c.id}>
                  <Link to={`/follow-ups?commitment=${c.id}`}>{c.title}</Link> <span className="badge">{COMMITMENT_STATUS_LABEL[c.status]}</span>
                  {c.outcome && <div className="muted">Outcome: {c.outcome}</div>}
                </li>
              ))}
            </ul>
          )}
          <MoreLink shown={commitments.length} total={totals.commitments} to={`/follow-ups?goalId=${g.id}`} what="commitments" />
        </div>
      </div>
      <div className="section">
        <h2>Meetings</h2>
        {meetings.length === 0 ? (
          <p className="muted">No meeting has discussed this goal yet.</p>
        ) : (
          <ul className="list">
            {meetings.map((m) => (
              <li key={m.id}>
                <Link to={`/meetings/${m.id}`}>{formatDateTime(m.scheduledAt)}</Link> with {m.mentorName} <span className="badge">{MEETING_STATUS_LABEL[m.status]}</span>
              </li>
            ))}
          </ul>
        )}
        <MoreLink shown={meetings.length} total={totals.meetings} to={`/meetings?goalId=${g.id}`} what="meetings" />
      </div>
    </section>
  );
}

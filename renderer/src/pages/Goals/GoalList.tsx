import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useCoverage, useGoals } from '../../api/goals';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { formatDay } from '../../components/dates';
import { GoalProgress } from './GoalProgress';

export function GoalList() {
  const navigate = useNavigate();
  const [showClosed, setShowClosed] = useState(false);
  const goals = useGoals(true);
  const coverage = useCoverage();
  const rows = (goals.data ?? []).filter((g) => showClosed || g.status === 'active' || g.status === 'paused');
  const closedCount = (goals.data ?? []).length - (goals.data ?? []).filter((g) => g.status === 'active' || g.status === 'paused').length;
  return (
    <section className="page">
      <PageHeader
        title="Goals"
        subtitle="Define your goals first, then who can help with each."
        actions={
          <button type="button" className="primary" onClick={() => navigate('/goals/new')}>
            New goal
          </button>
        }
      />
      <ErrorMessage error={goals.error} />
      {goals.isSuccess && goals.data.length === 0 && (
        <EmptyState title="No goals yet" action={<Link to="/goals/new">Write down your first goal</Link>}>
          Start here: what do you want to achieve in the next year, and why does it matter? Then find the mentors who can help.
        </EmptyState>
      )}
      {rows.length > 0 && (
        <ul className="list" aria-label="Goals">
          {rows.map((g) => (
            <li key={g.id} className="list-row">
              <span>
                <Link to={`/goals/${g.id}`}>{g.title}</Link> {g.status !== 'active' && <span className="badge">{g.status}</span>}{' '}
                {g.targetDate && <span className={g.overdue ? 'badge red' : 'muted'}>{g.overdue ? `Target passed ${formatDay(g.targetDate)}` : `by ${formatDay(g.targetDate)}`}</span>}
                <br />
                <span className="muted">{g.mentorCount === 0 ? 'No mentor yet' : `${g.mentorCount} mentor${g.mentorCount === 1 ? '' : 's'}`}</span>
              </span>
              <GoalProgress progress={g.progress} />
            </li>
          ))}
        </ul>
      )}
      {closedCount > 0 && (
        <label className="row">
          <input type="checkbox" checked={showClosed} onChange={(e) => setShowClosed(e.currentTarget.checked)} />
          Show achieved and dropped goals ({closedCount})
        </label>
      )}
      {coverage.data && (coverage.data.goalsWithoutMentor.length > 0 || coverage.data.mentorLoad.length > 0) && (
        <div className="grid-2 section" aria-label="Coverage">
          <div className="card">
            <h2>Goals with no mentor</h2>
            {coverage.data.goalsWithoutMentor.length === 0 ? (
              <p className="muted">Every active goal has someone to help.</p>
            ) : (
              <ul>
                {coverage.data.goalsWithoutMentor.map((g) => (
                  <li key={g.id}>
                    <Link to={`/goals/${g.id}`}>{g.title}</Link> — who could you ask?
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div className="card">
            <h2>Who carries most goals</h2>
            <ul>
              {coverage.data.mentorLoad.map((m) => (
                <li key={m.mentorId}>
                  <Link to={`/mentors/${m.mentorId}`}>{m.name}</Link> — {m.goalCount} goal{m.goalCount === 1 ? '' : 's'}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </section>
  );
}

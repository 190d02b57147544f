import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useGoals } from '../../api/goals';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { GoalCoverage } from './GoalCoverage';
import { GoalRows } from './GoalRows';

const isOpen = (status: string) => status === 'active' || status === 'paused';

export function GoalList() {
  const navigate = useNavigate();
  const [showClosed, setShowClosed] = useState(false);
  const goals = useGoals(true);
  const all = goals.data ?? [];
  const rows = showClosed ? all : all.filter((g) => isOpen(g.status));
  const closedCount = all.length - all.filter((g) => isOpen(g.status)).length;
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
      {goals.isPending && <p aria-busy="true">Loading…</p>}
      {goals.isSuccess && all.length === 0 && (
        <EmptyState title="No goals yet" action={<Link to="/goals/new">Write down your first goal</Link>}>
          Start here: what do you want to achieve in the next year, and why does it matter? Then find the mentors who can help.
        </EmptyState>
      )}
      {closedCount > 0 && (
        <label className="row no-print">
          <input type="checkbox" checked={showClosed} onChange={(e) => setShowClosed(e.currentTarget.checked)} />
          Show achieved and dropped goals ({closedCount})
        </label>
      )}
      {goals.isSuccess && all.length > 0 && rows.length === 0 && (
        <p className="muted">No active goals. Reopen an achieved goal or add a new one.</p>
      )}
      {rows.length > 0 && <GoalRows rows={rows} />}
      <GoalCoverage />
    </section>
  );
}

import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useGoals } from '../../api/goals';
import { useGoalOptions } from '../../api/lookups';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { GoalCoverage } from './GoalCoverage';
import { GoalRows } from './GoalRows';

const isOpen = (status: string) => status === 'active' || status === 'paused';

export function GoalList() {
  const navigate = useNavigate();
  const [showClosed, setShowClosed] = useState(false);
  // Achieved and dropped goals (and their progress) are read only when asked for; the pickers' list counts them.
  const goals = useGoals(showClosed);
  const options = useGoalOptions();
  const rows = goals.data ?? [];
  const everyGoal = options.data;
  const closedCount = (everyGoal ?? []).filter((g) => !isOpen(g.status)).length;
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
      {goals.isSuccess && everyGoal?.length === 0 && (
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
      {goals.isSuccess && everyGoal && everyGoal.length > 0 && rows.length === 0 && (
        <p className="muted">No active goals. Reopen an achieved goal or add a new one.</p>
      )}
      {rows.length > 0 && <GoalRows rows={rows} />}
      <GoalCoverage />
    </section>
  );
}

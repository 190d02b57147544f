import { useAppInfo } from '../../api/system';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';

export function DashboardPage() {
  const info = useAppInfo();
  const empty = info.data && info.data.counts.mentors === 0 && info.data.counts.goals === 0;
  return (
    <section className="page">
      <PageHeader title="Today" subtitle="What needs you now: follow-ups, meetings to prepare, mentors to reconnect with." />
      {info.isPending && <p aria-busy="true">Loading…</p>}
      <ErrorMessage error={info.error} />
      {empty && (
        <EmptyState title="Welcome to Mentor Planner">
          Start by writing down a goal, then add the mentors who can help with it.
        </EmptyState>
      )}
    </section>
  );
}

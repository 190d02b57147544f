import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function GoalsPage() {
  return (
    <section className="page">
      <PageHeader title="Goals" subtitle="Define your goals first, then who can help with each." />
      <EmptyState title="Nothing here yet">This page arrives with a later part of the app.</EmptyState>
    </section>
  );
}

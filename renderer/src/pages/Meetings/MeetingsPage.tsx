import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function MeetingsPage() {
  return (
    <section className="page">
      <PageHeader title="Meetings" subtitle="Plan before, capture during, follow through after." />
      <EmptyState title="Nothing here yet">This page arrives with a later part of the app.</EmptyState>
    </section>
  );
}

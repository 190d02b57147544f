import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function MentorsPage() {
  return (
    <section className="page">
      <PageHeader title="Mentors" subtitle="The people who help you, and how each relationship is doing." />
      <EmptyState title="Nothing here yet">This page arrives with a later part of the app.</EmptyState>
    </section>
  );
}

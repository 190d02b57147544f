import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function SearchPage() {
  return (
    <section className="page">
      <PageHeader title="Search" subtitle="Find anything across mentors, goals and meetings." />
      <EmptyState title="Nothing here yet">This page arrives with a later part of the app.</EmptyState>
    </section>
  );
}

import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function FollowUpsPage() {
  return (
    <section className="page">
      <PageHeader title="Follow-ups" subtitle="What you committed to, and whether you closed the loop." />
      <EmptyState title="Nothing here yet">This page arrives with a later part of the app.</EmptyState>
    </section>
  );
}

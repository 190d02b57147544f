import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { MENTOR_PAGE_LIMIT } from '../../../../electron/core/mentors/types';
import { useMentor } from '../../api/mentors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { HealthBadge } from '../../components/HealthBadge';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime, formatDay } from '../../components/dates';
import { GiveAndTake } from './GiveAndTake';
import { InteractionLog } from './InteractionLog';
import { MentorActions } from './MentorActions';
import { MentorActivity } from './MentorActivity';
import { MentorGoals } from './MentorGoals';
import { MentorProfile } from './MentorProfile';
import { MentorSharing } from './MentorSharing';
import { plural } from '../../../../electron/core/plural';

export function MentorDetail() {
  const id = Number(useParams().id);
  const [listLimit, setListLimit] = useState(MENTOR_PAGE_LIMIT);
  const mentor = useMentor(id, listLimit);
  const showMore = () => setListLimit((n) => n + MENTOR_PAGE_LIMIT);
  if (mentor.isPending) return <p aria-busy="true">Loading…</p>;
  if (mentor.error) return <ErrorMessage error={mentor.error} />;
  const { mentor: m, health } = mentor.data;
  return (
    <section className="page">
      <PageHeader
        title={m.name}
        subtitle={
          <>
            {[m.role, m.organization].filter(Boolean).join(' · ')} <HealthBadge health={health} />{' '}
            {health.lastContactAt ? `Last contact ${formatDateTime(health.lastContactAt)}` : 'No contact logged yet'}
            {health.nextContactDueAt &&
              (health.daysOverdue > 0
                ? ` · reconnect was due ${formatDay(health.nextContactDueAt)} (${plural(health.daysOverdue, 'day')} ago)`
                : ` · next contact by ${formatDay(health.nextContactDueAt)}`)}
            {m.archivedAt && <span className="badge"> Archived</span>}
          </>
        }
        actions={
          <>
            <Link className="button-link" to={`/meetings/new?mentorId=${m.id}`}>
              Plan a meeting
            </Link>
            <MentorActions mentor={m} />
          </>
        }
      />
      <MentorProfile mentor={m} />
      <MentorGoals mentorId={m.id} goals={mentor.data.goals} />
      <MentorActivity detail={mentor.data} />
      <GiveAndTake detail={mentor.data} showMore={showMore} />
      <MentorSharing mentorId={m.id} />
      <InteractionLog mentorId={m.id} interactions={mentor.data.interactions} total={mentor.data.totals.interactions} showMore={showMore} />
    </section>
  );
}

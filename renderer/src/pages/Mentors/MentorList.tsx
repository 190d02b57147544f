import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { MentorListItem } from '../../../../electron/core/mentors/types';
import { useMentors } from '../../api/mentors';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { HealthBadge } from '../../components/HealthBadge';
import { PageHeader } from '../../components/PageHeader';
import { MENTOR_TYPE_LABEL } from '../../components/labels';
import { plural } from '../../../../electron/core/plural';

type Sort = 'name' | 'health' | 'recent';

export function MentorList() {
  const navigate = useNavigate();
  const [sort, setSort] = useState<Sort>('name');
  const [includeArchived, setIncludeArchived] = useState(false);
  const mentors = useMentors(includeArchived, sort);
  const scroller = useRef<HTMLDivElement>(null);
  // Keep showing the last rows while another sort or filter loads, so the list does not blink.
  const previous = useRef<MentorListItem[]>([]);
  if (mentors.data) previous.current = mentors.data;
  const rows = mentors.data ?? previous.current;
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => 58, overscan: 8 });

  return (
    <section className="page">
      <PageHeader
        title="Mentors"
        subtitle="The people who help you, and how each relationship is doing."
        actions={
          <button type="button" className="primary" onClick={() => navigate('/mentors/new')}>
            New mentor
          </button>
        }
      />
      <div className="row no-print">
        <label className="row">
          Sort by
          <select value={sort} onChange={(e) => setSort(e.currentTarget.value as Sort)} style={{ width: 'auto' }}>
            <option value="name">Name</option>
            <option value="health">Relationship health</option>
            <option value="recent">Most recent contact</option>
          </select>
        </label>
        <label className="row">
          <input type="checkbox" checked={includeArchived} onChange={(e) => setIncludeArchived(e.currentTarget.checked)} />
          Show archived
        </label>
      </div>
      <ErrorMessage error={mentors.error} />
      {mentors.isPending && rows.length === 0 && <p aria-busy="true">Loading…</p>}
      {mentors.isSuccess && rows.length === 0 && (
        <EmptyState title="No mentors yet" action={<Link to="/mentors/new">Add your first mentor</Link>}>
          Add the people you learn from — a manager’s manager, a peer, a coach — and how often you want to stay in touch.
        </EmptyState>
      )}
      {rows.length > 0 && (
        <div ref={scroller} className="virtual-list" role="list" aria-label="Mentors">
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const mentor = rows[item.index];
              return (
                <div
                  key={mentor.id}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  role="listitem"
                  className={`mentor-row${mentor.archivedAt ? ' archived' : ''}`}
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
                >
                  <div className="who">
                    <Link to={`/mentors/${mentor.id}`}>{mentor.name}</Link>
                    <small>{[mentor.role, mentor.organization].filter(Boolean).join(' · ') || MENTOR_TYPE_LABEL[mentor.type]}</small>
                  </div>
                  <span className="muted">{mentor.archivedAt ? 'Archived' : plural(mentor.goalCount, 'goal')}</span>
                  <HealthBadge health={mentor.health} />
                </div>
              );
            })}
          </div>
        </div>
      )}
    </section>
  );
}

import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { Link } from 'react-router-dom';
import type { GoalListItem } from '../../../../electron/core/goals/types';
import { formatDay } from '../../components/dates';
import { GoalProgress } from './GoalProgress';
import { GOAL_STATUS_LABEL } from '../../components/labels';
import { plural } from '../../../../electron/core/plural';

/** The goal list, virtualized so hundreds of goals scroll smoothly; rows measure their own height. */
export function GoalRows({ rows }: { rows: GoalListItem[] }) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => 64, overscan: 8 });
  return (
    <div ref={scroller} className="virtual-list" role="list" aria-label="Goals">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const g = rows[item.index];
          return (
            <div
              key={g.id}
              ref={virtualizer.measureElement}
              data-index={item.index}
              role="listitem"
              className={`goal-row${g.status === 'active' ? '' : ` ${g.status}`}`}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <div>
                <Link to={`/goals/${g.id}`}>{g.title}</Link> {g.status !== 'active' && <span className="badge">{GOAL_STATUS_LABEL[g.status]}</span>}{' '}
                {g.targetDate && (
                  <span className={g.overdue ? 'badge red' : 'muted'}>
                    {g.overdue ? `Target passed ${formatDay(g.targetDate)}` : `by ${formatDay(g.targetDate)}`}
                  </span>
                )}
                <small className={g.mentorCount === 0 ? 'no-mentor' : undefined}>
                  {g.mentorCount === 0 ? 'No mentor yet' : plural(g.mentorCount, 'mentor')}
                </small>
              </div>
              <GoalProgress progress={g.progress} />
            </div>
          );
        })}
      </div>
    </div>
  );
}

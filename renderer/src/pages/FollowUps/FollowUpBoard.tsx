import { useState, type KeyboardEvent } from 'react';
import type { BoardBucket } from '../../../../electron/core/followups/types';
import { useFollowUpBoard } from '../../api/followups';
import { CommitmentItem } from '../../components/commitments/CommitmentItem';
import { countLabel } from '../../components/count';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { useUrlFilters } from '../../components/useUrlFilters';
import { NewCommitmentForm } from './NewCommitmentForm';
import { GoalSelect, MentorSelect } from '../../components/Pickers';

const SECTIONS: { bucket: BoardBucket; title: string }[] = [
  { bucket: 'overdue', title: 'Overdue' },
  { bucket: 'dueToday', title: 'Due today' },
  { bucket: 'dueThisWeek', title: 'Due this week' },
  { bucket: 'later', title: 'Later' },
  { bucket: 'noDate', title: 'No date' },
  { bucket: 'done', title: 'Done and reported back (recent)' },
  { bucket: 'dropped', title: 'Dropped (recent)' },
];
// Ten per list keeps the page light (under 100 rows) even for years of commitments; more on request.
const PAGE = 10;

/** ↑/↓ (or j/k) move between commitments; the focused one takes Enter, S, D, R. */
function moveFocus(event: KeyboardEvent<HTMLElement>) {
  const key = event.key;
  if (!['ArrowDown', 'ArrowUp', 'j', 'k'].includes(key) || !(event.target as HTMLElement).matches('li.commitment')) return;
  event.preventDefault();
  const rows = [...event.currentTarget.querySelectorAll<HTMLElement>('li.commitment')];
  const index = rows.indexOf(event.target as HTMLElement);
  rows[Math.max(0, Math.min(rows.length - 1, index + (key === 'ArrowDown' || key === 'j' ? 1 : -1)))]?.focus();
}

export function FollowUpBoard() {
  const filters = useUrlFilters();
  const mentorId = filters.id('mentorId');
  const goalId = filters.id('goalId');
  const highlight = filters.id('commitment') ?? null;
  const [perBucket, setPerBucket] = useState(PAGE);
  const board = useFollowUpBoard({ mentorId, goalId, perBucket });
  const setFilter = filters.set;
  const total = board.data ? Object.values(board.data.totals).reduce((n, count) => n + count, 0) : 0;
  return (
    <>
      <PageHeader title="Follow-ups" subtitle="What you committed to, and whether you closed the loop. ↑/↓ to move · Enter complete · S snooze · D drop · R report back" />
      <NewCommitmentForm startOpen={filters.get('new') === '1'} />
      <div className="row no-print">
        <MentorSelect aria-label="Filter by mentor" value={mentorId} onChange={(id) => setFilter('mentorId', id ? String(id) : '')} emptyLabel="All mentors" includeArchived />
        <GoalSelect aria-label="Filter by goal" value={goalId} onChange={(id) => setFilter('goalId', id ? String(id) : '')} emptyLabel="All goals" />
      </div>
      <ErrorMessage error={board.error} />
      {board.data && total === 0 && (
        <EmptyState title="No commitments yet">Turn a piece of advice into a commitment from a meeting, or add one above.</EmptyState>
      )}
      <div onKeyDown={moveFocus}>
        {board.data?.awaitingReportBack.length ? (
          <div className="section" aria-label="Awaiting report-back">
            <h2>Awaiting report-back ({countLabel(board.data.awaitingTotal)})</h2>
            <p className="muted">Done — now tell the mentor what came of their advice.</p>
            <ul className="list">
              {board.data.awaitingReportBack.map((c) => (
                <CommitmentItem key={c.id} commitment={c} />
              ))}
            </ul>
          </div>
        ) : null}
        {board.data &&
          SECTIONS.filter((s) => board.data.totals[s.bucket] > 0).map(({ bucket, title }) => {
            const list = board.data.buckets[bucket];
            const more = board.data.totals[bucket] - list.length;
            return (
              <div className="section" key={bucket} aria-label={title}>
                <h2>
                  {title} ({countLabel(board.data.totals[bucket])})
                </h2>
                <ul className="list">
                  {list.map((c) => (
                    <CommitmentItem key={c.id} commitment={c} highlight={c.id === highlight} />
                  ))}
                </ul>
                {more > 0 && (
                  <button type="button" onClick={() => setPerBucket((n) => n + 40)}>
                    Show more ({list.length} of {countLabel(board.data.totals[bucket])} shown)
                  </button>
                )}
              </div>
            );
          })}
      </div>
    </>
  );
}

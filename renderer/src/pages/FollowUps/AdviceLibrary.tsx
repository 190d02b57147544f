import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useUrlFilters } from '../../components/useUrlFilters';
import type { AdviceLibraryEntry } from '../../../../electron/core/followups/types';
import { ADVICE_VERDICTS, type AdviceVerdict } from '../../../../electron/core/values';
import { useAdviceLibrary, useSetVerdict } from '../../api/followups';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { formatDay } from '../../components/dates';
import { GoalSelect, MentorSelect } from '../../components/Pickers';
import { ADVICE_VERDICT_LABEL, COMMITMENT_STATUS_LABEL, labelOf } from '../../components/labels';

/** Advice cards per page: with the commitments under them, about 70 rows in the DOM. */
const ADVICE_PAGE = 25;

function AdviceCard({ entry }: { entry: AdviceLibraryEntry }) {
  const setVerdict = useSetVerdict();
  return (
    <li className="card">
      <p>“{entry.text}”</p>
      <div className="row">
        {entry.meetingId && entry.meetingAt && <Link to={`/meetings/${entry.meetingId}`}>Meeting of {formatDay(entry.meetingAt)}</Link>}
        <label htmlFor={`verdict-${entry.id}`}>Verdict</label>
        <select
          id={`verdict-${entry.id}`}
          aria-label={`Verdict on “${entry.text}”`}
          value={entry.verdict ?? ''}
          onChange={(e) => setVerdict.mutate({ id: entry.id, verdict: (e.currentTarget.value || null) as AdviceVerdict | null })}
          style={{ width: 'auto' }}
        >
          <option value="">No verdict yet</option>
          {ADVICE_VERDICTS.map((v) => (
            <option key={v} value={v}>
              {ADVICE_VERDICT_LABEL[v]}
            </option>
          ))}
        </select>
      </div>
      {entry.commitments.length > 0 && (
        <ul>
          {entry.commitments.map((c) => (
            <li key={c.id}>
              → <Link to={`/follow-ups?commitment=${c.id}`}>{c.title}</Link> <span className="badge">{labelOf(COMMITMENT_STATUS_LABEL, c.status)}</span> {c.outcome && <span className="muted">{c.outcome}</span>}
            </li>
          ))}
        </ul>
      )}
      <ErrorMessage error={setVerdict.error} />
    </li>
  );
}

/** Every piece of advice; advice on the same goal from different mentors side by side. */
export function AdviceLibrary() {
  const filters = useUrlFilters();
  const mentorId = filters.id('mentorId');
  const goalId = filters.id('goalId');
  return (
    <>
      <PageHeader title="Advice library" subtitle="What your mentors advised, what you decided about it, and what it led to." />
      <div className="row">
        <MentorSelect aria-label="Filter by mentor" value={mentorId} onChange={(id) => filters.set('mentorId', id)} emptyLabel="All mentors" includeArchived />
        <GoalSelect aria-label="Filter by goal" value={goalId} onChange={(id) => filters.set('goalId', id)} emptyLabel="All goals" />
      </div>
      <AdvicePages key={`${mentorId}:${goalId}`} mentorId={mentorId} goalId={goalId} />
    </>
  );
}

/** A page of advice at a time, newest first (the DOM stays small in ten years of advice); new filters start at the newest. */
function AdvicePages({ mentorId, goalId }: { mentorId?: number; goalId?: number }) {
  // The last advice of each page read so far: page n+1 starts before the last advice of page n.
  const [before, setBefore] = useState<number[]>([]);
  const library = useAdviceLibrary({ mentorId, goalId, before: before.at(-1), limit: ADVICE_PAGE });
  const entries = library.data?.entries ?? [];
  const byGoal = Map.groupBy(entries, (e) => e.goalTitle ?? 'No goal');
  const paging = (before.length > 0 || library.data?.more) && (
    <nav className="row" aria-label="Advice pages">
      <button type="button" disabled={before.length === 0} onClick={() => setBefore((b) => b.slice(0, -1))}>
        Newer advice
      </button>
      <span className="muted">Page {before.length + 1}</span>
      <button type="button" disabled={!library.data?.more} onClick={() => setBefore((b) => [...b, entries.at(-1)!.id])}>
        Older advice
      </button>
    </nav>
  );
  return (
    <>
      <ErrorMessage error={library.error} />
      {library.data && entries.length === 0 && before.length === 0 && <EmptyState title="No advice recorded yet">Advice you record in meetings collects here.</EmptyState>}
      {[...byGoal].map(([goal, entries]) => {
        const byMentor = Map.groupBy(entries, (e) => e.mentorName);
        return (
          <div className="section" key={goal} aria-label={`Advice on ${goal}`}>
            <h2>{goal}</h2>
            <div className="advice-columns">
              {[...byMentor].map(([mentor, items]) => (
                <div key={mentor}>
                  <h3>
                    <Link to={`/mentors/${items[0].mentorId}`}>{mentor}</Link>
                  </h3>
                  <ul className="list">
                    {items.map((entry) => (
                      <AdviceCard key={entry.id} entry={entry} />
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          </div>
        );
      })}
      {paging}
    </>
  );
}

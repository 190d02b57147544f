import { useEffect, useState } from 'react';
import { Link, useNavigationType } from 'react-router-dom';
import type { SearchKind } from '../../../../electron/core/search/search';
import { useSearch } from '../../api/search';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Highlighted } from '../../components/Highlighted';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../components/dates';
import { useUrlFilters } from '../../components/useUrlFilters';
import { GoalSelect, MentorSelect } from '../../components/Pickers';

const KINDS: { kind: SearchKind; label: string }[] = [
  { kind: 'mentor', label: 'Mentors' },
  { kind: 'goal', label: 'Goals' },
  { kind: 'meeting', label: 'Meeting notes' },
  { kind: 'agenda', label: 'Agenda items' },
  { kind: 'advice', label: 'Advice' },
  { kind: 'commitment', label: 'Commitments' },
];
// The first results come fast; more on request (the core ranks the newest matches, at most 200 shown).
const FIRST_PAGE = 20;
const MOST = 200;
const TYPING_PAUSE_MS = 200;

/** The value once typing pauses, so each keystroke does not start a search. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The search box holds what was typed; the address follows it. Router updates are transitions, so a box
 * fed from the address lags a keystroke behind on a busy machine and drops letters. Back, Forward or a
 * link (not this page's own address writes) put their query into the box.
 */
function useSearchBox(query: string, write: (value: string) => void): [string, (value: string) => void] {
  const navigation = useNavigationType();
  const [typed, setTyped] = useState(query);
  const [seen, setSeen] = useState(query);
  if (query !== seen) {
    setSeen(query);
    if (navigation !== 'REPLACE') setTyped(query);
  }
  return [
    typed,
    (value) => {
      setTyped(value);
      write(value);
    },
  ];
}

const KIND_LABEL = Object.fromEntries(KINDS.map((k) => [k.kind, k.label.replace(/s$/, '')])) as Record<SearchKind, string>;

/** Find anything: ranked results with the matches highlighted; the query lives in the address, so Back works. */
export function SearchPage() {
  const filters = useUrlFilters({ replaceHistory: true });
  const params = filters.params;
  const [text, setText] = useSearchBox(params.get('q') ?? '', (value) => filters.set('q', value));
  const kinds = (params.get('kinds')?.split(',').filter(Boolean) ?? []) as SearchKind[];
  const mentorId = filters.id('mentorId');
  const goalId = filters.id('goalId');
  const from = filters.get('from');
  const to = filters.get('to');
  const settled = useDebounced(text, TYPING_PAUSE_MS);
  const [limit, setLimit] = useState(FIRST_PAGE);
  useEffect(() => setLimit(FIRST_PAGE), [settled]);
  const results = useSearch({ text: settled, kinds: kinds.length ? kinds : undefined, mentorId, goalId, from, to, limit });
  const set = filters.set;
  const toggleKind = (kind: SearchKind) => set('kinds', (kinds.includes(kind) ? kinds.filter((k) => k !== kind) : [...kinds, kind]).join(','));
  return (
    <section className="page">
      <PageHeader title="Search" subtitle="Everything you wrote: mentors, goals, notes, agendas, advice, commitments. Ctrl+K jumps anywhere." />
      <input type="search" aria-label="Search" autoFocus placeholder="Search…" value={text} onChange={(e) => setText(e.currentTarget.value)} />
      <div className="row" role="group" aria-label="Filters">
        {KINDS.map(({ kind, label }) => (
          <label key={kind} className="row">
            <input type="checkbox" checked={kinds.includes(kind)} onChange={() => toggleKind(kind)} /> {label}
          </label>
        ))}
      </div>
      <div className="row">
        <MentorSelect aria-label="Mentor" value={mentorId} onChange={(id) => set('mentorId', id ? String(id) : '')} emptyLabel="Any mentor" includeArchived />
        <GoalSelect aria-label="Goal" value={goalId} onChange={(id) => set('goalId', id ? String(id) : '')} emptyLabel="Any goal" />
        <label className="row">
          From <input type="date" value={from ?? ''} onChange={(e) => set('from', e.currentTarget.value)} style={{ width: 'auto' }} />
        </label>
        <label className="row">
          To <input type="date" value={to ?? ''} onChange={(e) => set('to', e.currentTarget.value)} style={{ width: 'auto' }} />
        </label>
      </div>
      <ErrorMessage error={results.error} />
      {settled.trim() && results.data?.length === 0 && <p className="muted">Nothing matches “{settled}”. Try fewer words or remove a filter.</p>}
      <ul className="list" aria-label="Results">
        {results.data?.map((r) => (
          <li key={`${r.kind}-${r.id}`}>
            <span className="badge">{KIND_LABEL[r.kind]}</span>{' '}
            <Link to={r.route}>
              <Highlighted text={r.title} />
            </Link>
            {r.kind === 'meeting' && <span className="muted"> · {formatDateTime(r.at)}</span>}
            {r.snippet.trim() && (
              <div className="muted">
                <Highlighted text={r.snippet} />
              </div>
            )}
          </li>
        ))}
      </ul>
      {results.data?.length === limit && limit < MOST && (
        <button type="button" onClick={() => setLimit((n) => Math.min(MOST, n * 2 + 10))}>
          Show more results
        </button>
      )}
    </section>
  );
}

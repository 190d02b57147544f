import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { GoalMentorLink } from '../../../../electron/core/goals/types';
import { useLinkGoalMentor, useUnlinkGoalMentor } from '../../api/goals';
import { useMentorOptions } from '../../api/lookups';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LinkNote } from './LinkNote';

/** Who helps with this goal and what each can do for it; link another mentor here. */
export function GoalMentors({ goalId, mentors }: { goalId: number; mentors: GoalMentorLink[] }) {
  const options = useMentorOptions();
  const link = useLinkGoalMentor();
  const unlink = useUnlinkGoalMentor();
  const [mentorId, setMentorId] = useState('');
  const [canHelpWith, setCanHelpWith] = useState('');
  const linked = new Set(mentors.map((m) => m.mentorId));
  const available = (options.data ?? []).filter((m) => !linked.has(m.id) && !m.archived);
  return (
    <div className="section">
      <h2>Mentors for this goal</h2>
      {mentors.length === 0 ? (
        <p className="muted">No mentor linked. Who could help you with this — and with what, exactly?</p>
      ) : (
        <ul className="list">
          {mentors.map((m) => (
            <li key={m.mentorId} className="list-row">
              <span>
                <Link to={`/mentors/${m.mentorId}`}>{m.name}</Link> {m.archived && <span className="badge">archived</span>}
                <LinkNote goalId={goalId} mentorId={m.mentorId} note={m.canHelpWith} editLabel={`Edit what ${m.name} can do for this goal`} />
              </span>
              <button type="button" onClick={() => unlink.mutate({ goalId, mentorId: m.mentorId })} aria-label={`Unlink ${m.name}`}>
                Unlink
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          if (!mentorId) return;
          link.mutate({ goalId, mentorId: Number(mentorId), canHelpWith }, { onSuccess: () => (setMentorId(''), setCanHelpWith('')) });
        }}
      >
        <label className="row">
          Link mentor
          <select value={mentorId} onChange={(e) => setMentorId(e.currentTarget.value)} style={{ width: 'auto' }}>
            <option value="">{!options.data ? 'Loading…' : available.length ? 'Choose a mentor…' : 'No other mentors'}</option>
            {available.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <input aria-label="What they can do for this goal" placeholder="What they can do for this goal" value={canHelpWith} onChange={(e) => setCanHelpWith(e.currentTarget.value)} style={{ flex: 1, width: 'auto' }} />
        <button type="submit" disabled={!mentorId || link.isPending}>
          Link
        </button>
      </form>
      <ErrorMessage error={link.error ?? unlink.error} />
    </div>
  );
}

import { Link } from 'react-router-dom';
import type { GoalMentorLink } from '../../../../electron/core/goals/types';
import { useUnlinkGoalMentor } from '../../api/goals';
import { useMentorOptions } from '../../api/lookups';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LinkForm } from './LinkForm';
import { LinkNote } from './LinkNote';

/** Who helps with this goal and what each can do for it; link another mentor here. */
export function GoalMentors({ goalId, mentors }: { goalId: number; mentors: GoalMentorLink[] }) {
  const options = useMentorOptions();
  const unlink = useUnlinkGoalMentor();
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
      {options.data?.length === 0 ? (
        <p className="muted">
          You have no mentors yet. <Link to="/mentors/new">Add one</Link>, then link them here with what they can do for this goal.
        </p>
      ) : (
        <LinkForm
          label="Link mentor"
          noteLabel="What they can do for this goal"
          prompt="Choose a mentor…"
          choices={options.data && available.map((m) => ({ id: m.id, label: m.name }))}
          linkFor={(mentorId) => ({ goalId, mentorId })}
        />
      )}
      <ErrorMessage error={unlink.error} />
    </div>
  );
}

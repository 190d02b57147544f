import { Link } from 'react-router-dom';
import type { MentorGoalLink } from '../../../../electron/core/mentors/types';
import { useUnlinkGoalMentor } from '../../api/goals';
import { useGoalOptions } from '../../api/lookups';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LinkForm } from '../Goals/LinkForm';
import { LinkNote } from '../Goals/LinkNote';

/** The goals this mentor helps with, and linking another with what they can do for it. */
export function MentorGoals({ mentorId, goals }: { mentorId: number; goals: MentorGoalLink[] }) {
  const options = useGoalOptions();
  const unlink = useUnlinkGoalMentor();
  const linked = new Set(goals.map((g) => g.goalId));
  const available = (options.data ?? []).filter((g) => !linked.has(g.id) && g.status !== 'dropped');
  return (
    <div className="section">
      <h2>Goals they help with</h2>
      {goals.length === 0 ? (
        <p className="muted">Not linked to any goal yet. Knowing what each mentor can do for you makes every meeting count.</p>
      ) : (
        <ul className="list">
          {goals.map((g) => (
            <li key={g.goalId} className="list-row">
              <span>
                <Link to={`/goals/${g.goalId}`}>{g.title}</Link>
                <LinkNote goalId={g.goalId} mentorId={mentorId} note={g.canHelpWith} editLabel={`Edit what they can do for ${g.title}`} />
              </span>
              <button type="button" onClick={() => unlink.mutate({ goalId: g.goalId, mentorId })} aria-label={`Unlink ${g.title}`}>
                Unlink
              </button>
            </li>
          ))}
        </ul>
      )}
      {options.data?.length === 0 && (
        <p className="muted">
          You have no goals yet. <Link to="/goals/new">Write one down</Link>, then link it here with what this mentor can do for it.
        </p>
      )}
      {available.length > 0 && (
        <LinkForm
          label="Link goal"
          noteLabel="What this mentor can do for this goal"
          prompt="Choose a goal…"
          choices={available.map((g) => ({ id: g.id, label: g.title }))}
          linkFor={(goalId) => ({ goalId, mentorId })}
        />
      )}
      <ErrorMessage error={unlink.error} />
    </div>
  );
}

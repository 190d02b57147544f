import { Link } from 'react-router-dom';
import { useCoverage } from '../../api/goals';
import { ErrorMessage } from '../../components/ErrorMessage';
import { plural } from '../../../../electron/core/plural';

/** Where to ask for help next: active goals nobody helps with, and the mentors carrying most goals. */
export function GoalCoverage() {
  const coverage = useCoverage();
  if (coverage.error) return <ErrorMessage error={coverage.error} />;
  const data = coverage.data;
  if (!data || (data.goalsWithoutMentor.length === 0 && data.mentorLoad.length === 0)) return null;
  return (
    <section className="grid-2 section" aria-label="Coverage">
      <div className="card">
        <h2>Goals with no mentor</h2>
        {data.goalsWithoutMentor.length === 0 ? (
          <p className="muted">Every active goal has someone to help.</p>
        ) : (
          <ul>
            {data.goalsWithoutMentor.map((g) => (
              <li key={g.id}>
                <Link to={`/goals/${g.id}`}>{g.title}</Link> — who could you ask?
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="card">
        <h2>Who carries most goals</h2>
        {data.mentorLoad.length === 0 ? (
          <p className="muted">No mentor is linked to an active goal yet. Open a goal and link who can help.</p>
        ) : (
          <ul>
            {data.mentorLoad.map((m) => (
              <li key={m.mentorId}>
                <Link to={`/mentors/${m.mentorId}`}>{m.name}</Link> — {plural(m.goalCount, 'goal')}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

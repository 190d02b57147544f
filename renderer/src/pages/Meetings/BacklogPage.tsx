import { useNavigate, useParams } from 'react-router-dom';
import { useMentorOptions } from '../../api/lookups';
import { PageHeader } from '../../components/PageHeader';
import { MentorBacklog } from './MentorBacklog';

/** Talking points collected between meetings, per mentor. */
export function BacklogPage() {
  const navigate = useNavigate();
  const mentorId = Number(useParams().mentorId) || null;
  const mentors = useMentorOptions();
  return (
    <section className="page">
      <PageHeader title="Backlog" subtitle="Questions, updates, asks and thanks you collect between meetings; they land on the next agenda." />
      <div className="row">
        <label htmlFor="backlog-mentor">Mentor</label>
        <select id="backlog-mentor" value={mentorId ?? ''} onChange={(e) => navigate(`/meetings/backlog/${e.currentTarget.value}`)} style={{ width: 'auto' }}>
          <option value="">Choose a mentor…</option>
          {mentors.data?.filter((m) => !m.archived).map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      {mentorId && <MentorBacklog key={mentorId} mentorId={mentorId} autoFocus />}
    </section>
  );
}

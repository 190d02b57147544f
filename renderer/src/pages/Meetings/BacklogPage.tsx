import { useNavigate, useParams } from 'react-router-dom';
import { useMentorOptions } from '../../api/lookups';
import { useBacklog, useDeleteAgendaItem } from '../../api/meetings';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { AgendaItemForm } from './AgendaItemForm';
import { KIND_LABEL } from './labels';

/** Talking points collected between meetings, per mentor. */
export function BacklogPage() {
  const navigate = useNavigate();
  const mentorId = Number(useParams().mentorId) || null;
  const mentors = useMentorOptions();
  const backlog = useBacklog(mentorId);
  const remove = useDeleteAgendaItem();
  return (
    <section className="page">
      <PageHeader title="Backlog" subtitle="Questions, updates, asks and thanks you collect between meetings; they land on the next agenda." />
      <label className="row">
        Mentor
        <select value={mentorId ?? ''} onChange={(e) => navigate(`/meetings/backlog/${e.currentTarget.value}`)} style={{ width: 'auto' }}>
          <option value="">Choose a mentor…</option>
          {mentors.data?.filter((m) => !m.archived).map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      {mentorId && (
        <>
          <AgendaItemForm target={{ mentorId }} submitLabel="Add to backlog" autoFocus />
          <ErrorMessage error={backlog.error ?? remove.error} />
          {backlog.data?.length === 0 && <EmptyState title="Nothing collected yet">Add what you want to ask or tell them next time.</EmptyState>}
          <ul className="list">
            {backlog.data?.map((item) => (
              <li key={item.id} className="list-row">
                <span>
                  <span className="badge">{KIND_LABEL[item.kind]}</span> {item.text} <span className="muted">· {item.minutes} min · {item.priority}</span>
                </span>
                <button type="button" aria-label={`Delete “${item.text}”`} onClick={() => remove.mutate({ id: item.id })}>
                  Delete
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

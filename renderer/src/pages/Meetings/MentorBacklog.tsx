import { useBacklog, useDeleteAgendaItem } from '../../api/meetings';
import { focusAfterRowLeaves } from '../../components/focus';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDay } from '../../components/dates';
import { AgendaItemForm } from './AgendaItemForm';
import { AGENDA_KIND_LABEL, AGENDA_PRIORITY_LABEL } from '../../components/labels';

/** One mentor's backlog with a form to add to it; the backlog page and the mentor page both show it. */
export function MentorBacklog({ mentorId, autoFocus = false }: { mentorId: number; autoFocus?: boolean }) {
  const backlog = useBacklog(mentorId);
  const remove = useDeleteAgendaItem();
  return (
    <div className="section" aria-label="Backlog">
      <AgendaItemForm target={{ mentorId }} submitLabel="Add to backlog" autoFocus={autoFocus} />
      <ErrorMessage error={backlog.error ?? remove.error} />
      {backlog.data?.length === 0 && <EmptyState title="Nothing collected yet">Add what you want to ask or tell them next time.</EmptyState>}
      <ul className="list">
        {backlog.data?.map((item) => (
          <li key={item.id} className="list-row">
            <span>
              <span className="badge">{AGENDA_KIND_LABEL[item.kind]}</span> {item.text} <span className="muted">· {item.minutes} min · {AGENDA_PRIORITY_LABEL[item.priority]}
                {item.carriedFromMeetingAt && ` · carried over from the meeting of ${formatDay(item.carriedFromMeetingAt)}`}
              </span>
            </span>
            <button type="button" aria-label={`Delete “${item.text}”`} onClick={(e) => (focusAfterRowLeaves(e.currentTarget), remove.mutate({ id: item.id }))}>
              Delete
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

import { useBacklog, usePullFromBacklog } from '../../api/meetings';
import { focusAfterRowLeaves } from '../../components/focus';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDay } from '../../components/dates';
import { AGENDA_KIND_LABEL } from '../../components/labels';

/** The mentor's backlog beside the agenda: one click (or Enter) puts a point on this meeting's agenda. */
export function BacklogPanel({ meetingId, mentorId }: { meetingId: number; mentorId: number }) {
  const backlog = useBacklog(mentorId);
  const pull = usePullFromBacklog();
  const items = backlog.data ?? [];
  return (
    <div className="section" aria-label="Backlog">
      <h2>From the backlog</h2>
      {items.length === 0 ? (
        <p className="muted">The backlog is empty. Collect talking points between meetings with Ctrl+Shift+B from anywhere.</p>
      ) : (
        <>
          <ul className="list">
            {items.map((item) => (
              <li key={item.id} className="list-row">
                <span>
                  <span className="badge">{AGENDA_KIND_LABEL[item.kind]}</span> {item.text} <span className="muted">· {item.minutes} min{item.carriedFromMeetingAt && ` · carried over from the meeting of ${formatDay(item.carriedFromMeetingAt)}`}</span>
                </span>
                <button type="button" onClick={(e) => (focusAfterRowLeaves(e.currentTarget), pull.mutate({ meetingId, itemIds: [item.id] }))} aria-label={`Add to agenda: “${item.text}”`}>
                  Add to agenda
                </button>
              </li>
            ))}
          </ul>
          {items.length > 1 && (
            <button type="button" onClick={() => pull.mutate({ meetingId, itemIds: items.map((i) => i.id) })}>
              Add all {items.length}
            </button>
          )}
        </>
      )}
      <ErrorMessage error={pull.error ?? backlog.error} />
    </div>
  );
}

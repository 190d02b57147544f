import { useNoteConflicts, useResolveNoteConflict } from '../../api/sync';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDateTime } from '../../components/dates';

/** Notes edited on two devices at once: the other text is kept here until the user picks one. */
export function NoteConflicts({ meetingId }: { meetingId: number }) {
  const conflicts = useNoteConflicts(meetingId);
  const resolve = useResolveNoteConflict();
  if (!conflicts.data?.length) return null;
  return (
    <section className="section warning" aria-label="Two versions of these notes">
      <h2>Two versions of these notes</h2>
      <p>These notes were changed on two devices before they had synced. The newer text is shown below; here is the other one.</p>
      {conflicts.data.map((c) => (
        <div key={c.id}>
          <p className="muted">
            From {c.otherDeviceName}
            {/^\d{4}-/.test(c.otherAt) && `, ${formatDateTime(c.otherAt)}`}:
          </p>
          <pre className="note-conflict-text">{c.otherNotes}</pre>
          <div className="row">
            <button type="button" onClick={() => resolve.mutate({ id: c.id, keep: 'current' })}>
              Keep the text below
            </button>
            <button type="button" onClick={() => resolve.mutate({ id: c.id, keep: 'other' })}>
              Use this version instead
            </button>
          </div>
        </div>
      ))}
      <ErrorMessage error={resolve.error} />
    </section>
  );
}

import { useEffect, useRef, useState } from 'react';
import { useMentorOptions } from '../../api/lookups';
import { AgendaItemForm } from './AgendaItemForm';

/** Ctrl/Cmd+Shift+B from anywhere: drop a talking point into a mentor's backlog. */
export function QuickAddToBacklog() {
  const [open, setOpen] = useState(false);
  const [mentorId, setMentorId] = useState('');
  const [added, setAdded] = useState(0);
  const dialog = useRef<HTMLDialogElement>(null);
  const mentors = useMentorOptions();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'b') {
        event.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
    if (!open && dialog.current?.open) dialog.current.close();
  }, [open]);
  const active = (mentors.data ?? []).filter((m) => !m.archived);
  return (
    <dialog ref={dialog} aria-label="Add to a backlog" onCancel={(e) => (e.preventDefault(), setOpen(false))}>
      <h2>Add to a backlog</h2>
      {active.length === 0 ? (
        <p className="muted">Add a mentor first; then collect talking points for them here.</p>
      ) : (
        <label className="row">
          Mentor
          <select autoFocus value={mentorId} onChange={(e) => setMentorId(e.currentTarget.value)} style={{ width: 'auto' }}>
            <option value="">Choose…</option>
            {active.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {mentorId && <AgendaItemForm key={mentorId} target={{ mentorId: Number(mentorId) }} submitLabel="Add to backlog" onAdded={() => setAdded((n) => n + 1)} />}
      {added > 0 && <p role="status">Added. It will be on the next agenda for this mentor.</p>}
      <div className="row dialog-actions">
        <button type="button" onClick={() => setOpen(false)}>
          Close
        </button>
      </div>
    </dialog>
  );
}

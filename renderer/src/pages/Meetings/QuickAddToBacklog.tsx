import { useState } from 'react';
import { useMentorOptions } from '../../api/lookups';
import { MentorSelect } from '../../components/Pickers';
import { useModal, useShortcut, withCtrl } from '../../components/useModal';
import { AgendaItemForm } from './AgendaItemForm';

/** Ctrl/Cmd+Shift+B from anywhere: drop a talking point into a mentor's backlog. */
export function QuickAddToBacklog() {
  const [open, setOpen] = useState(false);
  const [mentorId, setMentorId] = useState<number | null>(null);
  const [added, setAdded] = useState(0);
  const dialog = useModal(open);
  const mentors = useMentorOptions();
  useShortcut(withCtrl('b', true), () => setOpen(true));
  const active = (mentors.data ?? []).filter((m) => !m.archived);
  return (
    <dialog ref={dialog} aria-label="Add to a backlog" onCancel={(e) => (e.preventDefault(), setOpen(false))}>
      <h2>Add to a backlog</h2>
      {active.length === 0 ? (
        <p className="muted">Add a mentor first; then collect talking points for them here.</p>
      ) : (
        <div className="row">
          <label htmlFor="quick-backlog-mentor">Mentor</label>
          <MentorSelect id="quick-backlog-mentor" autoFocus value={mentorId} onChange={setMentorId} emptyLabel="Choose…" />
        </div>
      )}
      {mentorId && <AgendaItemForm key={mentorId} target={{ mentorId }} submitLabel="Add to backlog" onAdded={() => setAdded((n) => n + 1)} />}
      <p role="status">{added > 0 && 'Added. It will be on the next agenda for this mentor.'}</p>
      <div className="row dialog-actions">
        <button type="button" onClick={() => setOpen(false)}>
          Close
        </button>
      </div>
    </dialog>
  );
}

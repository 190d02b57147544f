import { useState } from 'react';
import { useMentorOptions } from '../../api/lookups';
import { AgendaItemForm } from '../Meetings/AgendaItemForm';
import './QuickCapture.css';

/** The tray's small window: drop a question into a mentor's backlog; it lands on their next agenda. */
export function QuickCapturePage() {
  const mentors = useMentorOptions();
  const [mentorId, setMentorId] = useState('');
  const [added, setAdded] = useState(0);
  const active = (mentors.data ?? []).filter((m) => !m.archived);
  return (
    // Esc closes the small window, as it cancels any dialog (the form handles its own Esc first).
    <main className="page quick-capture" aria-label="Quick capture" onKeyDown={(e) => e.key === 'Escape' && !e.defaultPrevented && window.close()}>
      <h1>Quick capture</h1>
      {mentors.isSuccess && active.length === 0 ? (
        <p className="muted">Add a mentor in Mentor Planner first; then capture talking points for them here.</p>
      ) : (
        <label className="row">
          For
          <select autoFocus value={mentorId} onChange={(e) => setMentorId(e.currentTarget.value)} style={{ width: 'auto' }}>
            <option value="">Choose a mentor…</option>
            {active.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {mentorId && <AgendaItemForm key={mentorId} target={{ mentorId: Number(mentorId) }} submitLabel="Add to backlog" autoFocus onAdded={() => setAdded((n) => n + 1)} />}
      {added > 0 && (
        <p role="status">
          Added {added} talking point{added === 1 ? '' : 's'}. {added === 1 ? 'It' : 'They'} will be on the next agenda.
        </p>
      )}
      <button type="button" onClick={() => window.close()}>
        Done
      </button>
    </main>
  );
}

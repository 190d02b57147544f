import { useState } from 'react';
import { useMentorOptions } from '../../api/lookups';
import { MentorSelect } from '../../components/Pickers';
import { AgendaItemForm } from '../Meetings/AgendaItemForm';
import './QuickCapture.css';
import { plural, pluralWord } from '../../../../electron/core/plural';

/** The tray's small window: drop a question into a mentor's backlog; it lands on their next agenda. */
export function QuickCapturePage() {
  const mentors = useMentorOptions();
  const [mentorId, setMentorId] = useState<number | null>(null);
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
          <MentorSelect autoFocus value={mentorId} onChange={setMentorId} emptyLabel="Choose a mentor…" />
        </label>
      )}
      {mentorId && <AgendaItemForm key={mentorId} target={{ mentorId }} submitLabel="Add to backlog" autoFocus onAdded={() => setAdded((n) => n + 1)} />}
      <p role="status">{added > 0 && <>Added {plural(added, 'talking point')}. {pluralWord(added, 'It', 'They')} will be on the next agenda.</>}</p>
      <button type="button" onClick={() => window.close()}>
        Done
      </button>
    </main>
  );
}

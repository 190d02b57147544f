import { useEffect, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SafeMarkdown } from '../../components/SafeMarkdown';
import { useAutosavedNotes, type SaveState } from './useAutosavedNotes';

const STATE_LABEL: Record<SaveState, string> = { saved: 'All changes saved', unsaved: 'Unsaved changes…', saving: 'Saving…', error: 'Not saved — will retry' };

/**
 * What a screen reader hears about saving: nothing while typing, "saved" once the notes have stayed saved
 * for a moment, and a failure at once. The visible label changes freely; this region speaks once.
 */
function useSettledAnnouncement(state: SaveState): string {
  const [said, setSaid] = useState('');
  const [typed, setTyped] = useState(false);
  useEffect(() => {
    if (state === 'error') return setSaid('Notes not saved — will retry.');
    if (state !== 'saved') return (setSaid(''), setTyped(true));
    if (!typed) return;
    const timer = setTimeout(() => setSaid((current) => current || 'Notes saved.'), 1_500);
    return () => clearTimeout(timer);
  }, [state, typed]);
  return said;
}

/** Markdown notes with a live preview, saved as you type. */
export function NotesEditor({ meetingId, savedNotes }: { meetingId: number; savedNotes: string }) {
  const notes = useAutosavedNotes(meetingId, savedNotes);
  const announcement = useSettledAnnouncement(notes.state);
  return (
    <div className="section">
      <div className="list-row">
        <h2>Notes</h2>
        <span className="save-state" data-testid="notes-state">
          {STATE_LABEL[notes.state]}
        </span>
        <span className="visually-hidden" role="status" data-testid="notes-announcement">
          {announcement}
        </span>
      </div>
      <div className="notes-editor">
        <textarea
          aria-label="Meeting notes (Markdown)"
          value={notes.text}
          onChange={(e) => notes.change(e.currentTarget.value)}
          onBlur={notes.flush}
          placeholder="What you talked about, in Markdown: # headings, - lists, **bold**, [links](https://…)"
        />
        <div className="notes-preview" aria-label="Notes preview">
          {notes.text.trim() ? <SafeMarkdown headingLevel={2}>{notes.text}</SafeMarkdown> : <p className="muted">The preview appears here.</p>}
        </div>
      </div>
      <ErrorMessage error={notes.error} />
    </div>
  );
}

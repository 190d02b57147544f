import { ErrorMessage } from '../../components/ErrorMessage';
import { SafeMarkdown } from '../../components/SafeMarkdown';
import { useAutosavedNotes, type SaveState } from './useAutosavedNotes';

const STATE_LABEL: Record<SaveState, string> = { saved: 'All changes saved', unsaved: 'Unsaved changes…', saving: 'Saving…', error: 'Not saved — will retry' };

/** Markdown notes with a live preview, saved as you type. */
export function NotesEditor({ meetingId, savedNotes }: { meetingId: number; savedNotes: string }) {
  const notes = useAutosavedNotes(meetingId, savedNotes);
  return (
    <div className="section">
      <div className="list-row">
        <h2>Notes</h2>
        <span className="save-state" role="status" data-testid="notes-state">
          {STATE_LABEL[notes.state]}
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
          {notes.text.trim() ? <SafeMarkdown>{notes.text}</SafeMarkdown> : <p className="muted">The preview appears here.</p>}
        </div>
      </div>
      <ErrorMessage error={notes.error} />
    </div>
  );
}

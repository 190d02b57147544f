import { useRef, useState, type DragEvent } from 'react';
import type { CalendarSyncSummary } from '../../../../electron/core/calendars/types';
import { useImportCalendar, userTimeZone } from '../../api/calendars';
import { plural, pluralWord } from '../../../../electron/core/plural';
import { ErrorMessage } from '../../components/ErrorMessage';

/** What an import did, as one sentence. */
export function importSentence(s: CalendarSyncSummary): string {
  const parts = [`Read ${plural(s.events, 'event')} from “${s.sourceName}”.`];
  const changes = [
    s.meetingsPlanned && `${plural(s.meetingsPlanned, 'meeting')} planned`,
    s.meetingsUpdated && `${plural(s.meetingsUpdated, 'meeting')} moved`,
    s.meetingsCancelled && `${plural(s.meetingsCancelled, 'meeting')} cancelled`,
    s.contactsLogged && `${plural(s.contactsLogged, 'past event')} counted as contact`,
  ].filter(Boolean);
  if (changes.length) parts.push(`${changes.join(', ')}.`);
  if (s.toReview) parts.push(`${s.toReview} series ${pluralWord(s.toReview, 'looks', 'look')} like mentor meetings — review them on the Meetings page.`);
  if (!changes.length && !s.toReview) parts.push('Nothing new for your mentors.');
  return parts.join(' ');
}

/** Import a calendar file: choose one or drop it here. */
export function CalendarImport({ label = 'Import a calendar (.ics)' }: { label?: string }) {
  const importCalendar = useImportCalendar();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [readError, setReadError] = useState<string | null>(null);
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setReadError(null);
    try {
      const text = await file.text();
      importCalendar.mutate({ fileName: file.name, text, timeZone: userTimeZone() });
    } catch {
      setReadError(`Mentor Planner could not read “${file.name}”. Check that the file is still there and try again.`);
    }
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void importFile(e.dataTransfer.files[0]);
  };
  return (
    <div
      className={`calendar-drop${dragging ? ' dragging' : ''}`}
      data-testid="calendar-drop"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <p className="muted">
        Drop an .ics file from your calendar here, or{' '}
        <button type="button" onClick={() => input.current?.click()} disabled={importCalendar.isPending}>
          {label}
        </button>
        <input
          ref={input}
          type="file"
          accept=".ics,text/calendar"
          aria-label="Calendar file"
          hidden
          onChange={(e) => {
            void importFile(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
      </p>
      {/* One live region, mounted before anything is said in it. */}
      <p role="status">{importCalendar.isPending ? 'Importing…' : importCalendar.data ? importSentence(importCalendar.data) : ''}</p>
      <ErrorMessage error={importCalendar.error ?? readError} />
    </div>
  );
}

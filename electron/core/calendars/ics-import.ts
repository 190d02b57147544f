import type { Db } from '../db/client';
import { writeTransaction } from '../db/write-transaction';
import { parseCalendar } from './ics-parse';
import { fileSource } from './sources';
import { syncSource, syncWindow } from './sync';
import type { CalendarSyncSummary } from './types';

/**
 * Imports an .ics file: the calendar is read in full before anything is written, then stored and
 * followed in one transaction, so a malformed file changes nothing. Importing the same calendar again
 * updates what moved and adds nothing twice (events are keyed by UID and RECURRENCE-ID).
 */
export function importIcsFile(db: Db, file: { fileName: string; text: string; timeZone: string }, now: Date): CalendarSyncSummary {
  const window = syncWindow(now);
  const parsed = parseCalendar(file.text, window, file.timeZone);
  const name = parsed.name || file.fileName.replace(/\.(ics|ical|ifb|icalendar)$/i, '') || 'Imported calendar';
  return writeTransaction(db.$client, () => {
    const source = fileSource(db, name, now);
    return syncSource(db, source.id, parsed, window, now);
  });
}

import type { Db } from '../db/client';
import { invalid } from '../errors';
import { meetingFileStem, safeFileName } from './file-names';
import { htmlDocument } from './html';
import { meetingsToIcs } from './ics';
import { markdownDocument, meetingToMarkdown } from './markdown';
import { meetingRecords } from './meeting-records';
import { wholeDocument, type ContentsEntry, type ExportDocument, type ExportFile, type ExportFormat, type ExportSelection, type MeetingRecord } from './types';

export const noMeetings = () => invalid('There are no meetings in that selection to export. Choose another mentor or date range.');

export function titleFor(selection: ExportSelection, meetings: ContentsEntry[]): string {
  if (selection.kind === 'meeting' && meetings[0]) return meetingFileStem(meetings[0]);
  if (selection.kind === 'mentor' && meetings[0]) return `Meetings with ${meetings[0].mentor.name}`;
  if (selection.kind === 'range') return `Mentor meetings ${selection.from} to ${selection.to}`;
  return 'Mentor meetings';
}

/** One-file-per-meeting names: the meeting's day and mentor, " (2)" for the second of the same day. */
export function meetingFileNames(meetings: ContentsEntry[]): string[] {
  const used = new Set<string>();
  return meetings.map((m) => {
    let name = safeFileName(meetingFileStem(m), 'md');
    for (let n = 2; used.has(name); n++) name = safeFileName(meetingFileStem(m), 'md', { suffix: ` (${n})` });
    used.add(name);
    return name;
  });
}

/** The one-file formats as pieces (head, a section per meeting, tail), written whole or streamed. */
export function documentFor(format: 'markdown' | 'html', meetings: ContentsEntry[], title: string): { name: string; mimeType: string; document: ExportDocument } {
  return format === 'markdown'
    ? { name: safeFileName(title, 'md'), mimeType: 'text/markdown', document: markdownDocument(meetings, title) }
    : { name: safeFileName(title, 'html'), mimeType: 'text/html', document: htmlDocument(meetings, title) };
}

/** Meeting notes in the chosen format, as files (several for one-file-per-meeting Markdown), built in memory. */
export function exportMeetings(db: Db, selection: ExportSelection, format: ExportFormat, now: Date, timeZone: string): ExportFile[] {
  const records = meetingRecords(db, selection, timeZone);
  if (records.length === 0) throw noMeetings();
  return exportFiles(records, selection, format, now);
}

/** The files for records already read: no database here (the benchmark's raw side shares it). */
export function exportFiles(records: MeetingRecord[], selection: ExportSelection, format: ExportFormat, now: Date): ExportFile[] {
  const title = titleFor(selection, records);
  switch (format) {
    case 'markdown-files': {
      const names = meetingFileNames(records);
      return records.map((m, i) => ({ name: names[i], mimeType: 'text/markdown', content: meetingToMarkdown(m, { frontMatter: true }) }));
    }
    case 'markdown':
    case 'html': {
      const { name, mimeType, document } = documentFor(format, records, title);
      return [{ name, mimeType, content: wholeDocument(document, records) }];
    }
    case 'ics':
      return [{ name: safeFileName(title, 'ics'), mimeType: 'text/calendar', content: meetingsToIcs(records, now) }];
  }
}

import type { Db } from '../db/client';
import { invalid } from '../errors';
import { meetingFileStem, safeFileName } from './file-names';
import { meetingsToHtml } from './html';
import { meetingsToIcs } from './ics';
import { meetingToMarkdown, meetingsToMarkdown } from './markdown';
import { meetingRecords } from './meeting-records';
import type { ExportFile, ExportFormat, ExportSelection, MeetingRecord } from './types';

function titleFor(selection: ExportSelection, records: MeetingRecord[]): string {
  if (selection.kind === 'meeting' && records[0]) return meetingFileStem(records[0]);
  if (selection.kind === 'mentor' && records[0]) return `Meetings with ${records[0].mentor.name}`;
  if (selection.kind === 'range') return `Mentor meetings ${selection.from} to ${selection.to}`;
  return 'Mentor meetings';
}

/** Meeting notes in the chosen format, as files (several for one-file-per-meeting Markdown). */
export function exportMeetings(db: Db, selection: ExportSelection, format: ExportFormat, now: Date, timeZone: string): ExportFile[] {
  const records = meetingRecords(db, selection, timeZone);
  if (records.length === 0) throw invalid('There are no meetings in that selection to export. Choose another mentor or date range.');
  return exportFiles(records, selection, format, now);
}

/** The files for records already read: no database here (the benchmark's raw side shares it). */
export function exportFiles(records: MeetingRecord[], selection: ExportSelection, format: ExportFormat, now: Date): ExportFile[] {
  const title = titleFor(selection, records);
  switch (format) {
    case 'markdown-files': {
      const used = new Set<string>();
      return records.map((m) => {
        let name = safeFileName(meetingFileStem(m), 'md');
        for (let n = 2; used.has(name); n++) name = safeFileName(meetingFileStem(m), 'md', { suffix: ` (${n})` });
        used.add(name);
        return { name, mimeType: 'text/markdown', content: meetingToMarkdown(m, { frontMatter: true }) };
      });
    }
    case 'markdown':
      return [
        {
          name: safeFileName(title, 'md'),
          mimeType: 'text/markdown',
          content: records.length === 1 ? meetingToMarkdown(records[0], { frontMatter: true }) : meetingsToMarkdown(records, title),
        },
      ];
    case 'html':
      return [{ name: safeFileName(title, 'html'), mimeType: 'text/html', content: meetingsToHtml(records, title) }];
    case 'ics':
      return [{ name: safeFileName(title, 'ics'), mimeType: 'text/calendar', content: meetingsToIcs(records, now) }];
  }
}

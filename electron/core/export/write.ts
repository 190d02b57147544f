import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/client';
import { documentFor, exportFiles, meetingFileNames, noMeetings, titleFor } from './exports';
import { meetingToMarkdown } from './markdown';
import { selectMeetings } from './meeting-records';
import { safeFileName } from './file-names';
import { placeBeside, streamAtomically } from './place-files';
import type { ContentsEntry, ExportFormat, ExportSelection, MeetingRecord } from './types';

/** What is written before `target` is whole: its `.part` file (one-file-per-meeting: a folder of them). */
export const partOf = (target: string) => `${target}.part`;

/** Where an export goes: a folder, and the name the user chose in the save dialog (else the export's own). */
export interface ExportTarget {
  folder: string;
  fileName?: string;
}

const EXTENSION: Record<ExportFormat | 'pdf', string> = { markdown: 'md', 'markdown-files': 'md', html: 'html', ics: 'ics', pdf: 'pdf' };

/** The export's own file names: one per meeting for one-file-per-meeting Markdown, else one from its title. */
export function exportFileNames(selection: ExportSelection, format: ExportFormat | 'pdf', meetings: ContentsEntry[]): string[] {
  return format === 'markdown-files' ? meetingFileNames(meetings) : [safeFileName(titleFor(selection, meetings), EXTENSION[format])];
}

/**
 * Writes an export into `to` a chunk of meetings at a time (the records of 500 meetings in memory, never
 * the whole file), through `.part` files renamed at the end. One-file-per-meeting Markdown: the first
 * meeting under the target's name (the one the user confirmed), the others beside it under their own, never
 * replacing a file that is there. `onProgress` hears meetings done of the total. Returns the paths written.
 */
export function writeExport(
  db: Db,
  selection: ExportSelection,
  format: ExportFormat,
  now: Date,
  timeZone: string,
  to: ExportTarget,
  onProgress: (done: number, total: number) => void,
): string[] {
  const { meetings, chunks } = selectMeetings(db, selection, timeZone);
  if (meetings.length === 0) throw noMeetings();
  const title = titleFor(selection, meetings);
  const names = exportFileNames(selection, format, meetings);
  const target = path.join(to.folder, to.fileName ?? names[0]);
  let done = 0;
  const eachChunk = (write: (chunk: MeetingRecord[]) => void) => {
    onProgress(0, meetings.length);
    for (const chunk of chunks) {
      write(chunk);
      done += chunk.length;
      onProgress(done, meetings.length);
    }
  };
  switch (format) {
    case 'markdown':
    case 'html': {
      const { document } = documentFor(format, meetings, title);
      streamAtomically(target, (write) => {
        write(document.head);
        eachChunk((chunk) => write(chunk.map((m, i) => (done + i > 0 ? document.between : '') + document.section(m, done + i)).join('')));
        write(document.tail);
      });
      return [target];
    }
    case 'markdown-files':
      return writeMeetingFiles(target, names, eachChunk);
    case 'ics': {
      // A calendar is small (no notes): its records are gathered, then it is written in one piece.
      const records: MeetingRecord[] = [];
      eachChunk((chunk) => records.push(...chunk));
      streamAtomically(target, (write) => write(exportFiles(records, selection, 'ics', now)[0].content));
      return [target];
    }
  }
}

function writeMeetingFiles(target: string, names: string[], eachChunk: (write: (chunk: MeetingRecord[]) => void) => void): string[] {
  const staging = partOf(target);
  fs.mkdirSync(staging);
  try {
    let n = 0;
    eachChunk((chunk) => {
      for (const m of chunk) fs.writeFileSync(path.join(staging, String(n++)), meetingToMarkdown(m, { frontMatter: true }));
    });
    // Every file is whole before the first is put in place.
    fs.renameSync(path.join(staging, '0'), target);
    const folder = path.dirname(target);
    return [target, ...names.slice(1).map((name, i) => placeBeside(folder, name, path.join(staging, String(i + 1))))];
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

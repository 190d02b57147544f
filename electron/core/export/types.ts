import type { AgendaKind, AgendaStatus, CommitmentStatus, MeetingStatus } from '../values';

/** Which meetings to export. */
export type ExportSelection =
  | { kind: 'meeting'; meetingId: number }
  | { kind: 'mentor'; mentorId: number }
  | { kind: 'range'; from: string; to: string }
  | { kind: 'all' };

export const EXPORT_FORMATS = ['markdown', 'markdown-files', 'html', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One meeting with everything an export shows, read in a few queries. */
export interface MeetingRecord {
  id: number;
  scheduledAt: string;
  /** The meeting's calendar day in the user's time zone. */
  day: string;
  durationMinutes: number;
  location: string;
  status: MeetingStatus;
  notes: string;
  mentor: { id: number; name: string; email: string };
  goals: string[];
  agenda: { kind: AgendaKind; text: string; minutes: number; status: AgendaStatus }[];
  advice: { id: number; text: string; goal: string | null }[];
  commitments: { id: number; title: string; status: CommitmentStatus; dueDate: string | null; outcome: string; adviceId: number | null }[];
}

export interface ExportFile {
  name: string;
  mimeType: string;
  content: string;
}

export interface EmailDraft {
  to: string;
  subject: string;
  body: string;
  mailto: string | null;
}

/** What a contents list and a file name need of a meeting: known before its records are read. */
export interface ContentsEntry {
  day: string;
  mentor: { name: string };
}

/** A file of meetings as pieces, so it is the same bytes written whole or streamed a chunk at a time. */
export interface ExportDocument {
  head: string;
  section(meeting: MeetingRecord, index: number): string;
  between: string;
  tail: string;
}

export const wholeDocument = (document: ExportDocument, records: MeetingRecord[]) => document.head + records.map((m, i) => document.section(m, i)).join(document.between) + document.tail;

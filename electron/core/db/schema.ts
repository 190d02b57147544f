import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  ADVICE_VERDICTS,
  AGENDA_KINDS,
  AGENDA_PRIORITIES,
  AGENDA_STATUSES,
  CALENDAR_DECISIONS,
  CALENDAR_MATCH_REASONS,
  CALENDAR_SOURCE_KINDS,
  COMMITMENT_OWNERS,
  COMMITMENT_STATUSES,
  GOAL_STATUSES,
  INTERACTION_KINDS,
  MEETING_STATUSES,
  MENTOR_TYPES,
} from '../values';

// Timestamps are ISO-8601 UTC strings (they sort correctly as text and survive both IPC and JSON);
// calendar dates (due dates, target dates) are plain 'YYYY-MM-DD' strings in the user's calendar.
// The record's identity across devices (sync); local integer ids stay for the UI and foreign keys.
// Filled by a trigger on insert (see core/sync/triggers.ts) so every insert path gets one.
const globalId = () => text('gid');

const timestamps = {
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
};

export const mentors = sqliteTable(
  'mentors',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    gid: globalId(),
    name: text('name').notNull(),
    role: text('role').notNull().default(''),
    organization: text('organization').notNull().default(''),
    email: text('email').notNull().default(''),
    type: text('type', { enum: MENTOR_TYPES }).notNull().default('career'),
    helpsWith: text('helps_with').notNull().default(''),
    howWeMet: text('how_we_met').notNull().default(''),
    keepInTouchCadenceDays: integer('keep_in_touch_cadence_days').notNull().default(30),
    notes: text('notes').notNull().default(''),
    agreementMeetingFrequency: text('agreement_meeting_frequency').notNull().default(''),
    agreementSessionLength: text('agreement_session_length').notNull().default(''),
    agreementFocus: text('agreement_focus').notNull().default(''),
    agreementConfidentiality: text('agreement_confidentiality').notNull().default(''),
    archivedAt: text('archived_at'),
    ...timestamps,
  },
  (t) => [uniqueIndex('mentors_gid_idx').on(t.gid), index('mentors_name_idx').on(t.name), index('mentors_archived_idx').on(t.archivedAt)],
);

export const goals = sqliteTable(
  'goals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    gid: globalId(),
    title: text('title').notNull(),
    why: text('why').notNull().default(''),
    successCriteria: text('success_criteria').notNull().default(''),
    targetDate: text('target_date'),
    status: text('status', { enum: GOAL_STATUSES }).notNull().default('active'),
    achievedAt: text('achieved_at'),
    ...timestamps,
  },
  (t) => [uniqueIndex('goals_gid_idx').on(t.gid), index('goals_status_target_idx').on(t.status, t.targetDate)],
);

export const goalMentors = sqliteTable(
  'goal_mentors',
  {
    goalId: integer('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
    mentorId: integer('mentor_id')
      .notNull()
      .references(() => mentors.id, { onDelete: 'cascade' }),
    canHelpWith: text('can_help_with').notNull().default(''),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.goalId, t.mentorId] }), index('goal_mentors_mentor_idx').on(t.mentorId)],
);

export const meetings = sqliteTable(
  'meetings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    gid: globalId(),
    mentorId: integer('mentor_id')
      .notNull()
      .references(() => mentors.id, { onDelete: 'cascade' }),
    scheduledAt: text('scheduled_at').notNull(),
    durationMinutes: integer('duration_minutes').notNull().default(30),
    location: text('location').notNull().default(''),
    status: text('status', { enum: MEETING_STATUSES }).notNull().default('planned'),
    notes: text('notes').notNull().default(''),
    // A repeating series stores its interval; only the next occurrence is ever created.
    repeatEveryDays: integer('repeat_every_days'),
    heldAt: text('held_at'),
    cancelledAt: text('cancelled_at'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('meetings_gid_idx').on(t.gid),
    index('meetings_mentor_scheduled_idx').on(t.mentorId, t.scheduledAt),
    index('meetings_status_scheduled_idx').on(t.status, t.scheduledAt),
    // A mentor's last held meeting is one seek (relationship health on the mentors list and reconnect list).
    index('meetings_mentor_status_scheduled_idx').on(t.mentorId, t.status, t.scheduledAt),
    // The past meetings list walks this backwards and stops at the page size.
    index('meetings_scheduled_idx').on(t.scheduledAt),
  ],
);

export const agendaTemplates = sqliteTable(
  'agenda_templates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    gid: globalId(),
    name: text('name').notNull(),
    // JSON array of { kind, text, minutes }
    itemsJson: text('items_json').notNull().default('[]'),
    builtIn: integer('built_in', { mode: 'boolean' }).notNull().default(false),
    ...timestamps,
  },
  (t) => [uniqueIndex('agenda_templates_gid_idx').on(t.gid)],
);

export const agendaItems = sqliteTable(
  'agenda_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    gid: globalId(),
    mentorId: integer('mentor_id')
      .notNull()
      .references(() => mentors.id, { onDelete: 'cascade' }),
    // null = in the mentor's backlog; deleting a meeting returns its items to the backlog.
    meetingId: integer('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    // The meeting an item went back to the backlog from (not reached, or left for next time). No foreign
    // key: SQLite cannot add one with ON DELETE to an existing table, and a deleted meeting just reads as none.
    carriedFromMeetingId: integer('carried_from_meeting_id'),
    goalId: integer('goal_id').references(() => goals.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: AGENDA_KINDS }).notNull().default('question'),
    text: text('text').notNull(),
    minutes: integer('minutes').notNull().default(5),
    priority: text('priority', { enum: AGENDA_PRIORITIES }).notNull().default('normal'),
    position: real('position').notNull().default(0),
    status: text('status', { enum: AGENDA_STATUSES }).notNull().default('open'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('agenda_items_gid_idx').on(t.gid),
    index('agenda_items_meeting_idx').on(t.meetingId, t.position),
    index('agenda_items_mentor_backlog_idx').on(t.mentorId, t.meetingId, t.position),
    // A goal's meetings (the goal page) read from the index alone, not one agenda row each.
    index('agenda_items_goal_meeting_idx').on(t.goalId, t.meetingId),
    // A mentor's asks, newest first, and how many since the last give (the mentor page): one range each.
    index('agenda_items_mentor_kind_created_idx').on(t.mentorId, t.kind, t.createdAt),
  ],
);

export const advice = sqliteTable(
  'advice',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    gid: globalId(),
    meetingId: integer('meeting_id').references(() => meetings.id, { onDelete: 'cascade' }),
    mentorId: integer('mentor_id')
      .notNull()
      .references(() => mentors.id, { onDelete: 'cascade' }),
    goalId: integer('goal_id').references(() => goals.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    verdict: text('verdict', { enum: ADVICE_VERDICTS }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('advice_gid_idx').on(t.gid),
    index('advice_meeting_idx').on(t.meetingId),
    index('advice_mentor_idx').on(t.mentorId, t.createdAt),
    // The advice library reads a page newest first, all advice or one goal's: an index walk that stops at the page.
    index('advice_created_idx').on(t.createdAt),
    // With the meeting too, the goal page reads a goal's meetings from the index alone.
    index('advice_goal_created_idx').on(t.goalId, t.createdAt, t.meetingId),
  ],
);

export const commitments = sqliteTable(
  'commitments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    gid: globalId(),
    adviceId: integer('advice_id').references(() => advice.id, { onDelete: 'set null' }),
    meetingId: integer('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    mentorId: integer('mentor_id').references(() => mentors.id, { onDelete: 'cascade' }),
    goalId: integer('goal_id').references(() => goals.id, { onDelete: 'set null' }),
    owner: text('owner', { enum: COMMITMENT_OWNERS }).notNull().default('me'),
    title: text('title').notNull(),
    dueDate: text('due_date'),
    status: text('status', { enum: COMMITMENT_STATUSES }).notNull().default('open'),
    outcome: text('outcome').notNull().default(''),
    dropReason: text('drop_reason').notNull().default(''),
    completedAt: text('completed_at'),
    droppedAt: text('dropped_at'),
    reportedBackAt: text('reported_back_at'),
    snoozedUntil: text('snoozed_until'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('commitments_gid_idx').on(t.gid),
    // Ordered by due date then id (the board's pages read it directly, LIMIT without sorting).
    index('commitments_status_due_idx').on(t.status, t.dueDate),
    // Covering the counts the dashboard and board show (overdue, awaiting report-back), so they never read the table.
    index('commitments_status_due_snoozed_idx').on(t.status, t.dueDate, t.snoozedUntil),
    index('commitments_status_reported_idx').on(t.status, t.reportedBackAt),
    // Report-back reminders count the unreported done ones by completion without reading each row.
    index('commitments_unreported_completed_idx').on(t.status, t.reportedBackAt, t.completedAt, t.mentorId),
    // Snoozed commitments are few: the reminder plan reads them all without walking every open one.
    index('commitments_snoozed_idx').on(t.snoozedUntil).where(sql`${t.snoozedUntil} IS NOT NULL`),
    index('commitments_status_completed_idx').on(t.status, t.completedAt),
    index('commitments_status_dropped_idx').on(t.status, t.droppedAt),
    // The measures per mentor and goal read a period's done and dropped commitments from these alone (no table rows).
    index('commitments_done_measures_idx').on(t.status, t.completedAt, t.mentorId, t.goalId, t.reportedBackAt),
    index('commitments_dropped_measures_idx').on(t.status, t.droppedAt, t.mentorId, t.goalId),
    // A mentor's open commitments, undated last (the mentor page): the first few straight from the index.
    index('commitments_mentor_status_due_idx').on(t.mentorId, t.status, sql`(${t.dueDate} is null)`, t.dueDate),
    // Open commitments per mentor (the mentors list) read as one covering range of the open ones.
    index('commitments_status_mentor_idx').on(t.status, t.mentorId),
    // The prep brief's 'to report back' list: one mentor's done commitments, newest first, without scanning every done one.
    index('commitments_mentor_completed_idx').on(t.mentorId, t.status, t.completedAt),
    index('commitments_goal_idx').on(t.goalId, t.status),
    // A goal's commitments, undated last (the goal page): the first few straight from the index.
    index('commitments_goal_due_idx').on(t.goalId, sql`(${t.dueDate} is null)`, t.dueDate),
    index('commitments_advice_idx').on(t.adviceId),
    // A meeting's commitments not made from its advice (the meeting page): both columns, or the planner
    // walks every commitment without advice (a NULL advice_id looks like five rows to its statistics).
    index('commitments_meeting_advice_idx').on(t.meetingId, t.adviceId),
  ],
);

export const interactions = sqliteTable(
  'interactions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    gid: globalId(),
    mentorId: integer('mentor_id')
      .notNull()
      .references(() => mentors.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: INTERACTION_KINDS }).notNull().default('message'),
    occurredAt: text('occurred_at').notNull(),
    note: text('note').notNull().default(''),
    ...timestamps,
  },
  (t) => [uniqueIndex('interactions_gid_idx').on(t.gid), index('interactions_mentor_idx').on(t.mentorId, t.occurredAt)],
);

export const gives = sqliteTable(
  'gives',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    gid: globalId(),
    mentorId: integer('mentor_id')
      .notNull()
      .references(() => mentors.id, { onDelete: 'cascade' }),
    description: text('description').notNull(),
    givenOn: text('given_on').notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('gives_gid_idx').on(t.gid), index('gives_mentor_idx').on(t.mentorId, t.givenOn)],
);

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  valueJson: text('value_json').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const reminderLog = sqliteTable(
  'reminder_log',
  {
    // Stable identity of a reminder, e.g. 'commitment-due:42:2026-11-23'; a row means it has fired.
    reminderKey: text('reminder_key').primaryKey(),
    kind: text('kind').notNull(),
    firedAt: text('fired_at').notNull(),
    dismissedAt: text('dismissed_at'),
    createdAt: text('created_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [index('reminder_log_fired_idx').on(t.firedAt)],
);

// Calendars the user imports from or subscribes to. A file import is a source too (keyed by its name),
// so a later import of the same calendar can tell moved, cancelled and deleted events apart.
export const calendarSources = sqliteTable('calendar_sources', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  kind: text('kind', { enum: CALENDAR_SOURCE_KINDS }).notNull(),
  name: text('name').notNull(),
  url: text('url').notNull().default(''),
  username: text('username').notNull().default(''),
  // Desktop: the OS keychain's (safeStorage) encrypted blob, base64; never the plain password.
  passwordEncrypted: text('password_encrypted'),
  // Browser mode has no keychain: only when the user opts in is the password kept, and then as it is.
  passwordUnencrypted: text('password_unencrypted'),
  lastRefreshedAt: text('last_refreshed_at'),
  lastError: text('last_error').notNull().default(''),
  ...timestamps,
});

// What the user decided about one calendar series (an event's UID): meetings with this mentor, or not.
export const calendarSeries = sqliteTable(
  'calendar_series',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sourceId: integer('source_id')
      .notNull()
      .references(() => calendarSources.id, { onDelete: 'cascade' }),
    uid: text('uid').notNull(),
    summary: text('summary').notNull().default(''),
    mentorId: integer('mentor_id').references(() => mentors.id, { onDelete: 'set null' }),
    matchedBy: text('matched_by', { enum: CALENDAR_MATCH_REASONS }),
    decision: text('decision', { enum: CALENDAR_DECISIONS }).notNull().default('pending'),
    decidedAt: text('decided_at'),
    ...timestamps,
  },
  (t) => [uniqueIndex('calendar_series_source_uid_idx').on(t.sourceId, t.uid), index('calendar_series_decision_idx').on(t.decision)],
);

// One occurrence of a series as the calendar last showed it ('' = not a recurring instance).
export const calendarEvents = sqliteTable(
  'calendar_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    seriesId: integer('series_id')
      .notNull()
      .references(() => calendarSeries.id, { onDelete: 'cascade' }),
    originalStart: text('original_start').notNull().default(''),
    summary: text('summary').notNull().default(''),
    startsAt: text('starts_at').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    location: text('location').notNull().default(''),
    cancelled: integer('cancelled', { mode: 'boolean' }).notNull().default(false),
    removedAt: text('removed_at'),
    meetingId: integer('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    // Set once a meeting was made for it: a meeting the user deleted since is not made again.
    meetingMadeAt: text('meeting_made_at'),
    interactionId: integer('interaction_id').references(() => interactions.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('calendar_events_series_start_idx').on(t.seriesId, t.originalStart),
    index('calendar_events_meeting_idx').on(t.meetingId),
  ],
);

// Sync (core/sync): this device's identity and progress; one row, id = 1.
export const syncState = sqliteTable('sync_state', {
  id: integer('id').primaryKey(),
  deviceId: text('device_id').notNull(),
  deviceName: text('device_name').notNull().default(''),
  // 1 while the user's changes are being recorded for other devices (sync set up); triggers read it.
  capturing: integer('capturing').notNull().default(0),
  paused: integer('paused', { mode: 'boolean' }).notNull().default(false),
  // Where the sync files go: { kind: 'folder', path } or { kind: 'webdav', url, username }; null = off.
  targetJson: text('target_json'),
  // Highest outbox seq already folded into sync_rows / already written to a change file.
  flushedSeq: integer('flushed_seq').notNull().default(0),
  writtenSeq: integer('written_seq').notNull().default(0),
  // The hybrid logical clock, kept across restarts so timestamps never go backwards.
  clock: text('clock'),
  lastSyncAt: text('last_sync_at'),
  lastError: text('last_error'),
  triggersVersion: text('triggers_version'),
  updatedAt: text('updated_at').notNull(),
});

// Every change to a synced row, written by triggers in the same transaction as the change.
export const syncOutbox = sqliteTable('sync_outbox', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  ts: text('ts').notNull(),
  tableName: text('table_name').notNull(),
  rowKey: text('row_key').notNull(),
  op: text('op', { enum: ['upsert', 'delete'] }).notNull(),
  valuesJson: text('values_json').notNull().default('{}'),
  // Comma-separated columns this change set.
  changed: text('changed').notNull().default(''),
  // For a note body: the timestamp of the text this edit replaced (finds edits made on two devices).
  baseTs: text('base_ts'),
});

// The newest timestamp of every synced cell, and tombstones: what last-writer-wins compares against.
export const syncRows = sqliteTable(
  'sync_rows',
  {
    tableName: text('table_name').notNull(),
    rowKey: text('row_key').notNull(),
    columnTsJson: text('column_ts_json').notNull().default('{}'),
    deletedTs: text('deleted_ts'),
    // Values this device knows but cannot show yet, as global ids: a row whose parent is gone here (kept, so it
    // comes back if the parent does), or, for a row that is here, references whose record is gone (shown as none).
    parkedJson: text('parked_json'),
  },
  (t) => [
    primaryKey({ columns: [t.tableName, t.rowKey] }),
    index('sync_rows_parked_idx').on(t.tableName).where(sql`${t.parkedJson} IS NOT NULL`),
  ],
);

// Other devices seen in the sync folder, and how far their changes have been applied here.
export const syncPeers = sqliteTable('sync_peers', {
  deviceId: text('device_id').primaryKey(),
  deviceName: text('device_name').notNull().default(''),
  appliedSeq: integer('applied_seq').notNull().default(0),
  lastSeenAt: text('last_seen_at'),
  appVersion: text('app_version').notNull().default(''),
  removedAt: text('removed_at'),
});

// A meeting's notes edited on two devices: the text that lost last-writer-wins, kept for the user to choose.
export const noteConflicts = sqliteTable('note_conflicts', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  meetingGid: text('meeting_gid').notNull(),
  otherNotes: text('other_notes').notNull(),
  otherTs: text('other_ts').notNull(),
  otherDeviceId: text('other_device_id').notNull(),
  createdAt: text('created_at').notNull(),
  resolvedAt: text('resolved_at'),
});

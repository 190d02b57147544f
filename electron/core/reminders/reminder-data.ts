import type { Db } from '../db/client';
import { prepared } from '../db/prepared';
import { COUNT_CAP } from '../followups/types';
import { addDays, dayIn, zonedTimeToUtc } from '../zoned-time';
import { overdueToReconnect } from '../mentors/health';
import type { Settings } from '../settings/settings';
import { toInstant } from './bad-rows';
import { DUE_HOUR } from './engine';
import { SHOWN_PER_KIND } from './summaries';
import type { ReminderData } from './types';

const DAY_MS = 86_400_000;
const IS_DAY = '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]';
const IS_INSTANT = `${IS_DAY}T*`;

type Row = Record<string, unknown>;
const COUNTED = COUNT_CAP + SHOWN_PER_KIND;

const COMMITMENT = `SELECT c.id, c.title, c.due_date AS dueDate, c.snoozed_until AS snoozedUntil, m.name AS mentorName, c.updated_at AS changedAt
  FROM commitments c LEFT JOIN mentors m ON m.id = c.mentor_id`;
// Open, not snoozed, with a well-formed due day; a dismissed occurrence (its key in the hidden list) is left out.
const OPEN_DUE = `c.status = 'open' AND c.snoozed_until IS NULL AND c.due_date GLOB '${IS_DAY}'`;
const NOT_HIDDEN_DUE = ` AND ('commitment-due:' || c.id || ':' || c.due_date) NOT IN (SELECT value FROM json_each(:hidden))`;
const REPORT = `SELECT c.id, c.title, c.completed_at AS completedAt, m.name AS mentorName, c.updated_at AS changedAt
  FROM commitments c JOIN mentors m ON m.id = c.mentor_id`;
// mentor_id IS NOT NULL stands for the join (foreign keys hold), so counting reads only the covering index.
const UNREPORTED = `c.status = 'done' AND c.reported_back_at IS NULL AND c.mentor_id IS NOT NULL AND c.completed_at GLOB '${IS_INSTANT}'`;
const NOT_HIDDEN_REPORT = ` AND ('report-back:' || c.id) NOT IN (SELECT value FROM json_each(:hidden))`;

/**
 * Reads what the reminder engine needs, proportional to what is shown: the most recently due few of
 * the big kinds (open and unreported commitments) with a count of the rest, the next one to fall due,
 * and every row whose dates cannot be read (so the engine can skip and log it).
 */
export function loadReminderData(db: Db, now: Date, timeZone: string, settings: Settings['reminders']): ReminderData {
  const all = (sql: string, params: Row = {}) => prepared(db, sql, () => db.$client.prepare(sql)).all(params) as Row[];
  const nowIso = now.toISOString();
  const hiddenUntil = new Map<string, string>();
  for (const h of all('SELECT reminder_key AS key, dismissed_at AS until FROM reminder_log WHERE dismissed_at > :now', { now: nowIso })) {
    const until = toInstant(String(h.until));
    if (until !== null && until > nowIso) hiddenUntil.set(String(h.key), until);
  }
  const hidden = JSON.stringify([...hiddenUntil.keys()]);
  // Most of the time nothing is hidden: the plain statements then skip the per-row key check.
  const hiddenKinds = new Set([...hiddenUntil.keys()].map((key) => key.slice(0, key.indexOf(':'))));
  const openDue = OPEN_DUE + (hiddenKinds.has('commitment-due') ? NOT_HIDDEN_DUE : '');
  const unreported = UNREPORTED + (hiddenKinds.has('report-back') ? NOT_HIDDEN_REPORT : '');

  // A commitment is due from 9:00 on its due day in the user's zone: before then, only up to yesterday.
  const today = dayIn(now, timeZone);
  const cutoff = zonedTimeToUtc(today, DUE_HOUR, 0, timeZone) <= now ? today : addDays(today, -1);
  // Counting stops at COUNT_CAP past the listed ones ("999+"), so ten years cost what one does.
  const dueCount = all(
    `SELECT count(*) AS n, coalesce(sum(d < :today), 0) AS overdue FROM (SELECT c.due_date AS d FROM commitments c WHERE ${openDue} AND c.due_date <= :cutoff LIMIT ${COUNTED})`,
    { hidden, today, cutoff },
  )[0];
  const newestDue = all(`${COMMITMENT} WHERE ${openDue} AND c.due_date <= :cutoff ORDER BY c.due_date DESC, c.id DESC LIMIT ${SHOWN_PER_KIND}`, { hidden, cutoff });
  const nextDue = all(`${COMMITMENT} WHERE ${openDue} AND c.due_date > :cutoff ORDER BY c.due_date LIMIT 1`, { hidden, cutoff });
  // Snoozes are few (each one a person's click): all of them, since a snooze may end before or after the due day.
  const snoozed = all(`${COMMITMENT} WHERE c.snoozed_until IS NOT NULL AND c.status = 'open'`);
  // Unreadable dates mostly start with a letter or a blank: two short index ranges find them for the log.
  const unreadableDue = all(`${COMMITMENT} WHERE c.status = 'open' AND (c.due_date < '0' OR c.due_date > '9') LIMIT 20`);

  const reportCut = new Date(now.getTime() - settings.reportBackAfterDays * DAY_MS).toISOString();
  const reportCount = all(`SELECT count(*) AS n FROM (SELECT 1 FROM commitments c WHERE ${unreported} AND c.completed_at <= :cut LIMIT ${COUNTED})`, { hidden, cut: reportCut })[0];
  const newestReport = all(`${REPORT} WHERE ${unreported} AND c.completed_at <= :cut ORDER BY c.completed_at DESC, c.id DESC LIMIT ${SHOWN_PER_KIND}`, { hidden, cut: reportCut });
  const nextReport = all(`${REPORT} WHERE ${unreported} AND c.completed_at > :cut ORDER BY c.completed_at LIMIT 1`, { hidden, cut: reportCut });
  const unreadableReport = all(`${REPORT} WHERE c.status = 'done' AND c.reported_back_at IS NULL AND (c.completed_at < '0' OR c.completed_at > '9') LIMIT 20`);

  const plannedMeetings = all(
    `SELECT mt.id, mt.scheduled_at AS scheduledAt, m.name AS mentorName, mt.updated_at AS changedAt,
            (SELECT count(*) FROM agenda_items a WHERE a.meeting_id = mt.id) AS agendaCount
     FROM meetings mt JOIN mentors m ON m.id = mt.mentor_id
     WHERE mt.status = 'planned' AND mt.scheduled_at > :now`,
    { now: nowIso },
  );
  const overdueMentors = overdueToReconnect(db, now).map((h) => ({ mentorId: h.mentorId, name: h.name, nextContactDueAt: h.nextContactDueAt!, daysOverdue: h.daysOverdue }));
  const overdueLoaded = newestDue.filter((c) => String(c.dueDate) < today).length;
  return {
    openCommitments: [...newestDue, ...nextDue, ...snoozed, ...unreadableDue] as ReminderData['openCommitments'],
    unreportedDone: [...newestReport, ...nextReport, ...unreadableReport] as ReminderData['unreportedDone'],
    plannedMeetings: plannedMeetings as ReminderData['plannedMeetings'],
    overdueMentors,
    hiddenUntil,
    notLoaded: {
      commitmentDue: Number(dueCount.n) - newestDue.length,
      commitmentOverdue: Number(dueCount.overdue) - overdueLoaded,
      reportBack: Number(reportCount.n) - newestReport.length,
    },
  };
}

import { isOverdue } from '../followups/overdue';
import type { Settings } from '../settings/settings';
import { plural } from '../plural';
import { addDays, dayIn, localMinuteOfDay, relativeDay, zonedTimeToUtc } from '../zoned-time';
import type { Reminder, ReminderData, ReminderKind, ReminderPlan } from './types';
import { isDay, skipBadRow, toInstant } from './bad-rows';
import { summarise } from './summaries';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** Commitments are due at the start of the working day on their due date. */
export const DUE_HOUR = 9;

const KIND_SETTING: Record<ReminderKind, keyof Settings['reminders']> = {
  'commitment-due': 'commitmentDue',
  'snooze-end': 'commitmentDue',
  'meeting-prep': 'meetingPrep',
  'meeting-brief': 'meetingPrep',
  'report-back': 'reportBack',
  'keep-in-touch': 'keepInTouch',
};

/** A dismissed reminder is hidden until this instant: for good, since a new occurrence has a new key. */
export const HIDDEN_FOR_GOOD = '9999-12-31T23:59:59.999Z';

const parseHm = (hm: string) => Number(hm.slice(0, 2)) * 60 + Number(hm.slice(3, 5));

/** Every reminder the data implies, due or not, each with its stable key; rows it cannot read are skipped and logged. */
export function allReminders(data: ReminderData, settings: Settings['reminders'], timeZone: string, now: Date): Reminder[] {
  const out: Reminder[] = [];
  const today = dayIn(now, timeZone);
  // Many commitments share a due day; converting each day once keeps thousands of rows cheap.
  const dueInstants = new Map<string, string>();
  const dueInstant = (day: string) => {
    let at = dueInstants.get(day);
    if (!at) dueInstants.set(day, (at = zonedTimeToUtc(day, DUE_HOUR, 0, timeZone).toISOString()));
    return at;
  };
  for (const c of data.openCommitments) {
    if (c.dueDate !== null && !isDay(c.dueDate)) {
      skipBadRow('commitments', c.id, 'due_date', c.dueDate);
      continue;
    }
    const snoozedUntil = c.snoozedUntil === null ? null : toInstant(c.snoozedUntil);
    if (c.snoozedUntil !== null && snoozedUntil === null) {
      skipBadRow('commitments', c.id, 'snoozed_until', c.snoozedUntil);
      continue;
    }
    const overdue = isOverdue(c, today);
    const who = c.mentorName ? ` (${c.mentorName})` : '';
    const route = `/follow-ups?commitment=${c.id}`;
    const dueAt = c.dueDate ? dueInstant(c.dueDate) : null;
    const changedAt = c.changedAt;
    // A snooze replaces the due reminder with one at the snooze's end (a fresh key, so it fires again).
    if (snoozedUntil && (dueAt === null || dueAt <= snoozedUntil)) {
      out.push({ key: `snooze-end:${c.id}:${c.snoozedUntil}`, kind: 'snooze-end', title: `Back from snooze: ${c.title}`, body: `Snoozed commitment${who}`, route, dueAt: snoozedUntil, overdue, commitmentId: c.id, changedAt });
      continue;
    }
    if (c.dueDate && dueAt) {
      out.push({
        key: `commitment-due:${c.id}:${c.dueDate}`,
        kind: 'commitment-due',
        title: `Due: ${c.title}`,
        body: `Commitment due ${relativeDay(c.dueDate, today)}${who}`,
        route,
        dueAt,
        overdue,
        commitmentId: c.id,
        changedAt,
      });
    }
  }
  for (const c of data.unreportedDone) {
    const completedAt = toInstant(c.completedAt);
    if (completedAt === null) {
      skipBadRow('commitments', c.id, 'completed_at', c.completedAt);
      continue;
    }
    out.push({
      key: `report-back:${c.id}`,
      kind: 'report-back',
      title: `Tell ${c.mentorName ?? 'your mentor'} how it went`,
      body: `“${c.title}” is done — close the loop.`,
      route: `/follow-ups?commitment=${c.id}`,
      dueAt: new Date(new Date(completedAt).getTime() + settings.reportBackAfterDays * DAY_MS).toISOString(),
      overdue: false,
      commitmentId: c.id,
      changedAt: c.changedAt,
    });
  }
  for (const m of data.plannedMeetings) {
    const at = Date.parse(m.scheduledAt);
    if (!Number.isFinite(at)) {
      skipBadRow('meetings', m.id, 'scheduled_at', m.scheduledAt);
      continue;
    }
    if (at <= now.getTime()) continue;
    if (m.agendaCount === 0) {
      out.push({
        key: `meeting-prep:${m.id}:${m.scheduledAt}`,
        kind: 'meeting-prep',
        title: `Prepare for ${m.mentorName}`,
        body: 'The agenda is still empty. Respect their time: plan it now.',
        route: `/meetings/${m.id}`,
        dueAt: new Date(at - settings.prepLeadMinutes * MINUTE_MS).toISOString(),
        overdue: false,
        meetingId: m.id,
        changedAt: m.changedAt,
      });
    }
    out.push({
      key: `meeting-brief:${m.id}:${m.scheduledAt}`,
      kind: 'meeting-brief',
      title: `Coming up: ${m.mentorName}`,
      body: 'Your prep brief is ready — read it before the call.',
      route: `/meetings/${m.id}/prep`,
      dueAt: new Date(at - DAY_MS).toISOString(),
      overdue: false,
      meetingId: m.id,
      changedAt: m.changedAt,
    });
  }
  for (const m of data.overdueMentors) {
    const dueAt = toInstant(m.nextContactDueAt);
    if (dueAt === null) {
      skipBadRow('mentors', m.mentorId, 'next contact', m.nextContactDueAt);
      continue;
    }
    out.push({
      key: `keep-in-touch:${m.mentorId}:${dayIn(dueAt, timeZone)}`,
      kind: 'keep-in-touch',
      title: `Reconnect with ${m.name}`,
      body: `${plural(m.daysOverdue, 'day')} past your keep-in-touch cadence.`,
      route: `/mentors/${m.mentorId}`,
      dueAt,
      overdue: true,
      mentorId: m.mentorId,
    });
  }
  return out;
}

/** The instant quiet hours end, if `now` is inside them; otherwise null. */
export function quietUntil(settings: Settings['reminders'], now: Date, timeZone: string): Date | null {
  if (!settings.quietHoursEnabled) return null;
  const start = parseHm(settings.quietHoursStart);
  const end = parseHm(settings.quietHoursEnd);
  if (start === end) return null;
  const minute = localMinuteOfDay(now, timeZone);
  const inside = start < end ? minute >= start && minute < end : minute >= start || minute < end;
  if (!inside) return null;
  const today = dayIn(now, timeZone);
  const endDay = start < end || minute < end ? today : addDays(today, 1);
  return zonedTimeToUtc(endDay, Math.floor(end / 60), end % 60, timeZone);
}

/**
 * A pure function of (data, settings, now): what is due now, and when to look again. Reminders of
 * switched-off kinds never appear; during quiet hours or a pause they stay listed (tray, reminder
 * center) but `heldUntil` says not to notify before then. Each kind lists its most recently due few;
 * the rest of a kind is one summary line, so ten years of overdue commitments stay one reminder.
 */
export function planReminders(data: ReminderData, settings: Settings['reminders'], now: Date, timeZone: string): ReminderPlan {
  const nowIso = now.toISOString();
  const pauseEnd = settings.pausedUntil ? toInstant(settings.pausedUntil) : null;
  const pausedUntil = pauseEnd && pauseEnd > nowIso ? pauseEnd : null;
  if (!settings.enabled) return { due: [], more: [], total: 0, overdue: false, nextDueAt: null, heldUntil: null, pausedUntil };
  const switchedOn = (kind: ReminderKind) => settings[KIND_SETTING[kind]] === true;
  const candidates = allReminders(data, settings, timeZone, now).filter((r) => switchedOn(r.kind));
  const visible = (r: Reminder) => {
    const hidden = data.hiddenUntil.get(r.key);
    return !hidden || hidden <= nowIso;
  };
  const { due, more } = summarise(
    candidates.filter((r) => r.dueAt <= nowIso && visible(r)),
    data.notLoaded,
    switchedOn,
  );
  const total = due.length + more.reduce((n, s) => n + s.count, 0);
  const overdue = due.some((r) => r.overdue) || more.some((s) => s.overdue);
  const future = [
    ...candidates.filter((r) => r.dueAt > nowIso).map((r) => r.dueAt),
    ...[...data.hiddenUntil.values()].filter((until) => until > nowIso && until !== HIDDEN_FOR_GOOD),
  ].sort();
  const quietEnd = quietUntil(settings, now, timeZone)?.toISOString() ?? null;
  const heldUntil = [pausedUntil, quietEnd].filter((v): v is string => v !== null).sort().at(-1) ?? null;
  if (!heldUntil) return { due, more, total, overdue, nextDueAt: future[0] ?? null, heldUntil: null, pausedUntil };
  // Held: nothing is delivered before the pause or quiet hours end.
  const waiting = total > 0 || (future[0] !== undefined && future[0] <= heldUntil);
  return { due, more, total, overdue, nextDueAt: waiting ? heldUntil : (future[0] ?? null), heldUntil, pausedUntil };
}

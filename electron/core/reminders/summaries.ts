import { COUNT_CAP } from '../followups/types';
import { pluralWord } from '../plural';
import type { Reminder, ReminderData, ReminderKind, ReminderSummary } from './types';

/** How many due reminders of one kind are listed one by one (the most recently due); the rest are one summary. */
export const SHOWN_PER_KIND = 10;

/** A count as people read it: the store stops counting at COUNT_CAP ("999+"). */
export const countText = (n: number) => (n >= COUNT_CAP ? `${COUNT_CAP - 1}+` : String(n));
const plural = (n: number, one: string, many: string) => `${countText(n)} more ${pluralWord(n, one, many)}`;

const SUMMARY: Record<ReminderKind, { route: string; title: (n: number, allOverdue: boolean) => string }> = {
  'commitment-due': {
    route: '/follow-ups',
    title: (n, allOverdue) => (allOverdue ? plural(n, 'overdue commitment', 'overdue commitments') : plural(n, 'commitment due', 'commitments due')),
  },
  'snooze-end': { route: '/follow-ups', title: (n) => plural(n, 'commitment back from snooze', 'commitments back from snooze') },
  'report-back': { route: '/follow-ups', title: (n) => plural(n, 'commitment to report back on', 'commitments to report back on') },
  'meeting-prep': { route: '/meetings', title: (n) => plural(n, 'meeting to prepare', 'meetings to prepare') },
  'meeting-brief': { route: '/meetings', title: (n) => plural(n, 'meeting coming up', 'meetings coming up') },
  'keep-in-touch': { route: '/mentors', title: (n) => plural(n, 'mentor to reconnect with', 'mentors to reconnect with') },
};

/**
 * Splits what is due into the few listed per kind (the most recently due, since they are the news) and
 * one summary per kind for the rest, counting the rows the store counted without loading.
 */
export function summarise(dueNow: Reminder[], notLoaded: ReminderData['notLoaded'], switchedOn: (kind: ReminderKind) => boolean) {
  const byKind = new Map<ReminderKind, Reminder[]>();
  for (const r of dueNow) {
    const list = byKind.get(r.kind);
    if (list) list.push(r);
    else byKind.set(r.kind, [r]);
  }
  const due: Reminder[] = [];
  const more: ReminderSummary[] = [];
  for (const kind of Object.keys(SUMMARY) as ReminderKind[]) {
    const newestFirst = (byKind.get(kind) ?? []).sort((a, b) => b.dueAt.localeCompare(a.dueAt) || b.key.localeCompare(a.key));
    const rest = newestFirst.slice(SHOWN_PER_KIND);
    due.push(...newestFirst.slice(0, SHOWN_PER_KIND));
    let count = rest.length;
    let overdueCount = rest.filter((r) => r.overdue).length;
    if (notLoaded && kind === 'commitment-due' && switchedOn(kind)) (count += notLoaded.commitmentDue), (overdueCount += notLoaded.commitmentOverdue);
    if (notLoaded && kind === 'report-back' && switchedOn(kind)) count += notLoaded.reportBack;
    if (count === 0) continue;
    const { route, title } = SUMMARY[kind];
    more.push({ kind, count, overdue: overdueCount > 0, title: title(count, overdueCount === count), route });
  }
  due.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.key.localeCompare(b.key));
  return { due, more };
}

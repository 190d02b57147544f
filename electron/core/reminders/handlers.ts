import type { Handlers } from '../operation';
import type { remindersContract } from './contract';
import { dismissReminder } from './reminder-log';
import { claimNotifications, pauseReminders, shownPlan, snoozeReminder } from './reminders';
import { trayModel } from './tray-model';

export const remindersHandlers: Handlers<typeof remindersContract> = {
  'reminders.due': (ctx, { timeZone }) => shownPlan(ctx.db, ctx.now(), timeZone),
  'reminders.claim': (ctx, { timeZone, missedBefore }) => claimNotifications(ctx.db, ctx.now(), timeZone, missedBefore ?? null),
  'reminders.snooze': (ctx, { until, ...reminder }) => (snoozeReminder(ctx.db, reminder, until, ctx.now()), null),
  'reminders.dismiss': (ctx, { key }) => (dismissReminder(ctx.db, key, ctx.now()), null),
  'reminders.pause': (ctx, { until }) => ({ pausedUntil: pauseReminders(ctx.db, until, ctx.now()).pausedUntil }),
  'reminders.trayModel': (ctx, { timeZone }) => trayModel(shownPlan(ctx.db, ctx.now(), timeZone), ctx.now(), timeZone),
};

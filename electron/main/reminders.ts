import { app, powerMonitor } from 'electron';
import type { Core } from '../core/app-core';
import { notificationsFor } from '../core/reminders/notification-plan';
import { deliverDue } from '../core/reminders/reminders';
import { trayModel, type TrayAction } from '../core/reminders/tray-model';
import { getSettings } from '../core/settings/settings';
import { firstDayOfWeekFor, systemTimeZone } from '../core/zoned-time';
import { dataChanged } from './data-changed';
import { notifyReminders } from './notifications';
import { openQuickCapture } from './quick-capture';
import { createScheduler } from './scheduler';
import { createTray } from './tray';

export interface DesktopReminderDeps {
  core: Core;
  openMainWindow(route?: string): void;
  quit(): void;
}

/** Tray, scheduler and notifications: the desktop face of the core's reminder engine. */
export function startDesktopReminders({ core, openMainWindow, quit }: DesktopReminderDeps) {
  const run = (operation: string, input: unknown) =>
    void core.call(operation, input).then((result) => {
      if (!result.ok) console.error(`[mentor-planner] tray ${operation}: ${result.error.message}`);
    });
  const markDone = (commitmentId: number) => run('commitments.complete', { id: commitmentId, outcome: '' });

  const onAction = (action: TrayAction) => {
    switch (action.type) {
      case 'open':
        return openMainWindow(action.route);
      case 'openApp':
        return openMainWindow();
      case 'complete':
        return markDone(action.commitmentId);
      case 'markReported':
        return run('commitments.markReported', { id: action.commitmentId });
      case 'snooze':
        return run('reminders.snooze', { ...action.reminder, until: action.until });
      case 'dismiss':
        return run('reminders.dismiss', { key: action.key });
      case 'pause':
        return run('reminders.pause', { until: action.until });
      case 'resume':
        return run('reminders.pause', { until: null });
      case 'quickCapture':
        return openQuickCapture();
      case 'quit':
        return quit();
    }
  };

  const tray = createTray(onAction, () => openMainWindow());

  // What fell due before the app started (or while the computer slept) arrives once, grouped.
  let missedBefore: string | null = core.ctx.now().toISOString();
  // The reminder log, not the renderer, is what a check writes; it goes to the services directly so it
  // does not announce a data change (which would schedule another check).
  const check = async () => {
    const now = core.ctx.now();
    const timeZone = systemTimeZone();
    const { plan, delivered } = deliverDue(core.ctx.db, now, timeZone);
    if (!plan.heldUntil) {
      notifyReminders(notificationsFor(delivered, missedBefore), { openRoute: (route) => openMainWindow(route), markDone });
      missedBefore = null;
    }
    tray.update(trayModel(plan, now, timeZone, firstDayOfWeekFor(getSettings(core.ctx.db).firstDayOfWeek)));
    return plan.nextDueAt;
  };
  const scheduler = createScheduler(check);
  dataChanged.on('changed', () => scheduler.soon());
  powerMonitor.on('resume', () => {
    missedBefore = core.ctx.now().toISOString();
    scheduler.soon();
  });
  app.on('will-quit', () => {
    scheduler.stop();
    tray.destroy();
  });
  void scheduler.start();
  return { checkNow: () => scheduler.start() };
}

import type { Core } from '../core/app-core';

export interface DesktopReminderDeps {
  core: Core;
  openMainWindow(route?: string): void;
}

/** Starts the tray, the reminder scheduler and notifications (filled in by the reminders work). */
export function startDesktopReminders(_deps: DesktopReminderDeps): void {}

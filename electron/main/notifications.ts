import { Notification } from 'electron';
import type { Reminder } from '../core/reminders/types';

/** More than this many at once (say, after the app was closed for a week) arrive as one grouped notification. */
const GROUP_ABOVE = 3;
// Electron drops click handlers of notifications that are garbage-collected: keep them until closed.
const live = new Set<Notification>();

function show(title: string, body: string, onClick: () => void): void {
  const notification = new Notification({ title, body, silent: false });
  live.add(notification);
  notification.on('click', () => {
    live.delete(notification);
    onClick();
  });
  notification.on('close', () => live.delete(notification));
  notification.show();
}

export function notifyReminders(reminders: Reminder[], openRoute: (route: string) => void): void {
  if (reminders.length === 0 || !Notification.isSupported()) return;
  if (reminders.length > GROUP_ABOVE) {
    const names = reminders.slice(0, GROUP_ABOVE).map((r) => r.title);
    show(`${reminders.length} reminders`, `${names.join(' · ')} …`, () => openRoute('/'));
    return;
  }
  for (const r of reminders) show(r.title, r.body, () => openRoute(r.route));
}

export function notifyHint(title: string, body: string, onClick: () => void): void {
  if (Notification.isSupported()) show(title, body, onClick);
}

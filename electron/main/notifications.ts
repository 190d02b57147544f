import { Notification } from 'electron';
import type { ReminderNotification } from '../core/reminders/types';

// Electron drops click handlers of notifications that are garbage-collected: keep them until closed.
const live = new Set<Notification>();

interface Handlers {
  onClick(): void;
  /** "Mark done": a notification button, which only macOS shows. */
  onMarkDone?: () => void;
}

function show(title: string, body: string, { onClick, onMarkDone }: Handlers): void {
  const withButton = onMarkDone && process.platform === 'darwin';
  const notification = new Notification({ title, body, silent: false, ...(withButton ? { actions: [{ type: 'button' as const, text: 'Mark done' }] } : {}) });
  live.add(notification);
  const forget = () => live.delete(notification);
  notification.on('click', () => {
    forget();
    onClick();
  });
  notification.on('action', () => {
    forget();
    onMarkDone?.();
  });
  notification.on('close', forget);
  notification.show();
}

/** Shows the core's notifications; a click opens the app on the item (or on Today for a group). */
export function notifyReminders(notifications: ReminderNotification[], actions: { openRoute(route: string): void; markDone(commitmentId: number): void }): void {
  if (notifications.length === 0 || !Notification.isSupported()) return;
  for (const n of notifications) {
    const commitmentId = n.commitmentId;
    show(n.title, n.body, {
      onClick: () => actions.openRoute(n.route),
      ...(commitmentId !== undefined ? { onMarkDone: () => actions.markDone(commitmentId) } : {}),
    });
  }
}

export function notifyHint(title: string, body: string, onClick: () => void): void {
  if (Notification.isSupported()) show(title, body, { onClick });
}

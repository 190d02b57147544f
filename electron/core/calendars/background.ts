import { getSettings } from '../settings/settings';
import type { Context } from '../operation';
import { refreshAll } from './subscriptions';

export interface CalendarBackgroundOptions {
  /** Called when a background refresh changed the data (so windows refresh). */
  onChanged?: () => void;
  timeZone?: string;
}

/**
 * Reads every subscribed calendar on start and then every `calendarRefreshMinutes` (read again after
 * each round, and when settings change). Shared by the desktop and browser-mode shells.
 */
export function startCalendarBackground(ctx: Context, options: CalendarBackgroundOptions = {}) {
  const timeZone = options.timeZone ?? (Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let running = false;
  const schedule = () => {
    clearTimeout(timer);
    if (stopped) return;
    timer = setTimeout(() => void round(), getSettings(ctx.db).calendarRefreshMinutes * 60_000);
    timer.unref?.();
  };
  const round = async () => {
    if (running || stopped) return;
    running = true;
    try {
      const report = await refreshAll(ctx, timeZone);
      const changed = report.refreshed.some((r) => r.meetingsPlanned + r.meetingsUpdated + r.meetingsCancelled + r.contactsLogged + r.toReview > 0);
      if (changed || report.failed.length) options.onChanged?.();
    } catch (error) {
      console.error('[mentor-planner] calendar refresh failed', error);
    } finally {
      running = false;
      schedule();
    }
  };
  void round();
  return {
    /** Tell it an operation ran: a changed refresh interval takes effect now. */
    dataChanged(operation: string) {
      if (operation === 'settings.update' && !running) schedule();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

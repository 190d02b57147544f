import { getSettings } from '../settings/settings';
import { systemTimeZone } from '../zoned-time';
import type { Context } from '../operation';
import { publishFeed } from './feed-publish';
import { refreshAll } from './subscriptions';

const FEED_DEBOUNCE_MS = 1_500;

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
  const timeZone = options.timeZone ?? systemTimeZone();
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
      if (changed) publishSoon();
    } catch (error) {
      console.error('[mentor-planner] calendar refresh failed', error);
    } finally {
      running = false;
      schedule();
    }
  };
  // The published feed is rewritten a moment after the last change of a burst, off the request's path.
  let feedTimer: ReturnType<typeof setTimeout> | undefined;
  const publishSoon = () => {
    clearTimeout(feedTimer);
    feedTimer = setTimeout(() => {
      try {
        publishFeed(ctx, timeZone);
      } catch (error) {
        console.error('[mentor-planner] calendar feed not written:', error instanceof Error ? error.message : error);
      }
    }, FEED_DEBOUNCE_MS);
    feedTimer.unref?.();
  };
  void round();
  publishSoon();
  return {
    /** Tell it an operation ran: the feed follows the data, and a changed refresh interval takes effect now. */
    dataChanged(operation: string) {
      if (operation === 'settings.update' && !running) schedule();
      if (operation !== 'calendars.publishFeed') publishSoon();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      clearTimeout(feedTimer);
    },
  };
}

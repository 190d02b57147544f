import type { Context } from '../operation';
import { isSyncSetUp, syncRound } from './service';

export const SYNC_INTERVAL_MS = 30_000;
const AFTER_CHANGE_MS = 2_000;

export interface SyncLoop {
  /** A change was made here: sync shortly (changes made in a burst go out together). */
  soon(): void;
  stop(): void;
}

/**
 * Syncs every half minute and shortly after each change, in whichever shell runs the core. When another device's
 * changes were applied, `onApplied` lets the shell refresh what it shows. Failures are kept for the status line.
 */
export function startSyncLoop(ctx: Context, onApplied: () => void, intervalMs = SYNC_INTERVAL_MS): SyncLoop {
  let pending: NodeJS.Timeout | null = null;
  let stopped = false;
  const run = () => {
    if (stopped || !ctx.store.sqlite.open || !isSyncSetUp(ctx.store.sqlite)) return;
    syncRound(ctx)
      .then((report) => {
        if (report && report.applied > 0 && !stopped) onApplied();
      })
      .catch(() => undefined);
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return {
    soon() {
      if (pending) clearTimeout(pending);
      pending = setTimeout(run, AFTER_CHANGE_MS);
      pending.unref();
    },
    stop() {
      stopped = true;
      clearInterval(timer);
      if (pending) clearTimeout(pending);
    },
  };
}

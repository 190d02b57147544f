import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScheduler } from '../../electron/main/scheduler';

// The scheduler is plain timers (no Electron), so fake timers play out hours in milliseconds.
const MINUTE = 60_000;
let scheduler: ReturnType<typeof createScheduler> | undefined;

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-23T10:00:00.000Z') });
});
afterEach(() => {
  scheduler?.stop();
  vi.useRealTimers();
});

function start(nextDueAt: () => string | null) {
  const run = vi.fn(async () => nextDueAt());
  scheduler = createScheduler(run, { debounceMs: 300 });
  return run;
}

describe('the reminder scheduler', () => {
  it('sleeps until the next due time, not a moment before', async () => {
    const run = start(() => new Date(Date.now() + 10 * MINUTE).toISOString());
    await scheduler!.start();
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(10 * MINUTE - 1);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('never sleeps longer than an hour, so a missed clock change cannot leave it asleep for days', async () => {
    const run = start(() => '2027-01-01T00:00:00.000Z');
    await scheduler!.start();
    await vi.advanceTimersByTimeAsync(60 * MINUTE - 1);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('re-plans once after a burst of data changes', async () => {
    const run = start(() => null);
    await scheduler!.start();
    for (let i = 0; i < 5; i++) scheduler!.soon();
    await vi.advanceTimersByTimeAsync(300);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('wakes when the wall clock jumps, and not otherwise', async () => {
    const run = start(() => null);
    await scheduler!.start();
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect(run).toHaveBeenCalledTimes(1);
    vi.setSystemTime(new Date(Date.now() + 24 * 60 * MINUTE));
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect(run).toHaveBeenCalledTimes(2);
  });
});

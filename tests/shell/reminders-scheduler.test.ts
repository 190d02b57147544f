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

  it('sleeps an hour on an unreadable due time, and at least a second on one already past: never a busy loop', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const run = start(() => 'zzz');
    await scheduler!.start();
    await vi.advanceTimersByTimeAsync(59 * MINUTE);
    expect(run).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toContain('unreadable next due time "zzz"');
    scheduler!.stop();
    const past = start(() => '2020-01-01T00:00:00.000Z');
    await scheduler!.start();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(past.mock.calls.length).toBeLessThanOrEqual(11);
    warn.mockRestore();
  });

  it('keeps checking after a check throws', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    let calls = 0;
    scheduler = createScheduler(async () => {
      calls++;
      if (calls === 1) throw new Error('a bad row');
      return null;
    });
    await scheduler.start();
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    expect(calls).toBe(2);
    error.mockRestore();
  });
});

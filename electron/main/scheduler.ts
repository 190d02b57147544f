const HOUR_MS = 3_600_000;
const HEARTBEAT_MS = 5 * 60_000;
const CLOCK_JUMP_MS = 60_000;
/** Never sooner than this: a due time already past (or a bug) must not turn into a busy loop. */
const SHORTEST_MS = 1_000;

/** How long to sleep until `nextDueAt`: at least a second, at most an hour, an hour for anything unreadable. */
export function delayUntil(nextDueAt: string | null, now: number): number {
  const at = nextDueAt === null ? Number.NaN : Date.parse(nextDueAt);
  if (!Number.isFinite(at)) {
    if (nextDueAt !== null) console.warn(`[mentor-planner] reminder check got an unreadable next due time ${JSON.stringify(nextDueAt).slice(0, 40)}; looking again in an hour`);
    return HOUR_MS;
  }
  return Math.min(HOUR_MS, Math.max(SHORTEST_MS, at - now));
}

/**
 * Sleeps until the next due time (never busy-polls), wakes early when asked (data changed, resume from
 * sleep), and notices the wall clock jumping (a timer only measures elapsed time, not the clock).
 */
export function createScheduler(run: () => Promise<string | null>, options: { debounceMs?: number } = {}) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;
  let wallAtLastCheck = Date.now();
  let monoAtLastCheck = performance.now();

  const schedule = (nextDueAt: string | null) => {
    clearTimeout(timer);
    timer = setTimeout(() => void fire(), delayUntil(nextDueAt, Date.now()));
  };

  const fire = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      schedule(await run());
    } catch (error) {
      console.error('[mentor-planner] reminder check failed', error);
      schedule(null);
    } finally {
      running = false;
      if (again) {
        again = false;
        void fire();
      }
    }
  };

  const heartbeat = setInterval(() => {
    const wall = Date.now();
    const mono = performance.now();
    const drift = Math.abs(wall - wallAtLastCheck - (mono - monoAtLastCheck));
    wallAtLastCheck = wall;
    monoAtLastCheck = mono;
    if (drift > CLOCK_JUMP_MS) void fire();
  }, HEARTBEAT_MS);
  heartbeat.unref?.();

  return {
    /** Check now (at start). */
    start: () => fire(),
    /** Check soon: coalesces bursts of changes into one check. */
    soon: () => {
      clearTimeout(debounce);
      debounce = setTimeout(() => void fire(), options.debounceMs ?? 300);
    },
    stop: () => {
      clearTimeout(timer);
      clearTimeout(debounce);
      clearInterval(heartbeat);
    },
  };
}

const HALF_DAY_MS = 43_200_000;

/**
 * Converts a wall-clock time on a calendar day in an IANA time zone to the UTC instant, across DST:
 * a time that happens twice (autumn) is its first occurrence; one that does not exist (the spring gap)
 * is the instant the clocks reach after jumping, e.g. 02:30 becomes 03:30.
 */
export function zonedTimeToUtc(day: string, hour: number, minute: number, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  const wanted = Date.UTC(y, m - 1, d, hour, minute);
  // The zone's offset half a day before and after covers both sides of any change that day.
  const candidates = [wanted - offsetMs(new Date(wanted - HALF_DAY_MS), timeZone), wanted - offsetMs(new Date(wanted + HALF_DAY_MS), timeZone)];
  const exact = candidates.filter((t) => t + offsetMs(new Date(t), timeZone) === wanted);
  return new Date(exact.length > 0 ? Math.min(...exact) : Math.max(...candidates));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, in ms (positive east of Greenwich). */
export function offsetMs(instant: Date, timeZone: string): number {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(instant).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** Minutes past local midnight at an instant. */
export function localMinuteOfDay(instant: Date, timeZone: string): number {
  const local = new Date(instant.getTime() + offsetMs(instant, timeZone));
  return local.getUTCHours() * 60 + local.getUTCMinutes();
}

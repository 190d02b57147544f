const DAY = /^\d{4}-\d{2}-\d{2}$/;
const reported = new Set<string>();

/** A calendar day the engine can place in time ('YYYY-MM-DD' of a real date). */
export function isDay(value: string): boolean {
  return DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

/** The instant as the engine compares it (ISO, UTC), or null when the text is no instant at all. */
export function toInstant(value: string): string | null {
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

/**
 * One row the reminder engine cannot read (a date written by hand into the file, say): it is left out
 * and logged once per process, so every other reminder still works and the log does not fill up.
 */
export function skipBadRow(table: string, id: number, field: string, value: unknown): void {
  const key = `${table}:${id}:${field}`;
  if (reported.has(key)) return;
  reported.add(key);
  console.warn(`[mentor-planner] reminders skip ${table} ${id}: ${field} is not a date (${JSON.stringify(value)?.slice(0, 40)})`);
}

import type Database from 'better-sqlite3';
import type { ReminderPlan } from './types';

/** A plan shown in the tray or reminder center is looked at again at least this often (display only). */
const LONGEST_KEPT_MS = 60_000;

interface Kept {
  stamp: string;
  timeZone: string;
  computedAt: number;
  validUntil: number;
  plan: ReminderPlan;
}
const kept = new WeakMap<Database.Database, Kept>();
const probes = new WeakMap<Database.Database, { version: Database.Statement; changes: Database.Statement }>();

/**
 * Changes to the file: `PRAGMA data_version` moves when another connection (the desktop app beside
 * the browser server, a restore) commits; `total_changes()` counts this connection's own writes.
 */
function dataStamp(sqlite: Database.Database): string {
  let probe = probes.get(sqlite);
  if (!probe) {
    probe = { version: sqlite.prepare('PRAGMA data_version').pluck(), changes: sqlite.prepare('SELECT total_changes()').pluck() };
    probes.set(sqlite, probe);
  }
  return `${probe.version.get()}:${probe.changes.get()}`;
}

/**
 * The reminder plan, kept until the data changes, the next reminder falls due, a hold ends, or a
 * minute passes (days roll over, quiet hours start): the reminder center asks on every page.
 */
export function keptPlan(sqlite: Database.Database, now: Date, timeZone: string, compute: () => ReminderPlan): ReminderPlan {
  const at = now.getTime();
  const stamp = dataStamp(sqlite);
  const hit = kept.get(sqlite);
  if (hit && hit.stamp === stamp && hit.timeZone === timeZone && at >= hit.computedAt && at < hit.validUntil) return hit.plan;
  const plan = compute();
  const ends = [plan.nextDueAt, plan.heldUntil, plan.pausedUntil].filter((v): v is string => v !== null).map((v) => Date.parse(v));
  kept.set(sqlite, { stamp, timeZone, computedAt: at, validUntil: Math.min(at + LONGEST_KEPT_MS, ...ends), plan });
  return plan;
}

import { and, eq, gte, inArray, lte, or } from 'drizzle-orm';
import type { Db } from '../db/client';
import { commitments, goals, mentors } from '../db/schema';
import { isOverdue } from './overdue';
import { addDays, dayIn, firstDayOfMonth, lastDayOfMonth, monthOf, monthsEndingAt } from '../zoned-time';
import type { MonthlyRate, RateResult, RatesReport } from './types';

/** The measures, defined once and shown to the user with their numbers. */
export const MEASURE_DEFINITIONS = {
  followThroughRate:
    'Follow-through rate: commitments done ÷ (done + dropped + overdue) in the period. Done and dropped count on the day they were closed; overdue counts open commitments whose due date in the period has passed. A period with none of these has no rate.',
  loopClosureRate: 'Loop-closure rate: of the commitments done in the period, the share you reported back to the mentor.',
  goalProgress: 'Goal progress: the share of a goal’s commitments that are done, not counting dropped ones.',
} as const;

interface Row {
  mentorId: number | null;
  goalId: number | null;
  status: string;
  dueDate: string | null;
  completedAt: string | null;
  droppedAt: string | null;
  reportedBackAt: string | null;
}

type Counts = Pick<RateResult, 'done' | 'dropped' | 'overdue' | 'reported'>;
const zero = (): Counts => ({ done: 0, dropped: 0, overdue: 0, reported: 0 });

export function toRates(c: Counts): RateResult {
  const denominator = c.done + c.dropped + c.overdue;
  return {
    ...c,
    followThroughRate: denominator === 0 ? null : c.done / denominator,
    loopClosureRate: c.done === 0 ? null : c.reported / c.done,
  };
}

/** Which period-day a row counts on, and how: a pure function of the row, the user's today and time zone. */
function classify(row: Row, today: string, timeZone: string): { day: string; kind: 'done' | 'dropped' | 'overdue'; reported: boolean } | null {
  if (row.status === 'done' && row.completedAt) return { day: dayIn(row.completedAt, timeZone), kind: 'done', reported: row.reportedBackAt !== null };
  if (row.status === 'dropped' && row.droppedAt) return { day: dayIn(row.droppedAt, timeZone), kind: 'dropped', reported: false };
  if (row.dueDate && isOverdue(row, today)) return { day: row.dueDate, kind: 'overdue', reported: false };
  return null;
}

function loadRows(db: Db, from: string, to: string, filter: { mentorId?: number; goalId?: number }): Row[] {
  // Instants are stored in UTC; widen by a day each side so every time zone's calendar day is covered.
  const fromInstant = `${addDays(from, -1)}T00:00:00.000Z`;
  const toInstant = `${addDays(to, 2)}T00:00:00.000Z`;
  return db
    .select({
      mentorId: commitments.mentorId,
      goalId: commitments.goalId,
      status: commitments.status,
      dueDate: commitments.dueDate,
      completedAt: commitments.completedAt,
      droppedAt: commitments.droppedAt,
      reportedBackAt: commitments.reportedBackAt,
    })
    .from(commitments)
    .where(
      and(
        filter.mentorId ? eq(commitments.mentorId, filter.mentorId) : undefined,
        filter.goalId ? eq(commitments.goalId, filter.goalId) : undefined,
        or(
          and(eq(commitments.status, 'done'), gte(commitments.completedAt, fromInstant), lte(commitments.completedAt, toInstant)),
          and(eq(commitments.status, 'dropped'), gte(commitments.droppedAt, fromInstant), lte(commitments.droppedAt, toInstant)),
          and(eq(commitments.status, 'open'), gte(commitments.dueDate, from), lte(commitments.dueDate, to)),
        ),
      ),
    )
    .all();
}

function add(counts: Counts, hit: NonNullable<ReturnType<typeof classify>>) {
  counts[hit.kind] += 1;
  if (hit.reported) counts.reported += 1;
}

/** Follow-through and loop-closure over [from, to] (calendar days in the user's time zone). */
export function rates(db: Db, period: { from: string; to: string; mentorId?: number; goalId?: number }, now: Date, timeZone: string): RateResult {
  const today = dayIn(now, timeZone);
  const counts = zero();
  for (const row of loadRows(db, period.from, period.to, period)) {
    const hit = classify(row, today, timeZone);
    if (hit && hit.day >= period.from && hit.day <= period.to) add(counts, hit);
  }
  return toRates(counts);
}

/** Overall, per mentor and per goal for a period (default: this month), and the 12-month trend. */
export function ratesReport(db: Db, options: { from?: string; to?: string }, now: Date, timeZone: string): RatesReport {
  const today = dayIn(now, timeZone);
  const from = options.from ?? firstDayOfMonth(monthOf(today));
  const to = options.to ?? lastDayOfMonth(monthOf(today));
  const months = monthsEndingAt(today, 12);
  const windowFrom = [from, firstDayOfMonth(months[0])].sort()[0];
  const windowTo = [to, lastDayOfMonth(months[11])].sort()[1];
  const overall = zero();
  const byMentor = new Map<number, Counts>();
  const byGoal = new Map<number, Counts>();
  const byMonth = new Map<string, Counts>(months.map((m) => [m, zero()]));
  for (const row of loadRows(db, windowFrom, windowTo, {})) {
    const hit = classify(row, today, timeZone);
    if (!hit) continue;
    const monthCounts = byMonth.get(monthOf(hit.day));
    if (monthCounts) add(monthCounts, hit);
    if (hit.day < from || hit.day > to) continue;
    add(overall, hit);
    if (row.mentorId) add(byMentor.get(row.mentorId) ?? byMentor.set(row.mentorId, zero()).get(row.mentorId)!, hit);
    if (row.goalId) add(byGoal.get(row.goalId) ?? byGoal.set(row.goalId, zero()).get(row.goalId)!, hit);
  }
  const mentorIds = [...byMentor.keys()];
  const goalIds = [...byGoal.keys()];
  const mentorNames = new Map(
    mentorIds.length ? db.select({ id: mentors.id, name: mentors.name }).from(mentors).where(inArray(mentors.id, mentorIds)).all().map((r) => [r.id, r.name]) : [],
  );
  const goalTitles = new Map(
    goalIds.length ? db.select({ id: goals.id, title: goals.title }).from(goals).where(inArray(goals.id, goalIds)).all().map((r) => [r.id, r.title]) : [],
  );
  const trend: MonthlyRate[] = months.map((month) => ({ month, ...toRates(byMonth.get(month)!) }));
  return {
    from,
    to,
    overall: toRates(overall),
    byMentor: [...byMentor].map(([mentorId, c]) => ({ mentorId, name: mentorNames.get(mentorId) ?? '', ...toRates(c) })).sort((a, b) => a.name.localeCompare(b.name)),
    byGoal: [...byGoal].map(([goalId, c]) => ({ goalId, title: goalTitles.get(goalId) ?? '', ...toRates(c) })).sort((a, b) => a.title.localeCompare(b.title)),
    trend,
    definitions: MEASURE_DEFINITIONS,
  };
}

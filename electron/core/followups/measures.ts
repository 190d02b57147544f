import type { Db } from '../db/client';
import { prepared } from '../db/prepared';
import { addDays, dayIn, firstDayOfMonth, lastDayOfMonth, monthOf, monthsEndingAt, zonedTimeToUtc } from '../zoned-time';
import type { MonthlyRate, RateResult, RatesReport } from './types';

/** The measures, defined once and shown to the user with their numbers. */
export const MEASURE_DEFINITIONS = {
  followThroughRate:
    'Follow-through rate: commitments done ÷ (done + dropped + overdue) in the period. Done and dropped count on the day they were closed; overdue counts open commitments whose due date in the period has passed. A period with none of these has no rate.',
  loopClosureRate: 'Loop-closure rate: of the commitments done in the period, the share you reported back to the mentor.',
  goalProgress: 'Goal progress: the share of a goal’s commitments that are done, not counting dropped ones.',
} as const;

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

/**
 * The one rule for which commitments count in a span of the user's calendar days: done and dropped ones
 * on the day they were closed, open ones whose due day in the span is before today (overdue.ts's rule).
 * A span's days are bounded by the zone's midnights as UTC instants, so no row needs time-zone work.
 */
interface Span {
  from: string;
  to: string;
}
const midnight = (day: string, timeZone: string) => zonedTimeToUtc(day, 0, 0, timeZone).toISOString();
const spanBounds = (span: Span, timeZone: string) => ({ ...span, start: midnight(span.from, timeZone), end: midnight(addDays(span.to, 1), timeZone) });

/**
 * Counts per span (the trend's months, or one period): four counts over index ranges, each an index-only
 * walk (reported = done − not reported, from the unreported index), no table rows and no sorting.
 */
const SPAN_COUNTS = `WITH span(i, start, "end", "from", "to") AS (
    SELECT key, value ->> 'start', value ->> 'end', value ->> 'from', value ->> 'to' FROM json_each(@spans))
  SELECT i,
    (SELECT count(*) FROM commitments WHERE status = 'done' AND completed_at >= span.start AND completed_at < span."end") AS done,
    (SELECT count(*) FROM commitments WHERE status = 'done' AND reported_back_at IS NULL AND completed_at >= span.start AND completed_at < span."end") AS unreported,
    (SELECT count(*) FROM commitments WHERE status = 'dropped' AND dropped_at >= span.start AND dropped_at < span."end") AS dropped,
    (SELECT count(*) FROM commitments WHERE status = 'open' AND due_date >= span."from" AND due_date <= span."to" AND due_date < @today) AS overdue
  FROM span ORDER BY i`;

/** The same rule per mentor and goal over one span, with their names: one pass over the span's rows. */
const PAIR_COUNTS = `SELECT p.*, m.name AS name, g.title AS title FROM (
    SELECT mentor_id AS mentorId, goal_id AS goalId,
      sum(kind = 'done') AS done, sum(kind = 'done' AND reported) AS reported, sum(kind = 'dropped') AS dropped, sum(kind = 'overdue') AS overdue
    FROM (SELECT mentor_id, goal_id, 'done' AS kind, reported_back_at IS NOT NULL AS reported FROM commitments WHERE status = 'done' AND completed_at >= @start AND completed_at < @end
      UNION ALL SELECT mentor_id, goal_id, 'dropped', 0 FROM commitments WHERE status = 'dropped' AND dropped_at >= @start AND dropped_at < @end
      UNION ALL SELECT mentor_id, goal_id, 'overdue', 0 FROM commitments WHERE status = 'open' AND due_date >= @from AND due_date <= @to AND due_date < @today)
    GROUP BY mentor_id, goal_id) p
  LEFT JOIN mentors m ON m.id = p.mentorId LEFT JOIN goals g ON g.id = p.goalId`;

const statement = (db: Db, sql: string) => prepared(db, sql, () => db.$client.prepare(sql));

function spanCounts(db: Db, spans: Span[], today: string, timeZone: string): Counts[] {
  const rows = statement(db, SPAN_COUNTS).all({ spans: JSON.stringify(spans.map((span) => spanBounds(span, timeZone))), today }) as (Counts & { unreported: number })[];
  return rows.map(({ done, unreported, dropped, overdue }) => ({ done, dropped, overdue, reported: done - unreported }));
}

type PairRow = Counts & { mentorId: number | null; goalId: number | null; name: string | null; title: string | null };

function add(counts: Counts, more: Counts) {
  counts.done += more.done;
  counts.dropped += more.dropped;
  counts.overdue += more.overdue;
  counts.reported += more.reported;
  return counts;
}

/** Follow-through and loop-closure over [from, to] (calendar days in the user's time zone). */
export function rates(db: Db, period: Span, now: Date, timeZone: string): RateResult {
  return toRates(spanCounts(db, [period], dayIn(now, timeZone), timeZone)[0]);
}

const byName = new Intl.Collator().compare;

/** Overall, per mentor and per goal for a period (default: this month), and the 12-month trend. */
export function ratesReport(db: Db, options: { from?: string; to?: string }, now: Date, timeZone: string): RatesReport {
  const today = dayIn(now, timeZone);
  const from = options.from ?? firstDayOfMonth(monthOf(today));
  const to = options.to ?? lastDayOfMonth(monthOf(today));
  const months = monthsEndingAt(today, 12);
  const [overall, ...trend] = spanCounts(db, [{ from, to }, ...months.map((m) => ({ from: firstDayOfMonth(m), to: lastDayOfMonth(m) }))], today, timeZone);
  const byMentor = new Map<number, Counts & { name: string }>();
  const byGoal = new Map<number, Counts & { title: string }>();
  for (const { mentorId, goalId, name, title, ...counts } of statement(db, PAIR_COUNTS).all({ ...spanBounds({ from, to }, timeZone), today }) as PairRow[]) {
    if (mentorId !== null) add(byMentor.get(mentorId) ?? byMentor.set(mentorId, { ...zero(), name: name ?? '' }).get(mentorId)!, counts);
    if (goalId !== null) add(byGoal.get(goalId) ?? byGoal.set(goalId, { ...zero(), title: title ?? '' }).get(goalId)!, counts);
  }
  return {
    from,
    to,
    overall: toRates(overall),
    byMentor: [...byMentor].map(([mentorId, { name, ...c }]) => ({ mentorId, name, ...toRates(c) })).sort((a, b) => byName(a.name, b.name) || a.mentorId - b.mentorId),
    byGoal: [...byGoal].map(([goalId, { title, ...c }]) => ({ goalId, title, ...toRates(c) })).sort((a, b) => byName(a.title, b.title) || a.goalId - b.goalId),
    trend: months.map((month, i): MonthlyRate => ({ month, ...toRates(trend[i]) })),
    definitions: MEASURE_DEFINITIONS,
  };
}

import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { advice, commitments, goalMentors, goals, meetings, mentors } from '../db/schema';
import { prepared, preparedCappedCount } from '../db/prepared';
import { notFound } from '../errors';
import { goalMeetingCondition } from '../meetings/meetings';
import { oneGoalProgress, progressColumns, toProgress } from '../followups/progress';
import type { GoalStatus } from '../values';
import { dayIn } from '../zoned-time';
import type { GoalForm } from './contract';
import type { Coverage, Goal, GoalDetail, GoalListItem } from './types';

type GoalInput = Required<{ [K in keyof GoalForm]: Exclude<GoalForm[K], undefined> }>;

export function requireGoal(db: Db, id: number): Goal {
  const goal = prepared(db, 'requireGoal', () =>
    db
      .select()
      .from(goals)
      .where(eq(goals.id, sql.placeholder('id')))
      .prepare(),
  ).get({ id });
  if (!goal) throw notFound('goal', id);
  return goal;
}

/** "Target passed": an open goal whose target day is before today in the user's calendar. */
const isOverdue = (goal: Goal, today: string) => (goal.status === 'active' || goal.status === 'paused') && goal.targetDate !== null && goal.targetDate < today;

export function createGoal(db: Db, values: GoalInput, now: Date): Goal {
  const stamp = now.toISOString();
  return db.insert(goals).values({ ...values, createdAt: stamp, updatedAt: stamp }).returning().get();
}

export function updateGoal(db: Db, id: number, changes: Partial<GoalInput>, now: Date): Goal {
  requireGoal(db, id);
  return db.update(goals).set({ ...changes, updatedAt: now.toISOString() }).where(eq(goals.id, id)).returning().get();
}

/** Pause, mark achieved, drop, or reactivate; achieved_at is kept only while achieved. */
export function setGoalStatus(db: Db, id: number, status: GoalStatus, now: Date): Goal {
  const goal = requireGoal(db, id);
  const stamp = now.toISOString();
  const achievedAt = status === 'achieved' ? (goal.status === 'achieved' ? goal.achievedAt : stamp) : null;
  return db.update(goals).set({ status, achievedAt, updatedAt: stamp }).where(eq(goals.id, id)).returning().get();
}

/** The goal page shows the latest 25 of each list and how many there are (up to COUNT_CAP); progress counts them all. */
export const GOAL_PAGE_LIMIT = 25;

const STATUS_ORDER: Record<GoalStatus, number> = { active: 0, paused: 1, achieved: 2, dropped: 3 };

const byTitle = new Intl.Collator().compare;

/** Active first, then by target date (undated last); overdue targets flagged. One statement, prepared once. */
export function listGoals(db: Db, options: { includeClosed: boolean }, now: Date, timeZone: string): GoalListItem[] {
  const rows = prepared(db, `listGoals:${options.includeClosed}`, () =>
    db
      // Qualified by hand: drizzle leaves a single table's columns unqualified, and inside these subqueries "id" would be theirs.
      .select({ goal: goals, mentorCount: sql<number>`(select count(*) from goal_mentors gm where gm.goal_id = "goals"."id")`, ...progressColumns(sql`"goals"."id"`) })
      .from(goals)
      .where(options.includeClosed ? undefined : inArray(goals.status, ['active', 'paused']))
      .prepare(),
  ).all();
  const today = dayIn(now, timeZone);
  return rows
    .map(({ goal, mentorCount, done, total }) => ({ ...goal, mentorCount, progress: toProgress(goal.id, done, total), overdue: isOverdue(goal, today) }))
    .sort(
      (a, b) =>
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        (a.targetDate ?? '9999-12-31').localeCompare(b.targetDate ?? '9999-12-31') ||
        byTitle(a.title, b.title) ||
        a.id - b.id,
    );
}

const goalId = sql.placeholder('goalId');

/** The goal page's lists, built and prepared once per connection. */
function goalPageStatements(db: Db) {
  return prepared(db, 'goalPage', () => ({
    mentors: db
      .select({ mentorId: mentors.id, name: mentors.name, archivedAt: mentors.archivedAt, canHelpWith: goalMentors.canHelpWith })
      .from(goalMentors)
      .innerJoin(mentors, eq(mentors.id, goalMentors.mentorId))
      .where(eq(goalMentors.goalId, goalId))
      .orderBy(asc(mentors.name))
      .prepare(),
    // Only what the page shows of each meeting (listMeetings would add agenda totals and every column).
    meetings: db
      .select({ id: meetings.id, scheduledAt: meetings.scheduledAt, status: meetings.status, mentorName: mentors.name })
      .from(meetings)
      .innerJoin(mentors, eq(mentors.id, meetings.mentorId))
      .where(goalMeetingCondition)
      .orderBy(desc(meetings.scheduledAt), desc(meetings.id))
      .limit(GOAL_PAGE_LIMIT)
      .prepare(),
    advice: db
      .select({ id: advice.id, text: advice.text, verdict: advice.verdict, createdAt: advice.createdAt, mentorName: mentors.name })
      .from(advice)
      .innerJoin(mentors, eq(mentors.id, advice.mentorId))
      .where(eq(advice.goalId, goalId))
      .orderBy(desc(advice.createdAt))
      .limit(GOAL_PAGE_LIMIT)
      .prepare(),
    commitments: db
      .select({ id: commitments.id, title: commitments.title, status: commitments.status, dueDate: commitments.dueDate, outcome: commitments.outcome })
      .from(commitments)
      .where(eq(commitments.goalId, goalId))
      .orderBy(asc(sql`(${commitments.dueDate} is null)`), asc(commitments.dueDate), asc(commitments.id))
      .limit(GOAL_PAGE_LIMIT)
      .prepare(),
  }));
}

export function getGoalDetail(db: Db, id: number, now: Date, timeZone: string): GoalDetail {
  const goal = requireGoal(db, id);
  const q = goalPageStatements(db);
  return {
    goal,
    overdue: isOverdue(goal, dayIn(now, timeZone)),
    progress: oneGoalProgress(db, id),
    mentors: q.mentors.all({ goalId: id }).map(({ archivedAt, ...m }) => ({ ...m, archived: archivedAt !== null })),
    meetings: q.meetings.all({ goalId: id }),
    advice: q.advice.all({ goalId: id }),
    commitments: q.commitments.all({ goalId: id }),
    totals: {
      meetings: preparedCappedCount(db, 'goalPage:meetings', meetings, () => goalMeetingCondition, { goalId: id }),
      advice: preparedCappedCount(db, 'goalPage:advice', advice, () => eq(advice.goalId, goalId), { goalId: id }),
      commitments: preparedCappedCount(db, 'goalPage:commitments', commitments, () => eq(commitments.goalId, goalId), { goalId: id }),
    },
  };
}

/** Where to ask for help next; both lists are short (goals nobody helps with, the five busiest mentors). */
export function coverage(db: Db): Coverage {
  const goalsWithoutMentor = prepared(db, 'coverage:goalsWithoutMentor', () =>
    db
      .select({ id: goals.id, title: goals.title })
      .from(goals)
      .where(and(eq(goals.status, 'active'), sql`not exists (select 1 from goal_mentors gm where gm.goal_id = "goals"."id")`))
      .orderBy(asc(goals.title), asc(goals.id))
      .prepare(),
  ).all();
  const mentorLoad = prepared(db, 'coverage:mentorLoad', () =>
    db
      .select({ mentorId: mentors.id, name: mentors.name, goalCount: count() })
      // From the few active goals to their links (CROSS JOIN keeps that order), not from every mentor.
      .from(goals)
      .crossJoin(goalMentors)
      .innerJoin(mentors, and(eq(mentors.id, goalMentors.mentorId), isNull(mentors.archivedAt)))
      .where(and(eq(goals.status, 'active'), eq(goalMentors.goalId, goals.id)))
      .groupBy(mentors.id)
      .orderBy(desc(count()), asc(mentors.name), asc(mentors.id))
      .limit(5)
      .prepare(),
  ).all();
  return { goalsWithoutMentor, mentorLoad };
}

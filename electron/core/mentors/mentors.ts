import { and, asc, count, desc, eq, gte, inArray, isNull, max, ne, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client';
import { advice, agendaItems, commitments, goalMentors, gives, goals, interactions, meetings, mentors } from '../db/schema';
import { notFound } from '../errors';
import { isOverdue } from '../followups/overdue';
import { addDays, dayIn, systemTimeZone, zonedTimeToUtc } from '../zoned-time';
import type { MentorForm } from './contract';
import { healthFromLastContact, lastContactColumns, latestContact, mentorHealth, type HealthStatus } from './health';
import { prepared, preparedCappedCount } from '../db/prepared';
import { MENTOR_PAGE_LIMIT, type DeletionImpact, type Mentor, type MentorDetail, type MentorListItem } from './types';

type MentorInput = Required<{ [K in keyof MentorForm]: Exclude<MentorForm[K], undefined> }>;

export function requireMentor(db: Db, id: number): Mentor {
  const mentor = db.select().from(mentors).where(eq(mentors.id, id)).get();
  if (!mentor) throw notFound('mentor', id);
  return mentor;
}

export function createMentor(db: Db, values: MentorInput, now: Date): Mentor {
  const stamp = now.toISOString();
  return db.insert(mentors).values({ ...values, createdAt: stamp, updatedAt: stamp }).returning().get();
}

export function updateMentor(db: Db, id: number, changes: Partial<MentorInput>, now: Date): Mentor {
  requireMentor(db, id);
  return db.update(mentors).set({ ...changes, updatedAt: now.toISOString() }).where(eq(mentors.id, id)).returning().get();
}

export function setMentorArchived(db: Db, id: number, archived: boolean, now: Date): Mentor {
  requireMentor(db, id);
  const stamp = now.toISOString();
  return db
    .update(mentors)
    .set({ archivedAt: archived ? stamp : null, updatedAt: stamp })
    .where(eq(mentors.id, id))
    .returning()
    .get();
}

export function mentorDeletionImpact(db: Db, id: number): DeletionImpact {
  const mentor = requireMentor(db, id);
  const countWhere = (table: typeof meetings | typeof agendaItems | typeof advice | typeof commitments | typeof interactions | typeof gives | typeof goalMentors) =>
    db.select({ n: count() }).from(table).where(eq(table.mentorId, id)).get()!.n;
  return {
    mentorId: id,
    name: mentor.name,
    meetings: countWhere(meetings),
    agendaItems: countWhere(agendaItems),
    advice: countWhere(advice),
    commitments: countWhere(commitments),
    interactions: countWhere(interactions),
    gives: countWhere(gives),
    goalLinks: countWhere(goalMentors),
  };
}

/** Deletes the mentor and everything that belongs to the relationship (the schema cascades), in one transaction. */
export function deleteMentor(db: Db, id: number): DeletionImpact {
  return db.transaction((tx) => {
    const impact = mentorDeletionImpact(tx as unknown as Db, id);
    tx.delete(mentors).where(eq(mentors.id, id)).run();
    return impact;
  });
}

export function mentorsWithSameName(db: Db, name: string, excludeId?: number): { id: number; name: string }[] {
  const trimmed = name.trim();
  if (!trimmed) return [];
  return db
    .select({ id: mentors.id, name: mentors.name })
    .from(mentors)
    .where(and(sql`lower(${mentors.name}) = lower(${trimmed})`, excludeId ? ne(mentors.id, excludeId) : undefined))
    .all();
}

const HEALTH_ORDER: Record<HealthStatus, number> = { overdue: 0, due_soon: 1, never_met: 2, on_track: 3 };

/** The columns a list row shows, the last contacts for health, and the goal count: one statement. */
function mentorRows(db: Db, includeArchived: boolean, nowIso: string) {
  return prepared(db, `listMentors:${includeArchived}`, () =>
    db
      .select({
        id: mentors.id,
        name: mentors.name,
        role: mentors.role,
        organization: mentors.organization,
        type: mentors.type,
        archivedAt: mentors.archivedAt,
        keepInTouchCadenceDays: mentors.keepInTouchCadenceDays,
        lastMeetingAt: lastContactColumns.lastMeetingAt,
        lastInteractionAt: lastContactColumns.lastInteractionAt,
        goalCount: sql<number>`(select count(*) from goal_mentors gm where gm.mentor_id = "mentors"."id")`,
      })
      .from(mentors)
      .where(includeArchived ? undefined : isNull(mentors.archivedAt))
      .orderBy(asc(sql`lower(${mentors.name})`), asc(mentors.id))
      .prepare(),
  ).all({ now: nowIso });
}

export function listMentors(db: Db, options: { includeArchived: boolean; sort: 'name' | 'health' | 'recent' }, now: Date): MentorListItem[] {
  const items = mentorRows(db, options.includeArchived, now.toISOString()).map(({ lastMeetingAt, lastInteractionAt, ...mentor }) => ({
    ...mentor,
    health: { mentorId: mentor.id, name: mentor.name, ...healthFromLastContact(latestContact(lastMeetingAt, lastInteractionAt), mentor.keepInTouchCadenceDays, now) },
  }));
  if (options.sort === 'health') {
    items.sort(
      (a, b) =>
        HEALTH_ORDER[a.health.status] - HEALTH_ORDER[b.health.status] ||
        b.health.daysOverdue - a.health.daysOverdue ||
        (a.health.nextContactDueAt ?? '').localeCompare(b.health.nextContactDueAt ?? '') ||
        a.name.localeCompare(b.name),
    );
  } else if (options.sort === 'recent') {
    items.sort((a, b) => (b.health.lastContactAt ?? '').localeCompare(a.health.lastContactAt ?? '') || a.name.localeCompare(b.name));
  }
  return items;
}

const mentorId = sql.placeholder('id');
const limit = sql.placeholder('limit');
const isAsk = () => and(eq(agendaItems.mentorId, mentorId), eq(agendaItems.kind, 'ask'));

/** The mentor page's statements, built and prepared once per connection. */
function mentorPageStatements(db: Db) {
  return prepared(db, 'mentorPage', () => ({
    mentor: db.select().from(mentors).where(eq(mentors.id, mentorId)).prepare(),
    lastGive: db.select({ on: max(gives.givenOn) }).from(gives).where(eq(gives.mentorId, mentorId)).prepare(),
    goals: db
      .select({ goalId: goals.id, title: goals.title, status: goals.status, canHelpWith: goalMentors.canHelpWith })
      .from(goalMentors)
      .innerJoin(goals, eq(goals.id, goalMentors.goalId))
      .where(eq(goalMentors.mentorId, mentorId))
      .orderBy(asc(goals.title))
      .prepare(),
    interactions: db.select().from(interactions).where(eq(interactions.mentorId, mentorId)).orderBy(desc(interactions.occurredAt)).limit(limit).prepare(),
    gives: db.select().from(gives).where(eq(gives.mentorId, mentorId)).orderBy(desc(gives.givenOn), desc(gives.id)).limit(limit).prepare(),
    asks: db
      .select({ id: agendaItems.id, text: agendaItems.text, meetingId: agendaItems.meetingId, status: agendaItems.status, createdAt: agendaItems.createdAt })
      .from(agendaItems)
      .where(isAsk())
      .orderBy(desc(agendaItems.createdAt))
      .limit(limit)
      .prepare(),
    asksSince: db
      .select({ n: count() })
      .from(agendaItems)
      .where(and(isAsk(), gte(agendaItems.createdAt, sql.placeholder('since'))))
      .prepare(),
    meetings: db
      .select({ id: meetings.id, scheduledAt: meetings.scheduledAt, status: meetings.status, durationMinutes: meetings.durationMinutes })
      .from(meetings)
      .where(eq(meetings.mentorId, mentorId))
      .orderBy(desc(meetings.scheduledAt))
      .limit(limit)
      .prepare(),
    openCommitments: db
      .select({ id: commitments.id, title: commitments.title, dueDate: commitments.dueDate, owner: commitments.owner, status: commitments.status })
      .from(commitments)
      .where(and(eq(commitments.mentorId, mentorId), eq(commitments.status, 'open')))
      .orderBy(asc(sql`(${commitments.dueDate} is null)`), asc(commitments.dueDate), asc(commitments.id))
      .limit(limit)
      .prepare(),
    sameName: db
      .select({ n: count() })
      .from(mentors)
      .where(and(sql`lower(${mentors.name}) = lower(${sql.placeholder('name')})`, ne(mentors.id, mentorId)))
      .prepare(),
  }));
}

export function getMentorDetail(db: Db, id: number, now: Date, listLimit = MENTOR_PAGE_LIMIT, timeZone = systemTimeZone()): MentorDetail {
  const q = mentorPageStatements(db);
  const mentor = q.mentor.get({ id });
  if (!mentor) throw notFound('mentor', id);
  const [health] = mentorHealth(db, now, { mentorId: id });
  const page = { id, limit: listLimit };
  const lastGive = q.lastGive.get({ id })?.on ?? null;
  const countOf = (key: string, table: SQLiteTable, where: () => SQL | undefined) => preparedCappedCount(db, `mentorPage:${key}`, table, where, { id });
  const mentorIs = (column: SQLiteColumn) => () => eq(column, mentorId);
  const today = dayIn(now, timeZone);
  return {
    mentor,
    health,
    goals: q.goals.all({ id }),
    interactions: q.interactions.all(page),
    gives: q.gives.all(page),
    asks: q.asks.all(page),
    // Asked after the day of the last give ended, in the user's calendar.
    asksSinceLastGive: q.asksSince.get({ id, since: lastGive ? zonedTimeToUtc(addDays(lastGive, 1), 0, 0, timeZone).toISOString() : '' })!.n,
    meetings: q.meetings.all(page),
    openCommitments: q.openCommitments.all(page).map((c) => ({ ...c, overdue: isOverdue(c, today) })),
    totals: {
      meetings: countOf('meetings', meetings, mentorIs(meetings.mentorId)),
      openCommitments: countOf('openCommitments', commitments, () => and(eq(commitments.mentorId, mentorId), eq(commitments.status, 'open'))),
      interactions: countOf('interactions', interactions, mentorIs(interactions.mentorId)),
      gives: countOf('gives', gives, mentorIs(gives.mentorId)),
      asks: countOf('asks', agendaItems, isAsk),
    },
    sameNameCount: mentor.name.trim() ? q.sameName.get({ id, name: mentor.name.trim() })!.n : 0,
  };
}

export function mentorIdsExist(db: Db, ids: number[]): boolean {
  if (ids.length === 0) return true;
  return db.select({ n: count() }).from(mentors).where(inArray(mentors.id, ids)).get()!.n === new Set(ids).size;
}

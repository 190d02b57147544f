import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { prepared } from '../db/prepared';
import { meetings } from '../db/schema';
import { notFound } from '../errors';
import type { Meeting } from './types';

export function requireMeeting(db: Db, id: number): Meeting {
  const meeting = prepared(db, 'requireMeeting', () =>
    db
      .select()
      .from(meetings)
      .where(eq(meetings.id, sql.placeholder('id')))
      .prepare(),
  ).get({ id });
  if (!meeting) throw notFound('meeting', id);
  return meeting;
}

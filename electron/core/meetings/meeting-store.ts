import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { meetings } from '../db/schema';
import { notFound } from '../errors';
import type { Meeting } from './types';

export function requireMeeting(db: Db, id: number): Meeting {
  const meeting = db.select().from(meetings).where(eq(meetings.id, id)).get();
  if (!meeting) throw notFound('meeting', id);
  return meeting;
}

import crypto from 'node:crypto';
import type { Db } from '../db/client';
import { getSettings, updateSettings } from '../settings/settings';

/** The feed's address token, made on first use and kept (a calendar app subscribes to it once). */
export function feedToken(db: Db, now: Date): string {
  const current = getSettings(db).calendarFeedToken;
  if (current) return current;
  return updateSettings(db, { calendarFeedToken: crypto.randomBytes(18).toString('base64url') }, now).calendarFeedToken;
}

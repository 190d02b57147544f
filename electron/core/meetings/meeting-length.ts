import type { Db } from '../db/client';
import { getSettings } from '../settings/settings';
import { requireMentor } from '../mentors/mentors';

/**
 * Minutes from the agreement's free text ("45 minutes", "1 hour", "an hour", "1.5 h", "90"), or null
 * when it names no length.
 */
export function minutesFromAgreement(text: string): number | null {
  const pattern = /\b(\d+(?:[.,]\d+)?|half an?|an?)\s*(hours?|hrs?|h|minutes?|mins?|m)?\b/g;
  const match = [...text.toLowerCase().matchAll(pattern)].find((m) => /\d/.test(m[1]) || m[2]);
  if (!match) return null;
  const amount = match[1].startsWith('half') ? 0.5 : /^an?$/.test(match[1]) ? 1 : Number(match[1].replace(',', '.'));
  const minutes = Math.round(match[2]?.startsWith('h') ? amount * 60 : amount);
  return minutes >= 5 && minutes <= 480 ? minutes : null;
}

/** How long a new meeting with this mentor lasts: the agreement's session length, else the default from Settings. */
export function defaultMeetingLength(db: Db, mentorId: number): { durationMinutes: number; durationReason: string } {
  const mentor = requireMentor(db, mentorId);
  const agreed = minutesFromAgreement(mentor.agreementSessionLength);
  if (agreed !== null) return { durationMinutes: agreed, durationReason: `Your agreement with ${mentor.name}: ${mentor.agreementSessionLength}.` };
  return { durationMinutes: getSettings(db).defaultMeetingMinutes, durationReason: 'Your default meeting length (Settings).' };
}

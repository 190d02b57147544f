import { isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { mentors } from '../db/schema';

export interface MentorToMatch {
  id: number;
  name: string;
  email: string;
}

export interface SeriesMatch {
  mentorId: number;
  matchedBy: 'email' | 'name';
}

export function mentorsToMatch(db: Db): MentorToMatch[] {
  return db.select({ id: mentors.id, name: mentors.name, email: mentors.email }).from(mentors).where(isNull(mentors.archivedAt)).all();
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wholeWords = (words: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(words)}(?![\\p{L}\\p{N}])`, 'iu');

/**
 * Which mentor a calendar series is with: an organizer or attendee address that is a mentor's email
 * first; otherwise the mentor's full name in the title; otherwise a first name only one mentor has.
 */
export function matchSeries(people: MentorToMatch[], summary: string, emails: string[]): SeriesMatch | null {
  const addresses = new Set(emails);
  const byEmail = people.find((p) => p.email && addresses.has(p.email.trim().toLowerCase()));
  if (byEmail) return { mentorId: byEmail.id, matchedBy: 'email' };
  if (!summary) return null;
  const byFullName = people.filter((p) => p.name.trim() && wholeWords(p.name.trim()).test(summary));
  if (byFullName.length >= 1) {
    // "Ada Lovelace" beats "Ada" when both are mentors.
    const longest = byFullName.sort((a, b) => b.name.length - a.name.length)[0];
    return { mentorId: longest.id, matchedBy: 'name' };
  }
  const firstName = (p: MentorToMatch) => p.name.trim().split(/\s+/)[0] ?? '';
  const byFirstName = people.filter((p) => firstName(p).length >= 2 && wholeWords(firstName(p)).test(summary));
  const distinct = new Set(byFirstName.map((p) => firstName(p).toLowerCase()));
  const sameFirstName = byFirstName.length > 0 && people.filter((p) => distinct.has(firstName(p).toLowerCase())).length === 1;
  return sameFirstName ? { mentorId: byFirstName[0].id, matchedBy: 'name' } : null;
}

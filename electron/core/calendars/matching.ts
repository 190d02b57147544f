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
 * The patterns are built once per import (a calendar has thousands of series).
 */
export function createMatcher(people: MentorToMatch[]): (summary: string, emails: string[]) => SeriesMatch | null {
  const byEmail = new Map<string, number>();
  for (const p of people) if (p.email.trim() && !byEmail.has(p.email.trim().toLowerCase())) byEmail.set(p.email.trim().toLowerCase(), p.id);
  // "Ada Lovelace" beats "Ada" when both are mentors: longest names first.
  const fullNames = people
    .filter((p) => p.name.trim())
    .sort((a, b) => b.name.trim().length - a.name.trim().length)
    .map((p) => ({ id: p.id, pattern: wholeWords(p.name.trim()) }));
  const firstNameCount = new Map<string, number>();
  const firstName = (p: MentorToMatch) => (p.name.trim().split(/\s+/)[0] ?? '').toLowerCase();
  for (const p of people) firstNameCount.set(firstName(p), (firstNameCount.get(firstName(p)) ?? 0) + 1);
  const uniqueFirstNames = people
    .filter((p) => firstName(p).length >= 2 && firstNameCount.get(firstName(p)) === 1)
    .map((p) => ({ id: p.id, pattern: wholeWords(firstName(p)) }));
  return (summary, emails) => {
    for (const email of emails) {
      const id = byEmail.get(email);
      if (id) return { mentorId: id, matchedBy: 'email' };
    }
    if (!summary) return null;
    const full = fullNames.find((f) => f.pattern.test(summary));
    if (full) return { mentorId: full.id, matchedBy: 'name' };
    const first = uniqueFirstNames.filter((f) => f.pattern.test(summary));
    return first.length === 1 ? { mentorId: first[0].id, matchedBy: 'name' } : null;
  };
}

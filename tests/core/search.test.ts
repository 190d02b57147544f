import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../electron/core/search/fts-query';
import type { SearchResult } from '../../electron/core/search/search';
import { meetingWithEverything } from '../helpers/factories/export';
import { propertyParameters } from '../helpers/property';
import { createTestCore, ok, type TestCore } from '../helpers/store';

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore({ clockStart: '2026-11-20T12:00:00.000Z' });
});
afterEach(() => core.dispose());

const find = (text: string, extra: object = {}) => ok<SearchResult[]>(core, 'search.query', { text, ...extra });
const plain = (s: string) => s.replace(/[\u0002\u0003]/g, '');

describe('full-text search', () => {
  it('finds mentors, goals, meeting notes, agenda items, advice and commitments, with highlighted snippets', async () => {
    await meetingWithEverything(core);
    expect((await find('lovelace')).map((r) => r.kind)).toEqual(['mentor']);
    expect((await find('VP')).map((r) => r.kind)).toEqual(['goal']);
    const notes = await find('slope');
    expect(notes).toEqual([expect.objectContaining({ kind: 'meeting', route: '/meetings/1' })]);
    expect(notes[0].snippet).toContain('\u0002slope\u0003');
    expect((await find('first team')).map((r) => r.kind)).toEqual(['agenda']);
    expect((await find('strategy')).map((r) => r.kind).sort()).toEqual(['advice', 'commitment']);
  });

  it('titles a meeting result with the mentor and the place, and shows notes as plain text, not Markdown', async () => {
    const mentor = await ok<{ id: number }>(core, 'mentors.create', { name: 'Ada Lovelace' });
    const meeting = await ok<{ id: number }>(core, 'meetings.schedule', { mentorId: mentor.id, scheduledAt: '2026-11-23T10:00:00Z', location: 'Video call' });
    await ok(core, 'meetings.saveNotes', { id: meeting.id, notes: '## Hiring\n- Hire for **slope**, see [the essay](https://example.org/x)\n> `quote` _here_' });
    const [result] = await find('slope');
    expect(result).toMatchObject({ kind: 'meeting', mentorName: 'Ada Lovelace', title: 'Meeting with Ada Lovelace · Video call' });
    expect(plain(result.snippet)).toBe('Hiring · Hire for slope, see the essay · quote here');
  });

  it('follows inserts, edits and deletes', async () => {
    const mentor = await ok<{ id: number }>(core, 'mentors.create', { name: 'Grace Hopper' });
    expect(await find('hopper')).toHaveLength(1);
    await ok(core, 'mentors.update', { id: mentor.id, changes: { name: 'Grace Brewster' } });
    expect(await find('hopper')).toHaveLength(0);
    expect(await find('brewster')).toHaveLength(1);
    await ok(core, 'mentors.delete', { id: mentor.id });
    expect(await find('brewster')).toHaveLength(0);
  });

  it('ranks title matches above body matches, and matches prefixes and accents loosely', async () => {
    await ok(core, 'goals.create', { title: 'Negotiation skills', why: 'Better outcomes' });
    await ok(core, 'goals.create', { title: 'Board seat', why: 'Needs negotiation experience' });
    expect((await find('negotiation')).map((r) => plain(r.title))).toEqual(['Negotiation skills', 'Board seat']);
    expect(await find('negot')).toHaveLength(2);
    await ok(core, 'mentors.create', { name: 'Zoë Ångström' });
    expect(await find('zoe angstrom')).toHaveLength(1);
  });

  it('finds a word typed part-way at every length (two to four letters read a prefix index), and follows edits', async () => {
    const goal = await ok<{ id: number }>(core, 'goals.create', { title: 'Negotiation skills' });
    await ok(core, 'mentors.create', { name: 'Nell Quist', notes: 'Negotiates for a living' });
    for (const typed of ['ne', 'neg', 'nego', 'negot', 'negoti']) expect((await find(typed)).map((r) => r.kind).sort(), typed).toEqual(['goal', 'mentor']);
    expect((await find('board ne')).length).toBe(0);
    await ok(core, 'goals.update', { id: goal.id, changes: { title: 'Board seat' } });
    expect((await find('neg')).map((r) => r.kind)).toEqual(['mentor']);
    expect((await find('board se')).map((r) => r.kind)).toEqual(['goal']);
  });

  it('filters by kind, mentor, goal and date', async () => {
    const { mentorId, goalId } = await meetingWithEverything(core);
    const other = await ok<{ id: number }>(core, 'mentors.create', { name: 'Other', helpsWith: 'strategy too' });
    expect((await find('strategy', { kinds: ['advice'] })).map((r) => r.kind)).toEqual(['advice']);
    expect((await find('strategy', { mentorId: other.id })).map((r) => r.kind)).toEqual(['mentor']);
    expect((await find('strategy', { goalId })).map((r) => r.kind).sort()).toEqual(['advice', 'commitment']);
    expect(await find('slope', { from: '2026-11-21' })).toHaveLength(0);
    expect(await find('slope', { from: '2026-11-20', to: '2026-11-20', mentorId })).toHaveLength(1);
  });

  it('treats FTS syntax the user types as plain text, never an error', async () => {
    await ok(core, 'goals.create', { title: 'C++ and "quotes" (NEAR) - AND OR NOT *stars*' });
    for (const text of ['"', '""', '*', '-', 'NEAR', 'NEAR(a b)', 'a AND', 'OR', '(', ')', ':', 'title:board', '^', 'C++', '"quotes', '-stars', '', '   ']) {
      const result = await core.call('search.query', { text });
      expect(result.ok, text).toBe(true);
    }
    expect(await find('"quotes" NEAR')).toHaveLength(1);
  });

  it('refuses malformed filters with a typed error and changes nothing', async () => {
    await meetingWithEverything(core);
    const before = core.snapshot();
    for (const bad of [{}, { text: 1 }, { text: 'a', kinds: ['note'] }, { text: 'a', from: '2026-13-01' }, { text: 'a', limit: 0 }, { text: 'a', extra: true }, { text: 'x'.repeat(501) }]) {
      const result = await core.call('search.query', bad);
      expect(result.ok, JSON.stringify(bad).slice(0, 60)).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('INVALID');
    }
    expect(core.snapshot()).toEqual(before);
  });

  it('builds a valid FTS query from any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 60 }), (text) => {
        core.store.sqlite.prepare('SELECT count(*) FROM search_index WHERE search_index MATCH ?').get(toFtsQuery(text) ?? '"x"');
      }),
      propertyParameters({ runs: 1000 }),
    );
  });
});

describe('search over ten years of notes', () => {
  it('lists a broad word’s title matches newest first without ranking them all, and ranks a targeted query exactly', async () => {
    const { RANKED_MATCHES } = await import('../../electron/core/search/search');
    const early = await ok<{ id: number }>(core, 'commitments.create', { title: 'Plan the offsite retreat' });
    await ok(core, 'mentors.create', { name: 'Plan B Mentoring' });
    const insert = core.store.sqlite.prepare('INSERT INTO commitments (title, created_at, updated_at) VALUES (?, ?, ?)');
    core.store.sqlite.transaction(() => {
      for (let i = 0; i < RANKED_MATCHES + 100; i++) insert.run(`Plan number ${i}`, '2026-11-20T12:00:00.000Z', '2026-11-20T12:00:00.000Z');
    })();
    const broad = await find('plan', { limit: 200 });
    expect(broad).toHaveLength(200);
    // The oldest commitment is past the ranked window for the broad word…
    expect(broad.some((r) => r.kind === 'commitment' && r.id === early.id)).toBe(false);
    // …mentors and goals are always ranked, so a name is still found…
    expect(broad.map((r) => plain(r.title))).toContain('Plan B Mentoring');
    // …and a targeted query has few matches, all ranked: the best one comes first.
    const targeted = await find('plan offsite');
    expect(plain(targeted[0].title)).toBe('Plan the offsite retreat');
    expect(targeted).toHaveLength(1);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NOTES_MAX } from '../../electron/core/fields';
import { NAMES_IN_EVERY_SCRIPT } from '../helpers/hostile';
import { createTestCore, ok, type TestCore } from '../helpers/store';

// The sizes and scripts real users reach: a megabyte of notes, a 10 000-item agenda, names in any script.
let core: TestCore;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(() => core.dispose());

async function meetingWithMentor(): Promise<{ mentorId: number; meetingId: number }> {
  const mentor = await ok<{ id: number }>(core, 'mentors.create', { name: 'Grace Hopper' });
  const meeting = await ok<{ id: number }>(core, 'meetings.schedule', { mentorId: mentor.id, scheduledAt: '2026-12-01T10:00:00Z' });
  return { mentorId: mentor.id, meetingId: meeting.id };
}

/** About `bytes` bytes of UTF-8 mixing scripts, markdown and newlines, unlike a repeated letter. */
function megabyteOfNotes(bytes: number): string {
  const line = '- Stretch goal: lead the платформа team · 目标 · مراجعة · 👩🏽‍💻 **bold** `code` <b>not html</b>\n';
  const out = line.repeat(Math.ceil(bytes / Buffer.byteLength(line)));
  return out;
}

describe('limits', () => {
  it('stores and returns 1 MB of meeting notes exactly, and refuses more than the limit without change', async () => {
    const { meetingId } = await meetingWithMentor();
    const notes = megabyteOfNotes(1024 * 1024);
    expect(Buffer.byteLength(notes)).toBeGreaterThanOrEqual(1024 * 1024);
    await ok(core, 'meetings.saveNotes', { id: meetingId, notes });
    const detail = await ok<{ meeting: { notes: string } }>(core, 'meetings.get', { id: meetingId });
    expect(detail.meeting.notes.length).toBe(notes.length);
    expect(detail.meeting.notes === notes).toBe(true);

    const before = core.snapshot();
    const tooLong = await core.call('meetings.saveNotes', { id: meetingId, notes: 'x'.repeat(NOTES_MAX + 1) });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(core.snapshot()).toEqual(before);
  });

  it('holds 10 000 agenda items on one meeting: adds, reads in order, reorders and briefs them', async () => {
    const { meetingId } = await meetingWithMentor();
    const count = 10_000;
    for (let i = 0; i < count; i++) {
      await ok(core, 'agenda.add', { meetingId, text: `Talking point ${i} · نقطة ${i}`, minutes: 1 });
    }
    const detail = await ok<{ agenda: { id: number; text: string }[] }>(core, 'meetings.get', { id: meetingId });
    expect(detail.agenda.length).toBe(count);
    expect(detail.agenda[0].text).toBe('Talking point 0 · نقطة 0');
    expect(detail.agenda[count - 1].text).toBe(`Talking point ${count - 1} · نقطة ${count - 1}`);

    const reversed = detail.agenda.map((item) => item.id).reverse();
    await ok(core, 'agenda.reorder', { orderedIds: reversed });
    const again = await ok<{ agenda: { id: number }[] }>(core, 'meetings.get', { id: meetingId });
    expect(again.agenda.map((item) => item.id)).toEqual(reversed);

    const brief = await ok<{ agenda: unknown[] }>(core, 'prep.brief', { meetingId });
    expect(brief.agenda.length).toBe(count);
  }, 120_000);

  it('stores names in every script exactly as typed (RTL, emoji with joiners, combining marks, CJK)', async () => {
    const created: { id: number; name: string }[] = [];
    for (const name of NAMES_IN_EVERY_SCRIPT) {
      const mentor = await ok<{ id: number; name: string }>(core, 'mentors.create', { name, howWeMet: name, notes: name });
      expect(mentor.name).toBe(name);
      created.push(mentor);
      const goal = await ok<{ id: number; title: string }>(core, 'goals.create', { title: name, why: name });
      expect(goal.title).toBe(name);
      expect(JSON.stringify(await ok(core, 'goals.get', { id: goal.id }))).toContain(JSON.stringify(name).slice(1, -1));
    }
    for (const { id, name } of created) {
      const detail = await ok<Record<string, unknown>>(core, 'mentors.get', { id });
      expect(JSON.stringify(detail)).toContain(JSON.stringify(name).slice(1, -1));
    }
    const options = await ok<{ id: number; name: string }[]>(core, 'lookups.mentors');
    expect(options.map((o) => o.name).sort()).toEqual([...NAMES_IN_EVERY_SCRIPT].sort());
    const goals = await ok<{ id: number; title: string }[]>(core, 'lookups.goals');
    expect(goals.map((g) => g.title).sort()).toEqual([...NAMES_IN_EVERY_SCRIPT].sort());
    const stored = core.store.sqlite.prepare('SELECT name FROM mentors ORDER BY id').pluck().all();
    expect(stored).toEqual([...NAMES_IN_EVERY_SCRIPT]);
  });
});

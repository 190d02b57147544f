import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { propertyParameters } from '../helpers/property';
import { createTestCore, ok, type TestCore } from '../helpers/store';

// backup → restore → backup gives the same bytes, for random stores written through the contract:
// any text (every script, emoji, control characters, lone surrogates), dates, links between rows.
const CLOCK = '2026-11-20T12:00:00.000Z';
let target: TestCore;
beforeAll(async () => {
  target = await createTestCore({ clockStart: CLOCK });
});
afterAll(() => target?.dispose());

const text = (max: number) => fc.string({ unit: 'binary', maxLength: max });
const title = (max: number) => text(max).filter((t) => t.trim().length > 0);
const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const store = fc.record({
  mentors: fc.array(fc.record({ name: title(60), notes: text(400), cadence: fc.integer({ min: 1, max: 365 }) }), { minLength: 1, maxLength: 4 }),
  goals: fc.array(fc.record({ title: title(80), targetDate: fc.option(day, { nil: null }) }), { maxLength: 3 }),
  commitments: fc.array(fc.record({ title: title(80), dueDate: fc.option(day, { nil: null }), mentor: fc.nat(), goal: fc.nat() }), { maxLength: 6 }),
  meetings: fc.array(fc.record({ mentor: fc.nat(), notes: text(600), agenda: fc.array(title(100), { maxLength: 3 }) }), { maxLength: 3 }),
});

describe('backup round trip (property)', () => {
  it('backup → restore → backup is byte-identical for random valid stores', async () => {
    await fc.assert(
      fc.asyncProperty(store, async (data) => {
        const source = await createTestCore({ clockStart: CLOCK });
        try {
          const mentorIds: number[] = [];
          for (const m of data.mentors) mentorIds.push((await ok<{ id: number }>(source, 'mentors.create', { name: m.name, notes: m.notes, keepInTouchCadenceDays: m.cadence })).id);
          const goalIds: number[] = [];
          for (const g of data.goals) goalIds.push((await ok<{ id: number }>(source, 'goals.create', g)).id);
          for (const c of data.commitments) {
            const goalId = goalIds.length ? goalIds[c.goal % goalIds.length] : null;
            await ok(source, 'commitments.create', { title: c.title, dueDate: c.dueDate, mentorId: mentorIds[c.mentor % mentorIds.length], goalId });
          }
          for (const m of data.meetings) {
            const meeting = await ok<{ id: number }>(source, 'meetings.schedule', { mentorId: mentorIds[m.mentor % mentorIds.length], scheduledAt: '2026-11-21T09:30:00Z' });
            await ok(source, 'meetings.saveNotes', { id: meeting.id, notes: m.notes });
            for (const point of m.agenda) await ok(source, 'agenda.add', { meetingId: meeting.id, text: point });
          }
          const first = await ok<{ content: string }>(source, 'backup.export');
          await ok(target, 'backup.restore', { content: first.content, mode: 'replace' });
          const second = await ok<{ content: string }>(target, 'backup.export');
          expect(second.content).toBe(first.content);
        } finally {
          source.dispose();
        }
      }),
      propertyParameters({ runs: 15, seed: 20261123 }),
    );
  }, 180_000);
});

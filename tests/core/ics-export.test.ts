import fc from 'fast-check';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine } from '../../electron/core/export/ics-fold';
import type { ExportFile } from '../../electron/core/export/types';
import { propertyParameters } from '../helpers/property';
import { createTestCore, ok, type TestCore } from '../helpers/store';

const octets = (s: string) => new TextEncoder().encode(s).length;
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

describe('ICS line folding', () => {
  it('keeps every line within 75 octets, never splits a character, and unfolds to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), (text) => {
        const line = `DESCRIPTION:${escapeIcsText(text)}`;
        const folded = foldIcsLine(line);
        const lines = folded.split('\r\n');
        expect(lines.every((l) => octets(l) <= 75)).toBe(true);
        expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
        // A lone surrogate would become U+FFFD when written as UTF-8: the pieces are whole characters.
        expect(lines.every((l) => l.isWellFormed() || !line.isWellFormed())).toBe(true);
        expect(unfold(folded)).toBe(line);
      }),
      propertyParameters({ runs: 300 }),
    );
  });

  it('escapes what a TEXT value may not hold and drops control characters', () => {
    expect(escapeIcsText('a;b,c\\d\r\ne\nf\u0000\u001b\tg')).toBe('a\\;b\\,c\\\\d\\ne\\nf\tg');
  });
});

describe('ICS export of a large agenda', () => {
  let core: TestCore;
  beforeEach(async () => {
    core = await createTestCore({ clockStart: '2026-11-20T12:00:00.000Z' });
  });
  afterEach(() => core.dispose());

  // 120 items of 2 000 characters took 141 s when the `ics` package folded the description; the test's
  // time limit is what fails now if folding turns quadratic again. The figure is printed, not asserted.
  it('writes 120 agenda items of 2 000 characters in one pass, and ical.js reads every character back', async () => {
    const mentor = await ok<{ id: number }>(core, 'mentors.create', { name: '张伟 “Zhang”, O’Neil; & co' });
    const meeting = await ok<{ id: number }>(core, 'meetings.schedule', { mentorId: mentor.id, scheduledAt: '2026-11-20T10:00:00Z', location: 'Room 1; floor 2, east' });
    const texts = Array.from({ length: 120 }, (_, i) => `${i}: ${'议程 agenda, item; with \\ and é '.repeat(70)}`.slice(0, 2_000));
    core.store.sqlite.transaction(() => {
      const insert = core.store.sqlite.prepare("INSERT INTO agenda_items (mentor_id, meeting_id, text, position, created_at, updated_at) VALUES (?, ?, ?, ?, '2026-11-20T12:00:00.000Z', '2026-11-20T12:00:00.000Z')");
      texts.forEach((text, i) => insert.run(mentor.id, meeting.id, text, i));
    })();
    const started = performance.now();
    const [file] = await ok<ExportFile[]>(core, 'export.meetings', { selection: { kind: 'all' }, format: 'ics' });
    console.log(`ICS export of 120 × 2 000-character agenda items: ${(performance.now() - started).toFixed(0)} ms, ${(file.content.length / 1024).toFixed(0)} KB`);
    expect(file.content.split('\r\n').every((l) => octets(l) <= 75)).toBe(true);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(file.content)).getFirstSubcomponent('vevent')!);
    expect(event.description).toBe(`Agenda:\n${texts.map((t) => `- ${t}`).join('\n')}`);
    expect(event.summary).toBe('Mentor meeting: 张伟 “Zhang”, O’Neil; & co');
    expect(event.location).toBe('Room 1; floor 2, east');
  }, 20_000);
});

import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { safeFileName } from '../../electron/core/export/file-names';
import { yamlString } from '../../electron/core/export/markdown';
import type { EmailDraft, ExportFile } from '../../electron/core/export/types';
import { meetingWithEverything } from '../helpers/factories/export';
import { createTestCore, ok, type TestCore } from '../helpers/store';

const GOLDEN = path.resolve(__dirname, '../fixtures/export');
const golden = (name: string, actual: string) => {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, actual);
  expect(actual).toBe(fs.readFileSync(file, 'utf8'));
};

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore({ clockStart: '2026-11-20T12:00:00.000Z' });
});
afterEach(() => core.dispose());

describe('meeting notes export', () => {
  it('writes one meeting as Markdown with front matter (golden file)', async () => {
    const { meetingId } = await meetingWithEverything(core);
    await ok(core, 'meetings.markHeld', { id: meetingId });
    const [file] = await ok<ExportFile[]>(core, 'export.meetings', { selection: { kind: 'meeting', meetingId }, format: 'markdown' });
    expect(file.name).toBe('2026-11-20 Ada Lovelace.md');
    golden('meeting.md', file.content);
  });

  it('writes a calendar that an independent parser reads back (golden file)', async () => {
    const { meetingId } = await meetingWithEverything(core);
    const [file] = await ok<ExportFile[]>(core, 'export.meetings', { selection: { kind: 'all' }, format: 'ics' });
    golden('calendar.ics', file.content);
    const calendar = new ICAL.Component(ICAL.parse(file.content));
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const meeting = events.find((e) => e.uid === `meeting-${meetingId}@mentor-planner`)!;
    expect(meeting.summary).toBe('Mentor meeting: Ada Lovelace');
    expect(meeting.location).toBe('Café "Le Monde": table 3');
    expect(meeting.startDate.toJSDate().toISOString()).toBe('2026-11-20T10:00:00.000Z');
    expect(meeting.endDate.toJSDate().toISOString()).toBe('2026-11-20T10:45:00.000Z');
    const due = events.find((e) => e.summary === 'Due: Draft the strategy page')!;
    expect(due.startDate.isDate).toBe(true);
    expect(due.startDate.toString()).toBe('2026-12-01');
    expect(due.endDate.toString()).toBe('2026-12-02');
  });

  it('writes one Markdown file per meeting with unique safe names, or one combined file with contents', async () => {
    const { mentorId } = await meetingWithEverything(core);
    await ok(core, 'meetings.schedule', { mentorId, scheduledAt: '2026-11-20T15:00:00Z' });
    const files = await ok<ExportFile[]>(core, 'export.meetings', { selection: { kind: 'mentor', mentorId }, format: 'markdown-files' });
    expect(files.map((f) => f.name)).toEqual(['2026-11-20 Ada Lovelace.md', '2026-11-20 Ada Lovelace (2).md']);
    expect(files.every((f) => f.content.startsWith('---\nmentor: "Ada Lovelace"'))).toBe(true);
    const [combined] = await ok<ExportFile[]>(core, 'export.meetings', { selection: { kind: 'range', from: '2026-11-01', to: '2026-11-30' }, format: 'markdown' });
    expect(combined.content).toContain('## Contents\n\n1. 2026-11-20 — Ada Lovelace\n2. 2026-11-20 — Ada Lovelace');
  });

  it('answers an unknown meeting with NOT_FOUND and a bad selection with INVALID', async () => {
    expect(await core.call('export.meetings', { selection: { kind: 'meeting', meetingId: 42 }, format: 'html' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.call('export.meetings', { selection: { kind: 'everything' }, format: 'html' })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(await core.call('export.meetings', { selection: { kind: 'all' }, format: 'docx' })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
  });

  it('refuses an export with no meetings in it instead of producing an empty file', async () => {
    await meetingWithEverything(core);
    const before = core.snapshot();
    const result = await core.call('export.meetings', { selection: { kind: 'range', from: '2020-01-01', to: '2020-01-31' }, format: 'markdown' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID', message: expect.stringMatching(/no meetings in that selection/) } });
    expect(core.snapshot()).toEqual(before);
  });

  it('refuses to save to disk in browser mode (no desktop dialog), telling the user to download', async () => {
    await meetingWithEverything(core);
    const result = await core.call('export.save', { selection: { kind: 'all' }, format: 'markdown' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID', message: expect.stringContaining('Download') } });
  });

  it('saves through the desktop dialog, atomically, and only reveals files it saved', async () => {
    await meetingWithEverything(core);
    const target = path.join(core.dir, 'out', 'notes.md');
    fs.mkdirSync(path.dirname(target));
    const shown: string[] = [];
    core.ctx.platform = { chooseSavePath: async () => target, showItemInFolder: (p) => shown.push(p) };
    const result = await ok<{ paths: string[] }>(core, 'export.save', { selection: { kind: 'all' }, format: 'markdown' });
    expect(result.paths).toEqual([target]);
    expect(fs.readFileSync(target, 'utf8')).toContain('Write a one-page strategy');
    expect(fs.readdirSync(path.dirname(target))).toEqual(['notes.md']);
    await ok(core, 'export.showInFolder', { path: target });
    expect(shown).toEqual([target]);
    expect(await core.call('export.showInFolder', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    core.ctx.platform = { chooseSavePath: async () => null };
    expect(await ok(core, 'export.save', { selection: { kind: 'all' }, format: 'markdown' })).toBeNull();
  });
});

describe('emails and updates', () => {
  it('drafts a follow-up email from a held meeting: thanks, takeaways, commitments by when', async () => {
    const { meetingId } = await meetingWithEverything(core);
    expect(await core.call('export.followUpEmail', { meetingId })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await ok(core, 'meetings.markHeld', { id: meetingId });
    const draft = await ok<EmailDraft>(core, 'export.followUpEmail', { meetingId, locale: 'en-US' });
    expect(draft.body).toContain('Hi Ada,');
    expect(draft.body).toContain('- Write a one-page strategy');
    expect(draft.body).toContain('- Draft the strategy page (by Dec 1, 2026)');
    expect(draft.mailto).toMatch(/^mailto:ada%40example\.com\?subject=/);
  });

  it('writes a progress update with outcomes since the last meeting and goal progress', async () => {
    const { meetingId, mentorId } = await meetingWithEverything(core);
    await ok(core, 'meetings.markHeld', { id: meetingId });
    const id = (core.store.sqlite.prepare('SELECT id FROM commitments').get() as { id: number }).id;
    core.clock.set('2026-11-25T09:00:00.000Z');
    await ok(core, 'commitments.complete', { id, outcome: 'My manager loved it' });
    const update = await ok<EmailDraft & { markdown: string }>(core, 'export.progressUpdate', { mentorId, locale: 'en-GB' });
    expect(update.markdown).toContain('- **Draft the strategy page** — My manager loved it');
    expect(update.markdown).toContain('- **Become a VP** (active): 100% — 1 of 1 commitments done');
    expect(update.subject).toBe('Progress update since we met on 20 Nov 2026');
    // The email is plain text: the Markdown page's headings and bold markers do not leak into it.
    expect(update.body).not.toMatch(/^#|\*\*/m);
    expect(update.body).toContain('What I did with your advice:\n\n- Draft the strategy page — My manager loved it');
  });
});

describe('safe file names', () => {
  it('strips reserved characters, device names, trailing dots and overlong names', () => {
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j', 'md')).toBe('a-b-c-d-e-f-g-h-i-j.md');
    expect(safeFileName('CON', 'md')).toBe('_CON.md');
    expect(safeFileName('...', 'md')).toBe('export.md');
    expect(safeFileName('notes. ', 'md')).toBe('notes.md');
    expect(safeFileName('x'.repeat(500), 'md')).toHaveLength(120);
    expect(safeFileName('résumé 👩‍💻 مرحبا', 'md')).toBe('résumé 👩‍💻 مرحبا.md');
  });

  it('quotes YAML so names cannot break the front matter', () => {
    expect(yamlString('a: "b"\n- c')).toBe('"a: \\"b\\"\\n- c"');
  });
});

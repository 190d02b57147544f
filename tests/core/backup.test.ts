import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copiesFolder, listCopies, runDailyCopyIfDue, safetyCopyPath } from '../../electron/core/backup/daily-copies';
import { calendar } from '../helpers/calendars';
import { meetingWithEverything } from '../helpers/factories/export';
import { createTestCore, ok, type TestCore } from '../helpers/store';
import { removeTree } from '../helpers/remove-tree';

let core: TestCore;
let other: TestCore;
beforeEach(async () => {
  core = await createTestCore({ clockStart: '2026-11-20T12:00:00.000Z' });
  other = await createTestCore({ clockStart: '2026-11-21T12:00:00.000Z' });
});
afterEach(() => {
  core.dispose();
  other.dispose();
});

async function filledBackup() {
  const { meetingId } = await meetingWithEverything(core);
  await ok(core, 'meetings.markHeld', { id: meetingId });
  await ok(core, 'interactions.log', { mentorId: 1, kind: 'call', occurredAt: '2026-11-19T10:00:00Z', note: 'Quick call' });
  await ok(core, 'gives.add', { mentorId: 1, description: 'Sent an article', givenOn: '2026-11-18' });
  await ok(core, 'settings.update', { defaultCadenceDays: 21 });
  await ok(core, 'templates.saveFromMeeting', { meetingId, name: 'My check-in' });
  const ics = calendar([{ uid: 'catch-up@example.org', summary: 'Catch-up', start: '20261115T100000Z', end: '20261115T103000Z' }]);
  await ok(core, 'calendars.importFile', { fileName: 'work.ics', text: ics, timeZone: 'UTC' });
  await ok(core, 'calendars.decide', { seriesId: 1, decision: 'accepted', mentorId: 1 });
  core.store.sqlite.prepare("INSERT INTO reminder_log (reminder_key, kind, fired_at) VALUES ('report-back:1', 'report-back', '2026-11-20T12:00:00.000Z')").run();
  return ok<{ fileName: string; content: string }>(core, 'backup.export');
}

// Sync's bookkeeping (this device's id, outbox, cell timestamps) belongs to the device, not to a backup.
const deviceOnly = (table: string) => table === '__drizzle_migrations' || table.startsWith('sync_') || table === 'note_conflicts';
const userRows = (t: TestCore) => Object.fromEntries(Object.entries(t.snapshot()).filter(([table]) => !deviceOnly(table)));

/** A valid file with one value changed: values of the right column type that break the contract's field rules. */
function fieldRuleViolations(): [string, (valid: string) => string, RegExp][] {
  const change = (table: string, key: string, value: unknown) => (valid: string) => {
    const data = JSON.parse(valid);
    data.tables[table][0][key] = value;
    return JSON.stringify(data);
  };
  return [
    ['a due date that is not a day', change('commitments', 'dueDate', 'soon'), /tables\.commitments\.0\.dueDate/],
    ['a day that does not exist', change('goals', 'targetDate', '2026-02-30'), /tables\.goals\.0\.targetDate/],
    ['a snooze until that is not a time', change('commitments', 'snoozedUntil', 'zzz'), /tables\.commitments\.0\.snoozedUntil/],
    ['a creation time that is not a time', change('mentors', 'createdAt', 'yesterday'), /tables\.mentors\.0\.createdAt/],
    ['an id past the safe integer range', change('mentors', 'id', 2 ** 53), /tables\.mentors\.0\.id/],
    ['a zero id', change('advice', 'id', 0), /tables\.advice\.0\.id/],
    ['a negative reference', change('commitments', 'goalId', -1), /tables\.commitments\.0\.goalId/],
    ['a name longer than the form allows', change('mentors', 'name', 'x'.repeat(201)), /tables\.mentors\.0\.name/],
    ['an empty commitment title', change('commitments', 'title', '   '), /tables\.commitments\.0\.title/],
    ['a meeting of zero minutes', change('meetings', 'durationMinutes', 0), /tables\.meetings\.0\.durationMinutes/],
    ['template items that are not JSON', change('agendaTemplates', 'itemsJson', '[{'), /tables\.agendaTemplates\.0\.itemsJson/],
    ['a setting that is not JSON', change('settings', 'valueJson', 'nope'), /tables\.settings\.0\.valueJson/],
    ['an unknown meeting status', change('meetings', 'status', 'maybe'), /tables\.meetings\.0\.status/],
  ];
}

describe('JSON backup and restore', () => {
  it('round-trips every row of every table into an empty store', async () => {
    const backup = await filledBackup();
    expect(backup.fileName).toBe('mentor-planner-backup-2026-11-20.json');
    const result = await ok<{ counts: Record<string, number> }>(other, 'backup.restore', { content: backup.content, mode: 'replace' });
    expect(result.counts).toMatchObject({ mentors: 1, goals: 1, meetings: 1, advice: 2, commitments: 1, reminderLog: 1, agendaTemplates: 1 });
    const source = userRows(core);
    const restored = userRows(other);
    expect(Object.values(source).every((rows) => rows.length > 0)).toBe(true);
    expect(restored).toEqual(source);
  });

  it('keeps restored values exactly as written, and stores times in the one ISO form', async () => {
    const backup = await filledBackup();
    const data = JSON.parse(backup.content);
    data.tables.meetings[0].notes = '  Notes with spaces and a trailing newline\n';
    data.tables.commitments[0].snoozedUntil = '2026-11-25T10:00:00+01:00';
    await ok(other, 'backup.restore', { content: JSON.stringify(data), mode: 'replace' });
    expect(other.store.sqlite.prepare('SELECT notes FROM meetings').get()).toEqual({ notes: '  Notes with spaces and a trailing newline\n' });
    expect(other.store.sqlite.prepare('SELECT snoozed_until AS s FROM commitments').get()).toEqual({ s: '2026-11-25T09:00:00.000Z' });
  });

  it('merges by id: rows with the same id are replaced, others kept and added', async () => {
    const backup = await filledBackup();
    await ok(other, 'mentors.create', { name: 'Only in the other store' });
    await ok(other, 'mentors.create', { name: 'Second local mentor' });
    await ok(other, 'backup.restore', { content: backup.content, mode: 'merge' });
    const names = (other.store.sqlite.prepare('SELECT id, name FROM mentors ORDER BY id').all() as { name: string }[]).map((m) => m.name);
    expect(names).toEqual(['Ada Lovelace', 'Second local mentor']);
  });

  it('restores nothing when the current data cannot be copied aside first, and says so', async () => {
    const backup = await filledBackup();
    await ok(other, 'mentors.create', { name: 'Keep me' });
    const before = other.snapshot();
    // The backups folder cannot be created: a plain file has its name.
    removeTree(copiesFolder(other.store));
    fs.writeFileSync(copiesFolder(other.store), 'not a folder');
    const result = await other.call('backup.restore', { content: backup.content, mode: 'replace' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'SAFETY_COPY_FAILED', message: expect.stringMatching(/could not copy your current data aside first.*nothing was restored.*backups folder.*try again/) },
    });
    expect(other.snapshot()).toEqual(before);
  });

  it('restores no daily copy when the copy of the current data cannot be written, and says so with its own code', async () => {
    await ok(core, 'backup.copyNow');
    await ok(core, 'mentors.create', { name: 'Keep me' });
    const before = core.snapshot();
    // Where the safety copy would be written (its name comes from the clock) something else is in the way.
    fs.mkdirSync(`${safetyCopyPath(core.store, 'restore', core.clock.now())}.part`);
    const result = await core.call('backup.restoreCopy', { fileName: listCopies(core.store)[0].fileName });
    expect(result).toMatchObject({ ok: false, error: { code: 'SAFETY_COPY_FAILED', message: expect.stringMatching(/could not copy your current data aside first/) } });
    expect(core.snapshot()).toEqual(before);
    expect(listCopies(core.store).map((c) => c.kind)).toEqual(['daily']);
  });

  it('checks the copy taken before a restore and leaves no partial file behind', async () => {
    const backup = await filledBackup();
    const { safetyCopy } = await ok<{ safetyCopy: string }>(other, 'backup.restore', { content: backup.content, mode: 'merge' });
    const files = fs.readdirSync(copiesFolder(other.store));
    expect(files).toContain(safetyCopy);
    expect(files.filter((f) => f.endsWith('.part') || f.endsWith('-wal') || f.endsWith('-journal'))).toEqual([]);
    expect(listCopies(other.store).map((c) => c.fileName)).toContain(safetyCopy);
  });

  const badFiles: [string, (valid: string) => string, RegExp][] = [
    ['malformed JSON', () => '{"format": "mentor-planner-backup", ', /not complete JSON/],
    ['truncated file', (valid) => valid.slice(0, valid.length / 2), /not complete JSON/],
    ['not a backup at all', () => JSON.stringify({ hello: 'world' }), /not a Mentor Planner backup/],
    ['an unknown format version', (valid) => JSON.stringify({ ...JSON.parse(valid), version: '1.0' }), /format version Mentor Planner does not know \("1\.0"\)/],
    [
      'a missing table',
      (valid) => {
        const data = JSON.parse(valid);
        delete data.tables.meetings;
        return JSON.stringify(data);
      },
      /damaged or incomplete.*tables\.meetings/,
    ],
    ['a newer format version', (valid) => JSON.stringify({ ...JSON.parse(valid), version: 3 }), /newer version of Mentor Planner \(format 3\)/],
    [
      'a row of the wrong shape',
      (valid) => {
        const data = JSON.parse(valid);
        data.tables.mentors[0].keepInTouchCadenceDays = 'monthly';
        return JSON.stringify(data);
      },
      /damaged or incomplete/,
    ],
    [
      'an unknown table',
      (valid) => JSON.stringify({ ...JSON.parse(valid), tables: { ...JSON.parse(valid).tables, secrets: [] } }),
      /damaged or incomplete/,
    ],
    [
      'an inconsistent reference',
      (valid) => {
        const data = JSON.parse(valid);
        data.tables.meetings[0].mentorId = 999;
        return JSON.stringify(data);
      },
      /inconsistent/,
    ],
    ...fieldRuleViolations(),
  ];

  for (const [name, corrupt, message] of badFiles) {
    it(`rejects ${name} with a clear message and changes nothing`, async () => {
      const backup = await filledBackup();
      await ok(other, 'mentors.create', { name: 'Keep me' });
      const before = other.snapshot();
      for (const mode of ['replace', 'merge'] as const) {
        const result = await other.call('backup.restore', { content: corrupt(backup.content), mode });
        expect(result).toMatchObject({ ok: false, error: { code: 'INVALID', message: expect.stringMatching(message) } });
      }
      expect(other.snapshot()).toEqual(before);
    });
  }
});

describe('automatic daily copies', () => {
  it('makes one copy a day and keeps the last seven', async () => {
    await runDailyCopyIfDue(core.store, core.clock.now());
    expect(listCopies(core.store).map((c) => c.date)).toEqual(['2026-11-20']);
    for (let day = 1; day <= 9; day++) {
      await runDailyCopyIfDue(core.store, new Date(Date.UTC(2026, 10, 20 + day, 9)));
      await runDailyCopyIfDue(core.store, new Date(Date.UTC(2026, 10, 20 + day, 18)));
    }
    const copies = listCopies(core.store);
    expect(copies).toHaveLength(7);
    expect(copies[0].date).toBe('2026-11-29');
    expect(copies.at(-1)!.date).toBe('2026-11-23');
    expect(fs.readdirSync(copiesFolder(core.store)).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('restores a copy after copying the current state aside', async () => {
    await ok(core, 'mentors.create', { name: 'Before the copy' });
    core.clock.set('2026-11-21T08:00:00.000Z');
    await ok(core, 'backup.copyNow');
    await ok(core, 'mentors.create', { name: 'After the copy' });
    const { copies } = await ok<{ copies: { fileName: string }[] }>(core, 'backup.copies');
    const result = await ok<{ safetyCopy: string }>(core, 'backup.restoreCopy', { fileName: copies[0].fileName });
    const names = (core.store.sqlite.prepare('SELECT name FROM mentors').all() as { name: string }[]).map((m) => m.name);
    expect(names).toEqual(['Before the copy']);
    expect(fs.existsSync(path.join(copiesFolder(core.store), result.safetyCopy))).toBe(true);
    expect(await core.call('backup.restoreCopy', { fileName: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('copies the database now on request, even when today’s daily copy exists, without touching that copy', async () => {
    expect(await ok(core, 'backup.copyNow')).toMatchObject({ kind: 'daily', date: '2026-11-20' });
    core.clock.set('2026-11-20T15:00:00.000Z');
    const dailyFile = path.join(copiesFolder(core.store), 'mentor-planner-2026-11-20.db');
    const dailyBefore = fs.readFileSync(dailyFile);
    await ok(core, 'mentors.create', { name: 'Added this afternoon' });
    const copy = await ok<{ fileName: string; kind: string; date: string }>(core, 'backup.copyNow');
    expect(copy).toMatchObject({ kind: 'on-request', date: '2026-11-20' });
    expect(fs.readFileSync(dailyFile).equals(dailyBefore)).toBe(true);
    const { copies } = await ok<{ copies: { fileName: string }[] }>(core, 'backup.copies');
    expect(copies.map((c) => c.fileName)).toContain(copy.fileName);
    await ok(core, 'mentors.create', { name: 'Added after the copy' });
    await ok(core, 'backup.restoreCopy', { fileName: copy.fileName });
    const names = (core.store.sqlite.prepare('SELECT name FROM mentors').all() as { name: string }[]).map((m) => m.name);
    expect(names).toEqual(['Added this afternoon']);
  });

  it('keeps the copy just made on request even when its name sorts before the seven kept (the clock went back)', async () => {
    await ok(core, 'backup.copyNow');
    for (let i = 0; i < 9; i++) {
      const copy = await ok<{ fileName: string; kind: string }>(core, 'backup.copyNow');
      expect(copy.kind).toBe('on-request');
      const { copies } = await ok<{ copies: { fileName: string; kind: string }[] }>(core, 'backup.copies');
      expect(copies.map((c) => c.fileName)).toContain(copy.fileName);
      expect(copies.filter((c) => c.kind === 'on-request').length).toBeLessThanOrEqual(7);
    }
  });

  it('lists the copy taken before a restore, so the restore itself can be undone, and never overwrites a copy', async () => {
    await ok(core, 'mentors.create', { name: 'Before the copy' });
    core.clock.set('2026-11-21T08:00:00.000Z');
    await ok(core, 'backup.copyNow');
    await ok(core, 'mentors.create', { name: 'After the copy' });
    type Copies = { copies: { fileName: string; date: string; kind: string }[] };
    const daily = (await ok<Copies>(core, 'backup.copies')).copies.find((c) => c.kind === 'daily' && c.date === '2026-11-21')!;
    const first = await ok<{ safetyCopy: string }>(core, 'backup.restoreCopy', { fileName: daily.fileName });
    const listed = (await ok<Copies>(core, 'backup.copies')).copies.find((c) => c.fileName === first.safetyCopy);
    expect(listed).toMatchObject({ kind: 'before-restore', date: '2026-11-21' });

    core.clock.set('2026-11-21T08:00:00.000Z');
    const undo = await ok<{ safetyCopy: string }>(core, 'backup.restoreCopy', { fileName: first.safetyCopy });
    expect(undo.safetyCopy).not.toBe(first.safetyCopy);
    const names = (core.store.sqlite.prepare('SELECT name FROM mentors ORDER BY name').all() as { name: string }[]).map((m) => m.name);
    expect(names).toEqual(['After the copy', 'Before the copy']);
  });
});

describe('restoring a backup file the shell lets the user choose', () => {
  it('restores the chosen file, does nothing when cancelled, and explains a missing capability or file', async () => {
    const backup = await filledBackup();
    const file = path.join(other.dir, 'chosen backup.json');
    fs.writeFileSync(file, backup.content);
    expect(await other.call('backup.restoreFile', { mode: 'merge' })).toMatchObject({ ok: false, error: { code: 'INVALID', message: expect.stringMatching(/desktop app/) } });
    const before = other.snapshot();
    expect(await other.call('backup.restoreFile', { mode: 'merge' }, { chooseBackupFile: async () => null })).toEqual({ ok: true, value: null });
    expect(await other.call('backup.restoreFile', { mode: 'merge' }, { chooseBackupFile: async () => path.join(other.dir, 'gone.json') })).toMatchObject({
      ok: false,
      error: { code: 'INVALID', message: expect.stringMatching(/could not be found/) },
    });
    expect(other.snapshot()).toEqual(before);
    const result = await other.call('backup.restoreFile', { mode: 'replace' }, { chooseBackupFile: async () => file });
    expect(result).toMatchObject({ ok: true, value: { fileName: 'chosen backup.json', counts: { mentors: 1, meetings: 1 } } });
    expect(userRows(other)).toEqual(userRows(core));
  });
});

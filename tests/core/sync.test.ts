import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCore } from '../../electron/core/app-core';
import { createTestCore, MIGRATIONS, ok, type TestCore } from '../helpers/store';
import { filesUnder, PASSPHRASE, setUpSync, syncedContent, syncFolder, syncNow } from '../helpers/sync';
import { removeTree } from '../helpers/remove-tree';

const cores: TestCore[] = [];
const folders: string[] = [];
afterEach(() => {
  for (const c of cores.splice(0)) c.dispose();
  for (const f of folders.splice(0)) removeTree(f);
});

async function devices(n: number) {
  const folder = syncFolder();
  folders.push(folder);
  const list: TestCore[] = [];
  for (let i = 0; i < n; i++) {
    const core = await createTestCore();
    cores.push(core);
    list.push(core);
  }
  return { folder, list };
}

async function exchange(...list: TestCore[]) {
  for (const c of list) await syncNow(c);
  for (const c of list) await syncNow(c);
}

describe('sync through a shared folder', () => {
  it('stamps writes from a second process on the same file (browser mode beside the desktop) that was open before sync was set up', async () => {
    const { folder, list: [laptop, desktop] } = await devices(2);
    const browserMode = await startCore({ dataDir: laptop.dir, migrationsFolderCandidates: [MIGRATIONS], appVersion: 'test', dailyCopyAfterMs: null });
    try {
      await setUpSync(laptop, folder, 'Laptop');
      expect(await browserMode.call('mentors.create', { name: 'Made in browser mode' })).toMatchObject({ ok: true });
      await setUpSync(desktop, folder, 'Desktop');
      await exchange(laptop, desktop);
      expect((await ok<{ name: string }[]>(desktop, 'mentors.list', {})).map((m) => m.name)).toEqual(['Made in browser mode']);
    } finally {
      browserMode.close();
    }
  });

  it('carries a mentor, meeting and commitment made on one device to another, and edits back', async () => {
    const { folder, list: [laptop, desktop] } = await devices(2);
    const mentor = await ok<{ id: number }>(laptop, 'mentors.create', { name: 'Ada Lovelace', email: 'ada@example.com' });
    await setUpSync(laptop, folder, 'Laptop');
    await setUpSync(desktop, folder, 'Desktop');
    expect(await ok<unknown[]>(desktop, 'mentors.list', {})).toHaveLength(1);

    const meeting = await ok<{ id: number }>(laptop, 'meetings.schedule', { mentorId: mentor.id, scheduledAt: '2026-12-01T10:00:00.000Z' });
    await ok(laptop, 'meetings.saveNotes', { id: meeting.id, notes: 'Talked about delegation' });
    await exchange(laptop, desktop);
    expect(syncedContent(desktop)).toEqual(syncedContent(laptop));

    const [remoteMentor] = await ok<{ id: number }[]>(desktop, 'mentors.list', {});
    await ok(desktop, 'mentors.update', { id: remoteMentor.id, changes: { role: 'Mathematician' } });
    await exchange(desktop, laptop);
    expect((await ok<{ mentor: { role: string } }>(laptop, 'mentors.get', { id: mentor.id })).mentor.role).toBe('Mathematician');
    expect(syncedContent(desktop)).toEqual(syncedContent(laptop));
  });

  it('carries links to other records as global ids, also where the column has no foreign key', async () => {
    const { folder, list: [a, b] } = await devices(2);
    const onlyOnB = await ok<{ id: number }>(b, 'mentors.create', { name: 'Occupies id 1 on B' });
    await ok(b, 'meetings.schedule', { mentorId: onlyOnB.id, scheduledAt: '2026-12-02T10:00:00.000Z' });
    const m = await ok<{ id: number }>(a, 'mentors.create', { name: 'Linked' });
    const meeting = await ok<{ id: number }>(a, 'meetings.schedule', { mentorId: m.id, scheduledAt: '2026-12-01T10:00:00.000Z' });
    a.store.sqlite.prepare("INSERT INTO agenda_items (mentor_id, text, carried_from_meeting_id, created_at, updated_at) VALUES (?, 'Carried over', ?, '2026-11-23T09:00:00.000Z', '2026-11-23T09:00:00.000Z')").run(m.id, meeting.id);
    await setUpSync(a, folder, 'A');
    await setUpSync(b, folder, 'B');
    const row = b.store.sqlite
      .prepare("SELECT mt.name AS mentor, mg.gid AS meetingGid FROM agenda_items ai JOIN mentors mt ON mt.id = ai.mentor_id JOIN meetings mg ON mg.id = ai.carried_from_meeting_id WHERE ai.text = 'Carried over'")
      .get();
    const gidOnA = (a.store.sqlite.prepare('SELECT gid FROM meetings WHERE id = ?').get(meeting.id) as { gid: string }).gid;
    expect(row).toEqual({ mentor: 'Linked', meetingGid: gidOnA });
  });

  it('writes each device only into its own folder, and nothing readable without the passphrase', async () => {
    const { folder, list: [a, b] } = await devices(2);
    await ok(a, 'mentors.create', { name: 'Grace Hopper Secretname' });
    await setUpSync(a, folder, 'A');
    await setUpSync(b, folder, 'B');
    const idA = (await ok<{ deviceId: string }>(a, 'sync.status')).deviceId!;
    const idB = (await ok<{ deviceId: string }>(b, 'sync.status')).deviceId!;
    const files = filesUnder(folder).filter((f) => f.includes('/'));
    expect(files.every((f) => f.startsWith(`${idA}/`) || f.startsWith(`${idB}/`))).toBe(true);
    expect(files.some((f) => f.startsWith(`${idB}/`))).toBe(true);
    for (const f of files) {
      const bytes = fs.readFileSync(path.join(folder, 'mentor-planner', f));
      expect(bytes.includes(Buffer.from('Secretname'))).toBe(false);
    }
  });

  it('refuses a wrong passphrase with a sentence and changes nothing', async () => {
    const { folder, list: [a, b] } = await devices(2);
    await setUpSync(a, folder, 'A');
    const before = b.snapshot();
    const result = await b.call('sync.setUp', { target: { kind: 'folder', path: folder }, passphrase: 'not the passphrase', deviceName: 'B' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/passphrase does not open this sync folder/);
    expect(b.snapshot()).toEqual(before);
  });

  it('refuses a tampered change file and applies nothing from that round', async () => {
    const { folder, list: [a, b] } = await devices(2);
    await setUpSync(a, folder, 'A');
    await setUpSync(b, folder, 'B');
    await ok(a, 'mentors.create', { name: 'Katherine Johnson' });
    await syncNow(a);
    const idA = (await ok<{ deviceId: string }>(a, 'sync.status')).deviceId!;
    const dir = path.join(folder, 'mentor-planner', idA);
    const change = fs.readdirSync(dir).find((f) => f.startsWith('changes-'))!;
    const bytes = fs.readFileSync(path.join(dir, change));
    bytes[bytes.length - 20] ^= 0xff;
    fs.writeFileSync(path.join(dir, change), bytes);
    const before = b.snapshot();
    const result = await b.call('sync.now', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/damaged or was changed/);
    const { sync_state: _s, ...rest } = b.snapshot();
    const { sync_state: _t, ...restBefore } = before;
    expect(rest).toEqual(restBefore);
    expect((await ok<{ lastError: string }>(b, 'sync.status')).lastError).toMatch(/damaged/);
  });

  it('refuses files from a newer sync format with a sentence', async () => {
    const { folder, list: [a, b] } = await devices(2);
    await setUpSync(a, folder, 'A');
    await setUpSync(b, folder, 'B');
    await ok(a, 'mentors.create', { name: 'Future Person' });
    await syncNow(a);
    const idA = (await ok<{ deviceId: string }>(a, 'sync.status')).deviceId!;
    const dir = path.join(folder, 'mentor-planner', idA);
    const change = fs.readdirSync(dir).find((f) => f.startsWith('changes-'))!;
    const bytes = fs.readFileSync(path.join(dir, change));
    bytes[6] = 9;
    fs.writeFileSync(path.join(dir, change), bytes);
    const result = await b.call('sync.now', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/newer version of Mentor Planner \(sync format 9\)/);
    expect(await ok<unknown[]>(b, 'mentors.list', {})).toHaveLength(0);
  });

  it('resolves an edit on one device and a delete on another the same way everywhere (the delete wins)', async () => {
    const { folder, list: [a, b] } = await devices(2);
    const m = await ok<{ id: number }>(a, 'mentors.create', { name: 'Edsger' });
    await setUpSync(a, folder, 'A');
    await setUpSync(b, folder, 'B');
    const [onB] = await ok<{ id: number }[]>(b, 'mentors.list', {});
    await ok(a, 'mentors.delete', { id: m.id });
    await ok(b, 'mentors.update', { id: onB.id, changes: { role: 'Edited while deleted elsewhere' } });
    await exchange(a, b);
    expect(await ok<unknown[]>(a, 'mentors.list', {})).toHaveLength(0);
    expect(await ok<unknown[]>(b, 'mentors.list', {})).toHaveLength(0);
    expect(syncedContent(a)).toEqual(syncedContent(b));
  });

  it('ends the same everywhere when a restore on one device brings back a mentor deleted on another, with what a third made for it meanwhile', async () => {
    const { folder, list: [a, b, c] } = await devices(3);
    const m = await ok<{ id: number }>(a, 'mentors.create', { name: 'Grace' });
    const goal = await ok<{ id: number }>(a, 'goals.create', { title: 'Lead a team' });
    await ok(a, 'goals.link', { goalId: goal.id, mentorId: m.id, canHelpWith: 'Intros' });
    for (const d of [a, b, c]) await setUpSync(d, folder, `D${cores.indexOf(d)}`);
    await exchange(a, b, c);
    const onB = (await ok<{ id: number }[]>(b, 'mentors.list', {}))[0];
    const goalOnB = (await ok<{ id: number }[]>(b, 'goals.list', {}))[0];
    const onC = (await ok<{ id: number }[]>(c, 'mentors.list', {}))[0];
    // Without seeing each other: C deletes the mentor, B makes a commitment for her, A restores its own backup.
    await ok(c, 'mentors.delete', { id: onC.id });
    await ok(b, 'commitments.create', { title: 'Send Grace the draft', mentorId: onB.id, goalId: goalOnB.id, dueDate: '2026-12-10' });
    const backup = await ok<{ content: string }>(a, 'backup.export');
    await ok(a, 'backup.restore', { content: backup.content, mode: 'replace' });
    await exchange(a, b, c);
    await exchange(c, b, a);
    // The restore came last, so the mentor is back everywhere, and so is the commitment made for her.
    for (const d of [a, b, c]) {
      expect((await ok<{ name: string }[]>(d, 'mentors.list', {})).map((x) => x.name)).toEqual(['Grace']);
      expect(syncedContent(d).commitments).toHaveLength(1);
      expect(syncedContent(d)).toEqual(syncedContent(a));
    }
  });

  it('puts a commitment back under its goal on every device when the goal, deleted on one, is restored on another', async () => {
    const { folder, list: [a, b, c] } = await devices(3);
    const m = await ok<{ id: number }>(a, 'mentors.create', { name: 'Katherine' });
    await ok(a, 'goals.create', { title: 'Ship the launch' });
    for (const d of [a, b, c]) await setUpSync(d, folder, `D${cores.indexOf(d)}`);
    await exchange(a, b, c);
    const goalOnC = (await ok<{ id: number }[]>(c, 'goals.list', {}))[0];
    const goalOnB = (await ok<{ id: number }[]>(b, 'goals.list', {}))[0];
    const mentorOnB = (await ok<{ id: number }[]>(b, 'mentors.list', {}))[0];
    expect(m.id).toBeGreaterThan(0);
    // C deletes the goal; B, not having seen that, files a commitment under it, then syncs and sees the delete
    // (its commitment shows no goal); A, not having seen either, restores its backup, which has the goal.
    await ok(c, 'goals.delete', { id: goalOnC.id });
    await syncNow(c);
    await ok(b, 'commitments.create', { title: 'Draft the plan', mentorId: mentorOnB.id, goalId: goalOnB.id, dueDate: '2026-12-10' });
    await syncNow(b);
    expect((syncedContent(b).commitments as { goal_id: string | null }[])[0].goal_id).toBeNull();
    const backup = await ok<{ content: string }>(a, 'backup.export');
    await ok(a, 'backup.restore', { content: backup.content, mode: 'replace' });
    await exchange(a, b, c);
    const goalKey = (syncedContent(a).goals[0] as { key: string }).key;
    for (const d of [a, b, c]) {
      expect((syncedContent(d).commitments as { goal_id: string | null }[])[0].goal_id).toBe(goalKey);
      expect(syncedContent(d)).toEqual(syncedContent(a));
    }
  });

  it('settles two edits of one field made on two devices on the later one, everywhere', async () => {
    const { folder, list: [a, b] } = await devices(2);
    const m = await ok<{ id: number }>(a, 'mentors.create', { name: 'Alan' });
    await setUpSync(a, folder, 'A');
    await setUpSync(b, folder, 'B');
    const [onB] = await ok<{ id: number }[]>(b, 'mentors.list', {});
    await ok(a, 'mentors.update', { id: m.id, changes: { role: 'Set first, on A' } });
    await new Promise((r) => setTimeout(r, 5));
    await ok(b, 'mentors.update', { id: onB.id, changes: { role: 'Set later, on B' } });
    await exchange(a, b);
    expect((await ok<{ mentor: { role: string } }>(a, 'mentors.get', { id: m.id })).mentor.role).toBe('Set later, on B');
    expect(syncedContent(a)).toEqual(syncedContent(b));
  });

  it('keeps both texts when one meeting’s notes are edited on two devices, and lets the user pick', async () => {
    const { folder, list: [a, b] } = await devices(2);
    const m = await ok<{ id: number }>(a, 'mentors.create', { name: 'Barbara' });
    const meeting = await ok<{ id: number }>(a, 'meetings.schedule', { mentorId: m.id, scheduledAt: '2026-12-01T10:00:00.000Z' });
    await setUpSync(a, folder, 'A');
    await setUpSync(b, folder, 'B');
    const [onB] = await ok<{ id: number }[]>(b, 'meetings.list', {});
    await ok(a, 'meetings.saveNotes', { id: meeting.id, notes: 'Text written on the laptop' });
    await ok(b, 'meetings.saveNotes', { id: onB.id, notes: 'Text written on the desktop' });
    await exchange(a, b);
    const notesA = (await ok<{ meeting: { notes: string } }>(a, 'meetings.get', { id: meeting.id })).meeting.notes;
    const notesB = (await ok<{ meeting: { notes: string } }>(b, 'meetings.get', { id: onB.id })).meeting.notes;
    expect(notesA).toBe(notesB);
    const conflictsA = await ok<{ id: number; otherNotes: string; currentNotes: string }[]>(a, 'sync.noteConflicts', { meetingId: meeting.id });
    const conflictsB = await ok<{ otherNotes: string }[]>(b, 'sync.noteConflicts', { meetingId: onB.id });
    expect(conflictsA).toHaveLength(1);
    expect(conflictsB.map((c) => c.otherNotes)).toEqual(conflictsA.map((c) => c.otherNotes));
    expect(new Set([conflictsA[0].otherNotes, conflictsA[0].currentNotes])).toEqual(new Set(['Text written on the laptop', 'Text written on the desktop']));
    await ok(a, 'sync.resolveNoteConflict', { id: conflictsA[0].id, keep: 'other' });
    await exchange(a, b);
    expect((await ok<{ meeting: { notes: string } }>(b, 'meetings.get', { id: onB.id })).meeting.notes).toBe(conflictsA[0].otherNotes);
  });

  it('lets a third device join from snapshots after old change files were compacted away', async () => {
    const { folder, list: [a, b, c] } = await devices(3);
    await setUpSync(a, folder, 'A');
    await setUpSync(b, folder, 'B');
    const mentor = await ok<{ id: number }>(a, 'mentors.create', { name: 'Many Edits' });
    for (let i = 0; i < 45; i++) {
      await ok(a, 'mentors.update', { id: mentor.id, changes: { role: `Role ${i}` } });
      await syncNow(a);
      if (i % 10 === 0) await syncNow(b);
    }
    await exchange(a, b);
    await exchange(a, b);
    const idA = (await ok<{ deviceId: string }>(a, 'sync.status')).deviceId!;
    const own = filesUnder(folder).filter((f) => f.startsWith(`${idA}/changes-`));
    expect(own.length).toBeLessThan(45);
    expect(filesUnder(folder).some((f) => f.startsWith(`${idA}/snapshot-`))).toBe(true);
    await setUpSync(c, folder, 'C');
    await exchange(a, b, c);
    expect(syncedContent(c)).toEqual(syncedContent(a));
    expect(syncedContent(b)).toEqual(syncedContent(a));
    const status = await ok<{ devices: { name: string }[] }>(c, 'sync.status');
    expect(status.devices.map((d) => d.name).sort()).toEqual(['A', 'B']);
  });

  it('unlocks with the passphrase after the key is forgotten (browser mode restart)', async () => {
    const { folder, list: [a] } = await devices(1);
    await setUpSync(a, folder, 'A');
    // Browser mode keeps the key in memory only: simulate a restart by reopening the same file.
    const reopened = await (await import('../../electron/core/app-core')).startCore({
      dataDir: a.dir,
      migrationsFolderCandidates: [path.resolve(__dirname, '../../drizzle')],
      appVersion: 'test',
    });
    try {
      expect((await ok<{ state: string }>(reopened, 'sync.status')).state).toBe('locked');
      const wrong = await reopened.call('sync.unlock', { passphrase: 'wrong passphrase' });
      expect(wrong.ok).toBe(false);
      expect((await ok<{ state: string }>(reopened, 'sync.unlock', { passphrase: PASSPHRASE })).state).toBe('on');
    } finally {
      reopened.close();
    }
  });
});

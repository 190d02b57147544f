import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore, ok, tempDir, type TestCore } from '../helpers/store';
import { PASSPHRASE, syncedContent } from '../helpers/sync';
import { removeTree } from '../helpers/remove-tree';

/**
 * 2–4 devices make random real changes through the contract and exchange their sync files the way a folder-sync
 * tool does: each has its own copy of the folder, files arrive late, out of order, twice, or not yet. After a final
 * exchange every device holds the same content, and nothing anyone made is missing unless someone deleted it.
 */
type Command =
  | { t: 'mentor'; s: number }
  | { t: 'editMentor'; s: number; pick: number; role: string }
  | { t: 'deleteMentor'; s: number; pick: number }
  | { t: 'meeting'; s: number; pick: number }
  | { t: 'notes'; s: number; pick: number; text: string }
  | { t: 'advice'; s: number; pick: number }
  | { t: 'commitment'; s: number; pick: number }
  | { t: 'complete'; s: number; pick: number }
  | { t: 'goal'; s: number }
  | { t: 'link'; s: number; pick: number; other: number }
  | { t: 'restore'; s: number }
  | { t: 'deleteGoal'; s: number; pick: number }
  | { t: 'deleteMeeting'; s: number; pick: number }
  | { t: 'agenda'; s: number; pick: number; other: number }
  | { t: 'held'; s: number; pick: number }
  | { t: 'unlink'; s: number; pick: number }
  | { t: 'moveCommitment'; s: number; pick: number; other: number }
  | { t: 'sync'; s: number }
  | { t: 'deliver'; from: number; to: number; keep: number };

const store = fc.nat(3);
const pick = fc.nat(3);
const word = fc.constantFrom('alpha', 'beta', 'gamma', 'delta', 'über', '名前', '');
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ t: fc.constant('mentor' as const), s: store }),
  fc.record({ t: fc.constant('editMentor' as const), s: store, pick, role: word }),
  fc.record({ t: fc.constant('editMentor' as const), s: store, pick, role: word }),
  fc.record({ t: fc.constant('notes' as const), s: store, pick, text: word }),
  fc.record({ t: fc.constant('deleteMentor' as const), s: store, pick }),
  fc.record({ t: fc.constant('meeting' as const), s: store, pick }),
  fc.record({ t: fc.constant('notes' as const), s: store, pick, text: word }),
  fc.record({ t: fc.constant('advice' as const), s: store, pick }),
  fc.record({ t: fc.constant('commitment' as const), s: store, pick }),
  fc.record({ t: fc.constant('complete' as const), s: store, pick }),
  fc.record({ t: fc.constant('goal' as const), s: store }),
  fc.record({ t: fc.constant('link' as const), s: store, pick, other: pick }),
  fc.record({ t: fc.constant('restore' as const), s: store }),
  fc.record({ t: fc.constant('deleteGoal' as const), s: store, pick }),
  fc.record({ t: fc.constant('deleteMeeting' as const), s: store, pick }),
  fc.record({ t: fc.constant('agenda' as const), s: store, pick, other: pick }),
  fc.record({ t: fc.constant('held' as const), s: store, pick }),
  fc.record({ t: fc.constant('unlink' as const), s: store, pick }),
  fc.record({ t: fc.constant('moveCommitment' as const), s: store, pick, other: pick }),
  fc.record({ t: fc.constant('sync' as const), s: store }),
  fc.record({ t: fc.constant('sync' as const), s: store }),
  fc.record({ t: fc.constant('deliver' as const), from: store, to: store, keep: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ t: fc.constant('deliver' as const), from: store, to: store, keep: fc.integer({ min: 1, max: 4 }) }),
);

const cleanup: string[] = [];
const cores: TestCore[] = [];
afterEach(() => {
  for (const c of cores.splice(0)) c.dispose();
  for (const d of cleanup.splice(0)) removeTree(d);
});

/** Copies what one device's folder holds into another's: every file (keep = 1), or a random-ish part of them. */
function deliver(from: string, to: string, keep: number, salt: number): void {
  const root = path.join(from, 'mentor-planner');
  if (!fs.existsSync(root)) return;
  for (const rel of fs.readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const source = path.join(root, rel);
    if (!fs.statSync(source).isFile() || rel.endsWith('.part')) continue;
    if (keep > 1 && (hash(rel) + salt) % keep !== 0) continue;
    const target = path.join(to, 'mentor-planner', rel);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(source, target);
  }
}
const hash = (s: string) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);

/** The local ids of a table's rows (those that match `where`), in order. */
function ids(core: TestCore, table: string, where = 'TRUE'): number[] {
  return (core.store.sqlite.prepare(`SELECT id FROM ${table} WHERE ${where} ORDER BY id`).all() as { id: number }[]).map((r) => r.id);
}
const at = <T>(list: T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);

async function run(core: TestCore, c: Command, names: { next: number }): Promise<void> {
  const mentors = ids(core, 'mentors');
  const meetings = ids(core, 'meetings');
  switch (c.t) {
    case 'mentor':
      await ok(core, 'mentors.create', { name: `Mentor ${names.next++}` });
      return;
    case 'editMentor': {
      const id = at(mentors, c.pick);
      if (id) await ok(core, 'mentors.update', { id, changes: { role: `${c.role} ${names.next++}` } });
      return;
    }
    case 'deleteMentor': {
      const id = at(mentors, c.pick);
      if (id) await ok(core, 'mentors.delete', { id });
      return;
    }
    case 'meeting': {
      const id = at(mentors, c.pick);
      if (id) await ok(core, 'meetings.schedule', { mentorId: id, scheduledAt: '2026-12-01T10:00:00.000Z' });
      return;
    }
    case 'notes': {
      const id = at(meetings, c.pick);
      if (id) await ok(core, 'meetings.saveNotes', { id, notes: `${c.text} ${names.next++}` });
      return;
    }
    case 'advice': {
      const id = at(meetings, c.pick);
      if (id) await ok(core, 'advice.create', { meetingId: id, text: 'Delegate more' });
      return;
    }
    case 'commitment': {
      const id = at(mentors, c.pick);
      if (id) await ok(core, 'commitments.create', { title: 'Follow up', mentorId: id, dueDate: '2026-12-10' });
      return;
    }
    case 'complete': {
      const id = at(ids(core, 'commitments', "status = 'open'"), c.pick);
      if (id) await ok(core, 'commitments.complete', { id, outcome: 'Done' });
      return;
    }
    case 'goal':
      await ok(core, 'goals.create', { title: `Goal ${names.next++}` });
      return;
    case 'link': {
      const goals = ids(core, 'goals');
      const goalId = at(goals, c.pick);
      const mentorId = at(mentors, c.other);
      const linked = goalId && mentorId && core.store.sqlite.prepare('SELECT 1 FROM goal_mentors WHERE goal_id = ? AND mentor_id = ?').get(goalId, mentorId);
      if (goalId && mentorId && !linked) await ok(core, 'goals.link', { goalId, mentorId, canHelpWith: 'Intros' });
      return;
    }
    case 'restore': {
      const backup = await ok<{ content: string }>(core, 'backup.export');
      await ok(core, 'backup.restore', { content: backup.content, mode: 'replace' });
      return;
    }
    case 'sync':
      await ok(core, 'sync.now');
      return;
    case 'deleteGoal': {
      const id = at(ids(core, 'goals'), c.pick);
      if (id) await ok(core, 'goals.delete', { id });
      return;
    }
    case 'deleteMeeting': {
      const id = at(meetings, c.pick);
      if (id) await ok(core, 'meetings.delete', { id });
      return;
    }
    case 'agenda': {
      // An agenda item under a meeting, and (every other time) under a goal too: both links may go and come back.
      const meetingId = at(meetings, c.pick);
      const goalId = c.other % 2 ? (at(ids(core, 'goals'), c.other) ?? null) : null;
      if (meetingId) await ok(core, 'agenda.add', { meetingId, text: `Point ${names.next++}`, goalId });
      return;
    }
    case 'held': {
      // Holding a meeting carries its open agenda items to the backlog, naming the meeting they came from.
      const id = at(ids(core, 'meetings', "status = 'planned'"), c.pick);
      if (id) await ok(core, 'meetings.markHeld', { id, timeZone: 'UTC' });
      return;
    }
    case 'unlink': {
      const link = at(core.store.sqlite.prepare('SELECT goal_id AS goalId, mentor_id AS mentorId FROM goal_mentors ORDER BY goal_id, mentor_id').all() as { goalId: number; mentorId: number }[], c.pick);
      if (link) await ok(core, 'goals.unlink', link);
      return;
    }
    case 'moveCommitment': {
      // A commitment moved to another mentor and goal: on a device where that mentor is gone, it cannot be shown.
      const id = at(ids(core, 'commitments'), c.pick);
      const goalId = at(ids(core, 'goals'), c.other) ?? null;
      if (id) await ok(core, 'commitments.update', { id, changes: { mentorId: at(mentors, c.other) ?? null, goalId } });
      return;
    }
    default:
      return;
  }
}

describe('sync converges (property)', () => {
  it('leaves every device with identical content after any interleaving of changes and deliveries', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 4 }), fc.array(command, { minLength: 5, maxLength: 40 }), async (n, commands) => {
        const devices: { core: TestCore; folder: string }[] = [];
        for (let i = 0; i < n; i++) {
          const core = await createTestCore();
          cores.push(core);
          const folder = tempDir('mentor-planner-sync-view-');
          cleanup.push(folder);
          devices.push({ core, folder });
        }
        const names = { next: 1 };
        // Devices hold data before sync is set up; the first device creates the sync, the others join.
        for (const d of devices) await run(d.core, { t: 'mentor', s: 0 }, names);
        await ok(devices[0].core, 'sync.setUp', { target: { kind: 'folder', path: devices[0].folder }, passphrase: PASSPHRASE, deviceName: 'D0' });
        for (let i = 1; i < n; i++) {
          deliver(devices[0].folder, devices[i].folder, 1, 0);
          await ok(devices[i].core, 'sync.setUp', { target: { kind: 'folder', path: devices[i].folder }, passphrase: PASSPHRASE, deviceName: `D${i}`, join: true });
        }
        const exchangeAll = async () => {
          for (const d of devices) await ok(d.core, 'sync.now');
          for (const a of devices) for (const b of devices) if (a !== b) deliver(a.folder, b.folder, 1, 0);
        };
        // Everyone starts from the same mentors, so later edits on different devices collide.
        await exchangeAll();
        await exchangeAll();
        const created: string[] = [];
        const deletedSomewhere = { any: false };
        let salt = 0;
        for (const c of commands) {
          if (c.t === 'deliver') {
            deliver(devices[c.from % n].folder, devices[c.to % n].folder, c.keep, salt++);
            continue;
          }
          if (c.t === 'mentor') created.push(`Mentor ${names.next}`);
          if (c.t === 'deleteMentor' || c.t === 'restore' || c.t === 'deleteGoal' || c.t === 'deleteMeeting') deletedSomewhere.any = true;
          await run(devices[c.s % n].core, c, names);
        }
        for (let round = 0; round < 3; round++) await exchangeAll();
        for (const d of devices) await ok(d.core, 'sync.now');
        const reference = syncedContent(devices[0].core);
        for (const d of devices.slice(1)) {
          if (process.env.SYNC_DEBUG) {
            const other = syncedContent(d.core);
            for (const t of Object.keys(reference)) if (JSON.stringify(reference[t]) !== JSON.stringify(other[t])) console.log('DIFF', t, JSON.stringify(reference[t]), '\n VS', JSON.stringify(other[t]));
          }
          expect(syncedContent(d.core)).toEqual(reference);
        }
        if (!deletedSomewhere.any) {
          const present = (reference.mentors as { name: string }[]).map((m) => m.name);
          for (const name of created) expect(present).toContain(name);
        }
        for (const d of devices) d.core.dispose();
        cores.length = 0;
      }),
      { numRuns: Number(process.env.SYNC_RUNS ?? 12), seed: process.env.SYNC_SEED ? Number(process.env.SYNC_SEED) : undefined, path: process.env.SYNC_PATH },
    );
  }, Number(process.env.SYNC_TIMEOUT ?? 300_000));
});

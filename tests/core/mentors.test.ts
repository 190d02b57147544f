import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { healthFromLastContact } from '../../electron/core/mentors/health';
import type { DeletionImpact, MentorDetail, MentorListItem } from '../../electron/core/mentors/types';
import { insertAdvice, insertAgendaItem, makeGoal } from '../helpers/factories/goals';
import { insertCommitment, insertMeeting, makeMentor } from '../helpers/factories/mentors';
import { createTestCore, ok, type TestCore } from '../helpers/store';

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore({ clockStart: '2026-11-23T09:00:00.000Z' });
});
afterEach(() => core.dispose());

async function expectInvalid(name: string, input: unknown, field?: string) {
  const before = core.snapshot();
  const result = await core.call(name, input);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe('INVALID');
  if (field) expect(result.error.issues?.map((i) => i.path.join('.'))).toContain(field);
  expect(core.snapshot()).toEqual(before);
}

describe('mentors', () => {
  it('creates a mentor with trimmed fields, sensible defaults and timestamps from the clock', async () => {
    const mentor = await makeMentor(core, { name: '  Ada Lovelace  ', email: ' ada@example.com ' });
    expect(mentor).toMatchObject({
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      type: 'career',
      keepInTouchCadenceDays: 30,
      archivedAt: null,
      createdAt: '2026-11-23T09:00:00.000Z',
    });
  });

  it('rejects a missing name, a bad email, a negative cadence and unknown fields, changing nothing', async () => {
    await expectInvalid('mentors.create', { name: '   ' }, 'name');
    await expectInvalid('mentors.create', { name: 'Ada', email: 'not-an-email' }, 'email');
    await expectInvalid('mentors.create', { name: 'Ada', keepInTouchCadenceDays: -5 }, 'keepInTouchCadenceDays');
    await expectInvalid('mentors.create', { name: 'Ada', type: 'guru' }, 'type');
    await expectInvalid('mentors.create', { name: 'Ada', isAdmin: true });
  });

  it('rejects bad edits, bad contact logs and bad give-backs, changing nothing', async () => {
    const mentor = await makeMentor(core, { name: 'Ada' });
    await expectInvalid('mentors.update', { id: mentor.id, changes: { keepInTouchCadenceDays: -1 } }, 'changes.keepInTouchCadenceDays');
    await expectInvalid('mentors.update', { id: mentor.id, changes: { email: 'ada@' } }, 'changes.email');
    await expectInvalid('mentors.update', { id: mentor.id, changes: { name: '' } }, 'changes.name');
    await expectInvalid('mentors.update', { id: 0, changes: {} }, 'id');
    await expectInvalid('interactions.log', { mentorId: mentor.id, occurredAt: 'yesterday' }, 'occurredAt');
    await expectInvalid('interactions.log', { mentorId: mentor.id, kind: 'telepathy', occurredAt: '2026-11-01T10:00:00Z' }, 'kind');
    await expectInvalid('gives.add', { mentorId: mentor.id, description: '  ', givenOn: '2026-11-01' }, 'description');
    await expectInvalid('gives.add', { mentorId: mentor.id, description: 'Intro', givenOn: '2026-13-01' }, 'givenOn');
  });

  it('answers unknown ids with NOT_FOUND and changes nothing', async () => {
    const before = core.snapshot();
    for (const [name, input] of [
      ['mentors.get', { id: 999 }],
      ['mentors.update', { id: 999, changes: { name: 'X' } }],
      ['mentors.archive', { id: 999 }],
      ['mentors.delete', { id: 999 }],
      ['interactions.log', { mentorId: 999, occurredAt: '2026-11-01T10:00:00Z' }],
      ['gives.add', { mentorId: 999, description: 'Intro', givenOn: '2026-11-01' }],
      ['gives.delete', { id: 999 }],
      ['interactions.delete', { id: 999 }],
      ['mentors.deletionImpact', { id: 999 }],
    ] as const) {
      const result = await core.call(name, input);
      expect(result, name).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect(core.snapshot()).toEqual(before);
  });

  it('edits only the fields sent', async () => {
    const mentor = await makeMentor(core, { name: 'Grace', role: 'CTO', keepInTouchCadenceDays: 14 });
    core.clock.advanceDays(1);
    const updated = await ok<{ role: string; keepInTouchCadenceDays: number; updatedAt: string }>(core, 'mentors.update', {
      id: mentor.id,
      changes: { role: 'CEO' },
    });
    expect(updated).toMatchObject({ role: 'CEO', keepInTouchCadenceDays: 14, updatedAt: '2026-11-24T09:00:00.000Z' });
  });

  it('archives and restores, and the default list hides archived mentors', async () => {
    const a = await makeMentor(core, { name: 'Archived Annie' });
    await makeMentor(core, { name: 'Active Alan' });
    await ok(core, 'mentors.archive', { id: a.id });
    const active = await ok<MentorListItem[]>(core, 'mentors.list');
    expect(active.map((m) => m.name)).toEqual(['Active Alan']);
    const all = await ok<MentorListItem[]>(core, 'mentors.list', { includeArchived: true });
    expect(all.map((m) => m.name).sort()).toEqual(['Active Alan', 'Archived Annie']);
    await ok(core, 'mentors.restore', { id: a.id });
    expect((await ok<MentorListItem[]>(core, 'mentors.list')).length).toBe(2);
  });

  it('tells what deleting a mentor takes with it, then deletes it all in one go', async () => {
    const mentor = await makeMentor(core);
    const goal = await makeGoal(core);
    await ok(core, 'goals.link', { goalId: goal.id, mentorId: mentor.id, canHelpWith: 'Intros' });
    insertMeeting(core, mentor.id, '2026-11-01T10:00:00.000Z');
    insertCommitment(core, { mentorId: mentor.id, goalId: goal.id });
    await ok(core, 'gives.add', { mentorId: mentor.id, description: 'Sent an article', givenOn: '2026-11-02' });
    await ok(core, 'interactions.log', { mentorId: mentor.id, kind: 'call', occurredAt: '2026-11-03T10:00:00Z' });
    insertAgendaItem(core, { mentorId: mentor.id, kind: 'ask' });
    insertAdvice(core, { mentorId: mentor.id, goalId: goal.id });
    const bystander = await makeMentor(core);
    await ok(core, 'interactions.log', { mentorId: bystander.id, occurredAt: '2026-11-03T10:00:00Z' });
    const impact = await ok<DeletionImpact>(core, 'mentors.deletionImpact', { id: mentor.id });
    expect(impact).toEqual({
      mentorId: mentor.id,
      name: mentor.name,
      meetings: 1,
      agendaItems: 1,
      advice: 1,
      commitments: 1,
      interactions: 1,
      gives: 1,
      goalLinks: 1,
    });
    await ok(core, 'mentors.delete', { id: mentor.id });
    const tables = core.snapshot();
    expect(tables.mentors).toEqual([expect.objectContaining({ id: bystander.id })]);
    expect(tables.meetings).toEqual([]);
    expect(tables.commitments).toEqual([]);
    expect(tables.gives).toEqual([]);
    expect(tables.goal_mentors).toEqual([]);
    expect(tables.advice).toEqual([]);
    expect(tables.agenda_items).toEqual([]);
    expect(tables.interactions).toEqual([expect.objectContaining({ mentor_id: bystander.id })]);
    expect(tables.goals).toHaveLength(1);
  });

  it('warns about duplicate names but allows them', async () => {
    const first = await makeMentor(core, { name: 'Sam Lee' });
    await makeMentor(core, { name: 'sam lee' });
    const same = await ok<{ id: number }[]>(core, 'mentors.sameName', { name: 'SAM LEE', excludeId: first.id });
    expect(same).toHaveLength(1);
    const detail = await ok<MentorDetail>(core, 'mentors.get', { id: first.id });
    expect(detail.sameNameCount).toBe(1);
  });
});

describe('relationship health', () => {
  it('is "never met" with no contact at all', async () => {
    const mentor = await makeMentor(core, { keepInTouchCadenceDays: 30 });
    const detail = await ok<MentorDetail>(core, 'mentors.get', { id: mentor.id });
    expect(detail.health).toMatchObject({ status: 'never_met', lastContactAt: null, nextContactDueAt: null, daysOverdue: 0 });
  });

  it('is on track after a recent held meeting, due soon near the cadence, overdue past it', async () => {
    const mentor = await makeMentor(core, { keepInTouchCadenceDays: 30 });
    insertMeeting(core, mentor.id, '2026-11-13T09:00:00.000Z', 'held');
    const health = async () => (await ok<MentorDetail>(core, 'mentors.get', { id: mentor.id })).health;
    expect(await health()).toMatchObject({ status: 'on_track', nextContactDueAt: '2026-12-13T09:00:00.000Z' });
    core.clock.set('2026-12-10T09:00:00.000Z');
    expect((await health()).status).toBe('due_soon');
    core.clock.set('2026-12-20T10:00:00.000Z');
    expect(await health()).toMatchObject({ status: 'overdue', daysOverdue: 7 });
  });

  it('counts a logged interaction as contact, but not a planned or cancelled meeting', async () => {
    const mentor = await makeMentor(core, { keepInTouchCadenceDays: 10 });
    insertMeeting(core, mentor.id, '2026-11-20T09:00:00.000Z', 'cancelled');
    insertMeeting(core, mentor.id, '2026-11-21T09:00:00.000Z', 'planned');
    expect((await ok<MentorDetail>(core, 'mentors.get', { id: mentor.id })).health.status).toBe('never_met');
    await ok(core, 'interactions.log', { mentorId: mentor.id, kind: 'chance', occurredAt: '2026-11-22T18:00:00+01:00', note: 'Coffee at the conference' });
    const detail = await ok<MentorDetail>(core, 'mentors.get', { id: mentor.id });
    expect(detail.health).toMatchObject({ status: 'on_track', lastContactAt: '2026-11-22T17:00:00.000Z' });
  });

  it('sorts the list by health: most overdue first, never met after due soon', async () => {
    const onTrack = await makeMentor(core, { name: 'On Track' });
    const overdue = await makeMentor(core, { name: 'Overdue' });
    const veryOverdue = await makeMentor(core, { name: 'Very Overdue' });
    await makeMentor(core, { name: 'Never Met' });
    insertMeeting(core, onTrack.id, '2026-11-20T09:00:00.000Z');
    insertMeeting(core, overdue.id, '2026-10-10T09:00:00.000Z');
    insertMeeting(core, veryOverdue.id, '2026-08-01T09:00:00.000Z');
    const list = await ok<MentorListItem[]>(core, 'mentors.list', { sort: 'health' });
    expect(list.map((m) => m.name)).toEqual(['Very Overdue', 'Overdue', 'Never Met', 'On Track']);
    const reconnect = await ok<{ name: string }[]>(core, 'mentors.overdueToReconnect');
    expect(reconnect.map((m) => m.name)).toEqual(['Very Overdue', 'Overdue']);
  });

  it('leaves archived mentors off the overdue-to-reconnect list', async () => {
    const lapsed = await makeMentor(core, { name: 'Lapsed', keepInTouchCadenceDays: 7 });
    insertMeeting(core, lapsed.id, '2026-09-01T09:00:00.000Z');
    expect((await ok<{ name: string }[]>(core, 'mentors.overdueToReconnect')).map((m) => m.name)).toEqual(['Lapsed']);
    await ok(core, 'mentors.archive', { id: lapsed.id });
    expect(await ok(core, 'mentors.overdueToReconnect')).toEqual([]);
  });

  it('goes back to the earlier contact when a logged interaction is removed', async () => {
    const mentor = await makeMentor(core, { keepInTouchCadenceDays: 30 });
    insertMeeting(core, mentor.id, '2026-09-01T09:00:00.000Z');
    const call = await ok<{ id: number }>(core, 'interactions.log', { mentorId: mentor.id, kind: 'call', occurredAt: '2026-11-20T09:00:00Z' });
    const health = async () => (await ok<MentorDetail>(core, 'mentors.get', { id: mentor.id })).health;
    expect((await health()).status).toBe('on_track');
    await ok(core, 'interactions.delete', { id: call.id });
    expect(await health()).toMatchObject({ status: 'overdue', lastContactAt: '2026-09-01T09:00:00.000Z', daysOverdue: 53 });
  });

  it('computes next contact from last contact plus cadence', () => {
    const health = healthFromLastContact('2026-01-01T00:00:00.000Z', 14, new Date('2026-01-20T00:00:00.000Z'));
    expect(health).toMatchObject({ nextContactDueAt: '2026-01-15T00:00:00.000Z', daysOverdue: 5, status: 'overdue' });
  });
});

describe('give and take', () => {
  it('counts asks raised since the last give', async () => {
    const mentor = await makeMentor(core);
    const ask = (text: string, createdAt: string) =>
      core.store.sqlite
        .prepare("INSERT INTO agenda_items (mentor_id, kind, text, created_at, updated_at) VALUES (?, 'ask', ?, ?, ?)")
        .run(mentor.id, text, createdAt, createdAt);
    ask('Intro to the CFO?', '2026-10-01T10:00:00.000Z');
    await ok(core, 'gives.add', { mentorId: mentor.id, description: 'Reviewed their talk', givenOn: '2026-10-15' });
    ask('Feedback on my plan?', '2026-11-01T10:00:00.000Z');
    ask('Reference letter?', '2026-11-10T10:00:00.000Z');
    const detail = await ok<MentorDetail>(core, 'mentors.get', { id: mentor.id });
    expect(detail.asks).toHaveLength(3);
    expect(detail.gives.map((g) => g.description)).toEqual(['Reviewed their talk']);
    expect(detail.asksSinceLastGive).toBe(2);
  });

  it('counts an ask as after the give only once the give’s day has ended in the user’s zone', async () => {
    const mentor = await makeMentor(core);
    await ok(core, 'gives.add', { mentorId: mentor.id, description: 'Coffee on me', givenOn: '2026-11-23' });
    // 22:00 on the 23rd in Los Angeles, already the 24th in UTC: the same day as the give.
    core.store.sqlite
      .prepare("INSERT INTO agenda_items (mentor_id, kind, text, created_at, updated_at) VALUES (?, 'ask', 'Late ask', ?, ?)")
      .run(mentor.id, '2026-11-24T06:00:00.000Z', '2026-11-24T06:00:00.000Z');
    expect((await ok<MentorDetail>(core, 'mentors.get', { id: mentor.id, timeZone: 'America/Los_Angeles' })).asksSinceLastGive).toBe(0);
    expect((await ok<MentorDetail>(core, 'mentors.get', { id: mentor.id, timeZone: 'UTC' })).asksSinceLastGive).toBe(1);
  });
});

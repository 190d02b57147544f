import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GoalDetail } from '../../electron/core/goals/types';
import type { MeetingListItem } from '../../electron/core/meetings/types';
import type { MentorDetail } from '../../electron/core/mentors/types';
import { insertCommitmentRow } from '../helpers/factories/followups';
import { insertAgendaItem } from '../helpers/factories/goals';
import { insertMeeting, makeGoal, makeMentor } from '../helpers/factories/mentors';
import { createTestCore, ok, type TestCore } from '../helpers/store';

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore({ clockStart: '2026-11-23T09:00:00.000Z' });
});
afterEach(() => core.dispose());

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.parse('2026-11-23T09:00:00.000Z') - n * DAY).toISOString();

/** `n` held meetings with the mentor, one a day back from yesterday, each with one agenda item on `goalId`. */
function heldMeetings(mentorId: number, n: number, goalId?: number): number[] {
  return core.store.sqlite.transaction(() =>
    Array.from({ length: n }, (_, i) => {
      const id = insertMeeting(core, mentorId, daysAgo(i + 1));
      const item = insertAgendaItem(core, { mentorId, goalId });
      core.store.sqlite.prepare('UPDATE agenda_items SET meeting_id = ?, minutes = 7 WHERE id = ?').run(id, item);
      return id;
    }),
  )();
}

describe('lists read only the page they show', () => {
  it('pages past meetings latest first; a longer page starts with the shorter one', async () => {
    const mentor = await makeMentor(core, { name: 'Ada' });
    const ids = heldMeetings(mentor.id, 40);
    const first = await ok<MeetingListItem[]>(core, 'meetings.list', { scope: 'past', limit: 26 });
    expect(first.map((m) => m.id)).toEqual(ids.slice(0, 26));
    expect(first[0]).toMatchObject({ mentorName: 'Ada', agendaCount: 1, agendaMinutes: 7 });
    const more = await ok<MeetingListItem[]>(core, 'meetings.list', { scope: 'past', limit: 51 });
    expect(more.map((m) => m.id)).toEqual(ids);
    expect(more.slice(0, 26)).toEqual(first);
  });

  it('shows the goal page’s latest 25 meetings, advice and commitments, and how many there are', async () => {
    const mentor = await makeMentor(core, { name: 'Ada' });
    const goal = await makeGoal(core, { title: 'Negotiate better' });
    const other = await makeGoal(core, { title: 'Hire well' });
    const ids = heldMeetings(mentor.id, 30, goal.id);
    heldMeetings(mentor.id, 5, other.id);
    for (let i = 0; i < 27; i++) insertCommitmentRow(core, { title: `Step ${i}`, goalId: goal.id });
    const detail = await ok<GoalDetail>(core, 'goals.get', { id: goal.id });
    expect(detail.meetings.map((m) => m.id)).toEqual(ids.slice(0, 25));
    expect(detail.commitments).toHaveLength(25);
    expect(detail.totals).toEqual({ meetings: 30, advice: 0, commitments: 27 });
    const goalMeetings = await ok<MeetingListItem[]>(core, 'meetings.list', { scope: 'all', goalId: goal.id, limit: 1000 });
    expect(goalMeetings.map((m) => m.id)).toEqual(ids);
  });

  it('shows the mentor page’s latest lists, says how many there are, and reads more on request', async () => {
    const mentor = await makeMentor(core, { name: 'Ada' });
    const ids = heldMeetings(mentor.id, 23);
    for (let i = 0; i < 22; i++) insertCommitmentRow(core, { title: `Step ${i}`, mentorId: mentor.id });
    for (let i = 0; i < 21; i++) insertAgendaItem(core, { mentorId: mentor.id, kind: 'ask', text: `Ask ${i}`, createdAt: daysAgo(i) });
    const detail = await ok<MentorDetail>(core, 'mentors.get', { id: mentor.id });
    expect(detail.meetings.map((m) => m.id)).toEqual(ids.slice(0, 20));
    expect(detail.openCommitments).toHaveLength(20);
    expect(detail.asks).toHaveLength(20);
    expect(detail.asksSinceLastGive).toBe(21);
    expect(detail.totals).toEqual({ meetings: 23, openCommitments: 22, interactions: 0, gives: 0, asks: 21 });
    await ok(core, 'gives.add', { mentorId: mentor.id, description: 'An intro', givenOn: daysAgo(5).slice(0, 10) });
    const more = await ok<MentorDetail>(core, 'mentors.get', { id: mentor.id, listLimit: 40 });
    expect(more.meetings.map((m) => m.id)).toEqual(ids);
    expect(more.asks).toHaveLength(21);
    expect(more.asksSinceLastGive).toBe(5);
  });
});

import type { Core } from '../../../electron/core/app-core';
import { ok } from '../store';

/** A held meeting with everything an export shows: agenda, Markdown notes, advice, commitments, goals. */
export async function meetingWithEverything(core: Core, overrides: { notes?: string; mentorName?: string; adviceText?: string } = {}) {
  const mentor = await ok<{ id: number }>(core, 'mentors.create', { name: overrides.mentorName ?? 'Ada Lovelace', email: 'ada@example.com' });
  const goal = await ok<{ id: number }>(core, 'goals.create', { title: 'Become a VP' });
  await ok(core, 'goals.link', { goalId: goal.id, mentorId: mentor.id, canHelpWith: 'Sponsorship' });
  const meeting = await ok<{ id: number }>(core, 'meetings.schedule', {
    mentorId: mentor.id,
    scheduledAt: '2026-11-20T10:00:00Z',
    durationMinutes: 45,
    location: 'Café "Le Monde": table 3',
  });
  const first = await ok<{ id: number }>(core, 'agenda.add', { meetingId: meeting.id, text: 'How did you build your first team?', minutes: 15, goalId: goal.id });
  await ok(core, 'agenda.add', { meetingId: meeting.id, text: 'Thank you for the intro', kind: 'thanks', minutes: 5 });
  await ok(core, 'agenda.update', { id: first.id, changes: { status: 'discussed' } });
  await ok(core, 'meetings.saveNotes', { id: meeting.id, notes: overrides.notes ?? '## Key points\n\n- Hire for **slope**, not intercept\n- Read [the essay](https://example.com/essay)' });
  const advice = await ok<{ id: number }>(core, 'advice.create', { meetingId: meeting.id, text: overrides.adviceText ?? 'Write a one-page strategy', goalId: goal.id });
  await ok(core, 'advice.create', { meetingId: meeting.id, text: 'Meet one customer a week' });
  await ok(core, 'advice.toCommitments', { adviceId: advice.id, commitments: [{ title: 'Draft the strategy page', dueDate: '2026-12-01' }] });
  return { mentorId: mentor.id, goalId: goal.id, meetingId: meeting.id };
}

import { z } from 'zod';
import { calendarDate, id, NOTES_MAX, optionalText, requiredText, timeZone, timestamp } from '../fields';
import { input, mutation, query } from '../operation';
import { AGENDA_KINDS, AGENDA_PRIORITIES, AGENDA_STATUSES, COMMITMENT_OWNERS } from '../values';
import type {
  Advice,
  AgendaItem,
  AgendaTemplate,
  Commitment,
  Meeting,
  MeetingDetail,
  MeetingListItem,
  MeetingSuggestion,
  PrepBrief,
} from './types';

const minutes = z.number().int('Minutes must be a whole number.').min(1, 'At least 1 minute.').max(480, 'At most 8 hours.');
const duration = z.number().int().min(5, 'A meeting is at least 5 minutes.').max(720, 'A meeting is at most 12 hours.');
const repeat = z.number().int().min(1).max(365).nullable();
const goalId = id.nullable();

export const agendaItemFields = {
  text: requiredText('Talking point', 2_000),
  kind: z.enum(AGENDA_KINDS).default('question'),
  minutes: minutes.default(5),
  priority: z.enum(AGENDA_PRIORITIES).default('normal'),
  goalId: goalId.default(null),
};

export const scheduleFields = {
  mentorId: id,
  scheduledAt: timestamp,
  /** Left out: the mentor's agreed session length, else the default from Settings. */
  durationMinutes: duration.optional(),
  location: optionalText('Place or link', 1_000).default(''),
  repeatEveryDays: repeat.default(null),
  templateKey: z.string().max(100).nullable().default(null),
};

export const meetingFormSchema = z.strictObject(scheduleFields);

export const newCommitmentSchema = z.strictObject({
  title: requiredText('Commitment', 500),
  dueDate: calendarDate.nullable().default(null),
  goalId: goalId.default(null),
  owner: z.enum(COMMITMENT_OWNERS).default('me'),
});

export const meetingsContract = {
  'meetings.list': query(
    input({
      scope: z.enum(['upcoming', 'past', 'all']).default('all'),
      mentorId: id.optional(),
      goalId: id.optional(),
      limit: z.number().int().min(1).max(1_000).default(200),
    }),
  ).returns<MeetingListItem[]>(),
  'meetings.get': query(input({ id })).returns<MeetingDetail>(),
  'meetings.suggest': query(input({ mentorId: id, timeZone })).returns<MeetingSuggestion & { durationMinutes: number; durationReason: string }>(),
  'meetings.schedule': mutation(meetingFormSchema).returns<Meeting>(),
  'meetings.update': mutation(
    input({
      id,
      changes: z.strictObject({ scheduledAt: timestamp.optional(), durationMinutes: duration.optional(), location: optionalText('Place or link', 1_000).optional(), repeatEveryDays: repeat.optional() }),
    }),
  ).returns<Meeting>(),
  'meetings.cancel': mutation(input({ id })).returns<Meeting>(),
  'meetings.delete': mutation(input({ id })).returns<null>(),
  'meetings.saveNotes': mutation(input({ id, notes: z.string().max(NOTES_MAX, 'Notes are too long (2 million characters at most).') })).returns<{
    id: number;
    updatedAt: string;
  }>(),
  'meetings.markHeld': mutation(input({ id, timeZone })).returns<{ meeting: Meeting; carriedOver: number; nextMeetingId: number | null }>(),
  'backlog.list': query(input({ mentorId: id })).returns<(AgendaItem & { goalTitle: string | null; carriedFromMeetingAt: string | null })[]>(),
  'backlog.add': mutation(input({ mentorId: id, ...agendaItemFields })).returns<AgendaItem>(),
  'agenda.add': mutation(input({ meetingId: id, ...agendaItemFields })).returns<AgendaItem>(),
  'agenda.pull': mutation(input({ meetingId: id, itemIds: z.array(id).min(1).max(500) })).returns<null>(),
  'agenda.returnToBacklog': mutation(input({ id })).returns<AgendaItem>(),
  'agenda.update': mutation(
    input({
      id,
      changes: z.strictObject({
        text: agendaItemFields.text.optional(),
        kind: z.enum(AGENDA_KINDS).optional(),
        minutes: minutes.optional(),
        priority: z.enum(AGENDA_PRIORITIES).optional(),
        goalId: goalId.optional(),
        status: z.enum(AGENDA_STATUSES).optional(),
      }),
    }),
  ).returns<AgendaItem>(),
  'agenda.move': mutation(input({ id, direction: z.enum(['up', 'down']) })).returns<null>(),
  'agenda.reorder': mutation(input({ orderedIds: z.array(id).min(1).max(10_000) })).returns<null>(),
  'agenda.delete': mutation(input({ id })).returns<null>(),
  'templates.list': query(input({}).optional().default({})).returns<AgendaTemplate[]>(),
  'templates.saveFromMeeting': mutation(input({ meetingId: id, name: requiredText('Template name', 200) })).returns<AgendaTemplate>(),
  'templates.delete': mutation(input({ key: z.string().max(100) })).returns<null>(),
  'templates.apply': mutation(input({ meetingId: id, key: z.string().max(100) })).returns<null>(),
  'advice.create': mutation(input({ meetingId: id, text: requiredText('Advice', 5_000), goalId: goalId.default(null) })).returns<Advice>(),
  'advice.update': mutation(input({ id, changes: z.strictObject({ text: requiredText('Advice', 5_000).optional(), goalId: goalId.optional() }) })).returns<Advice>(),
  'advice.delete': mutation(input({ id })).returns<null>(),
  'advice.toCommitments': mutation(input({ adviceId: id, commitments: z.array(newCommitmentSchema).min(1, 'Add at least one commitment.').max(20) })).returns<
    Commitment[]
  >(),
  'prep.brief': query(input({ meetingId: id })).returns<PrepBrief>(),
};

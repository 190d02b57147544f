import { defaultMeetingLength } from './meeting-length';
import type { Handlers } from '../operation';
import { adviceToCommitments, deleteAdvice, recordAdvice, updateAdvice } from './advice';
import {
  addToAgenda,
  addToBacklog,
  backlog,
  deleteAgendaItem,
  meetingAgenda,
  moveAgendaItem,
  pullFromBacklog,
  reorder,
  returnToBacklog,
  updateAgendaItem,
} from './agenda';
import type { meetingsContract } from './contract';
import { getMeetingDetail } from './meeting-detail';
import { cancelMeeting, deleteMeeting, listMeetings, markHeld, saveNotes, scheduleMeeting, suggestNextMeeting, updateMeeting } from './meetings';
import { prepBrief } from './prep-brief';
import { applyTemplate, deleteTemplate, listTemplates, saveTemplate } from './templates';

export const meetingsHandlers: Handlers<typeof meetingsContract> = {
  'meetings.list': (ctx, filter) => listMeetings(ctx.db, filter, ctx.now()),
  'meetings.get': (ctx, { id }) => getMeetingDetail(ctx.db, id),
  'meetings.suggest': (ctx, { mentorId, timeZone }) => ({ ...suggestNextMeeting(ctx.db, mentorId, ctx.now(), timeZone), ...defaultMeetingLength(ctx.db, mentorId) }),
  'meetings.schedule': (ctx, values) =>
    scheduleMeeting(ctx.db, { ...values, durationMinutes: values.durationMinutes ?? defaultMeetingLength(ctx.db, values.mentorId).durationMinutes }, ctx.now()),
  'meetings.update': (ctx, { id, changes }) => updateMeeting(ctx.db, id, changes, ctx.now()),
  'meetings.cancel': (ctx, { id }) => cancelMeeting(ctx.db, id, ctx.now()),
  'meetings.delete': (ctx, { id }) => (deleteMeeting(ctx.db, id), null),
  'meetings.saveNotes': (ctx, { id, notes }) => saveNotes(ctx.db, id, notes, ctx.now()),
  'meetings.markHeld': (ctx, { id, timeZone }) => markHeld(ctx.db, id, ctx.now(), timeZone),
  'backlog.list': (ctx, { mentorId }) => backlog(ctx.db, mentorId),
  'backlog.add': (ctx, { mentorId, ...values }) => addToBacklog(ctx.db, mentorId, values, ctx.now()),
  'agenda.add': (ctx, { meetingId, ...values }) => addToAgenda(ctx.db, meetingId, values, ctx.now()),
  'agenda.pull': (ctx, { meetingId, itemIds }) => (pullFromBacklog(ctx.db, meetingId, itemIds, ctx.now()), null),
  'agenda.returnToBacklog': (ctx, { id }) => returnToBacklog(ctx.db, id, ctx.now()),
  'agenda.update': (ctx, { id, changes }) => updateAgendaItem(ctx.db, id, changes, ctx.now()),
  'agenda.move': (ctx, { id, direction }) => (moveAgendaItem(ctx.db, id, direction, ctx.now()), null),
  'agenda.reorder': (ctx, { orderedIds }) => (reorder(ctx.db, orderedIds, ctx.now()), null),
  'agenda.delete': (ctx, { id }) => (deleteAgendaItem(ctx.db, id), null),
  'templates.list': (ctx) => listTemplates(ctx.db),
  'templates.saveFromMeeting': (ctx, { meetingId, name }) =>
    saveTemplate(ctx.db, name, meetingAgenda(ctx.db, meetingId).map(({ kind, text, minutes }) => ({ kind, text, minutes })), ctx.now()),
  'templates.delete': (ctx, { key }) => (deleteTemplate(ctx.db, key), null),
  'templates.apply': (ctx, { meetingId, key }) => (applyTemplate(ctx.db, meetingId, key, ctx.now()), null),
  'advice.create': (ctx, { meetingId, ...values }) => recordAdvice(ctx.db, meetingId, values, ctx.now()),
  'advice.update': (ctx, { id, changes }) => updateAdvice(ctx.db, id, changes, ctx.now()),
  'advice.delete': (ctx, { id }) => (deleteAdvice(ctx.db, id), null),
  'advice.toCommitments': (ctx, { adviceId, commitments }) => adviceToCommitments(ctx.db, adviceId, commitments, ctx.now()),
  'prep.brief': (ctx, { meetingId }) => prepBrief(ctx.db, meetingId),
};

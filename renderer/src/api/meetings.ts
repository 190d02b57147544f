import { userZone } from './calendar';
import { useOperationMutation, useOperationQuery } from './hooks';

// Meetings feed the mentor pages (health, activity), goals, the dashboard, follow-ups and reminders.
const AFFECTED = ['meetings', 'agenda', 'backlog', 'advice', 'prep', 'mentors', 'goals', 'dashboard', 'commitments', 'followups', 'reminders', 'search', 'app'];

type Scope = 'upcoming' | 'past' | 'all';
/** `limit` rows at most; ask for one more than you show to know whether there are more. */
export const useMeetings = (scope: Scope, filter: { mentorId?: number; goalId?: number }, limit: number) =>
  useOperationQuery('meetings.list', { scope, ...filter, limit }, { keepPrevious: true });
export const useMeeting = (id: number) => useOperationQuery('meetings.get', { id });
export const useMeetingSuggestion = (mentorId: number | null) =>
  useOperationQuery('meetings.suggest', { mentorId: mentorId ?? 0, ...userZone() }, { enabled: !!mentorId });
export const useBacklog = (mentorId: number | null) => useOperationQuery('backlog.list', { mentorId: mentorId ?? 0 }, { enabled: !!mentorId });
export const useTemplates = () => useOperationQuery('templates.list');
export const usePrepBrief = (meetingId: number) => useOperationQuery('prep.brief', { meetingId });

export const useScheduleMeeting = () => useOperationMutation('meetings.schedule', AFFECTED);
export const useUpdateMeeting = () => useOperationMutation('meetings.update', AFFECTED);
export const useCancelMeeting = () => useOperationMutation('meetings.cancel', AFFECTED);
export const useDeleteMeeting = () => useOperationMutation('meetings.delete', AFFECTED);
/** Autosave: only the meeting lists care about notes; the open editor holds the text itself. */
export const useSaveNotes = () => useOperationMutation('meetings.saveNotes', ['meetings.list', 'prep', 'search']);
export const useMarkHeld = () => useOperationMutation('meetings.markHeld', AFFECTED, userZone);
export const useAddToBacklog = () => useOperationMutation('backlog.add', AFFECTED);
export const useAddAgendaItem = () => useOperationMutation('agenda.add', AFFECTED);
export const usePullFromBacklog = () => useOperationMutation('agenda.pull', AFFECTED);
export const useReturnToBacklog = () => useOperationMutation('agenda.returnToBacklog', AFFECTED);
export const useUpdateAgendaItem = () => useOperationMutation('agenda.update', AFFECTED);
export const useMoveAgendaItem = () => useOperationMutation('agenda.move', AFFECTED);
export const useReorderAgenda = () => useOperationMutation('agenda.reorder', AFFECTED);
export const useDeleteAgendaItem = () => useOperationMutation('agenda.delete', AFFECTED);
export const useSaveTemplate = () => useOperationMutation('templates.saveFromMeeting', ['templates']);
export const useApplyTemplate = () => useOperationMutation('templates.apply', AFFECTED);
export const useCreateAdvice = () => useOperationMutation('advice.create', AFFECTED);
export const useUpdateAdvice = () => useOperationMutation('advice.update', AFFECTED);
export const useDeleteAdvice = () => useOperationMutation('advice.delete', AFFECTED);
export const useAdviceToCommitments = () => useOperationMutation('advice.toCommitments', AFFECTED);
export const useDeleteTemplate = () => useOperationMutation('templates.delete', ['templates']);

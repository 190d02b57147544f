// The closed vocabularies of the domain, shared by the schema, the contract and the renderer
// (this file imports nothing, so the renderer can use it without pulling in the database layer).
export const MENTOR_TYPES = ['career', 'skill', 'leadership', 'peer', 'sponsor', 'coach', 'other'] as const;
export const GOAL_STATUSES = ['active', 'achieved', 'paused', 'dropped'] as const;
export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;
export const AGENDA_KINDS = ['question', 'update', 'ask', 'thanks'] as const;
export const AGENDA_PRIORITIES = ['high', 'normal', 'low'] as const;
export const AGENDA_STATUSES = ['open', 'discussed', 'skipped'] as const;
export const ADVICE_VERDICTS = ['tried', 'adopted', 'not_for_me'] as const;
export const COMMITMENT_OWNERS = ['me', 'mentor'] as const;
export const COMMITMENT_STATUSES = ['open', 'done', 'dropped'] as const;
export const INTERACTION_KINDS = ['call', 'message', 'chance', 'other', 'calendar'] as const;
export const CALENDAR_SOURCE_KINDS = ['file', 'ics_url', 'caldav'] as const;
export const CALENDAR_MATCH_REASONS = ['email', 'name'] as const;
export const CALENDAR_DECISIONS = ['pending', 'accepted', 'rejected'] as const;

export type MentorType = (typeof MENTOR_TYPES)[number];
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export type AgendaKind = (typeof AGENDA_KINDS)[number];
export type AgendaPriority = (typeof AGENDA_PRIORITIES)[number];
export type AgendaStatus = (typeof AGENDA_STATUSES)[number];
export type AdviceVerdict = (typeof ADVICE_VERDICTS)[number];
export type CommitmentOwner = (typeof COMMITMENT_OWNERS)[number];
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];
export type InteractionKind = (typeof INTERACTION_KINDS)[number];
export type CalendarSourceKind = (typeof CALENDAR_SOURCE_KINDS)[number];
export type CalendarDecision = (typeof CALENDAR_DECISIONS)[number];

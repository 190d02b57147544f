import type { AdviceVerdict, AgendaKind, AgendaPriority, CommitmentStatus, GoalStatus, MeetingStatus, MentorType } from '../../../electron/core/values';

// One place where each stored value gets the words the user sees (forms, badges, exports alike).
export const MENTOR_TYPE_LABEL: Record<MentorType, string> = {
  career: 'Career',
  skill: 'Skill',
  leadership: 'Leadership',
  peer: 'Peer',
  sponsor: 'Sponsor',
  coach: 'Coach',
  other: 'Other',
};
export const GOAL_STATUS_LABEL: Record<GoalStatus, string> = { active: 'Active', achieved: 'Achieved', paused: 'Paused', dropped: 'Dropped' };
export const MEETING_STATUS_LABEL: Record<MeetingStatus, string> = { planned: 'Planned', held: 'Held', cancelled: 'Cancelled' };
export const AGENDA_KIND_LABEL: Record<AgendaKind, string> = { question: 'Question', update: 'Update', ask: 'Ask for help', thanks: 'Thanks' };
export const AGENDA_PRIORITY_LABEL: Record<AgendaPriority, string> = { high: 'High priority', normal: 'Normal priority', low: 'Low priority' };
export const ADVICE_VERDICT_LABEL: Record<AdviceVerdict, string> = { tried: 'Tried', adopted: 'Adopted', not_for_me: 'Not for me' };
export const COMMITMENT_STATUS_LABEL: Record<CommitmentStatus, string> = { open: 'Open', done: 'Done', dropped: 'Dropped' };

/** For values typed as plain strings by the core (older result types): the label, or the value itself. */
export const labelOf = (map: Record<string, string>, value: string): string => map[value] ?? value;

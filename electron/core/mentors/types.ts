import type { InferSelectModel } from 'drizzle-orm';
import type { agendaItems, commitments, gives, interactions, meetings, mentors } from '../db/schema';
import type { MentorHealth } from './health';

export type Mentor = InferSelectModel<typeof mentors>;
export type Interaction = InferSelectModel<typeof interactions>;
export type Give = InferSelectModel<typeof gives>;

/** What a row of the mentors list shows (ten years of notes stay on the mentor page). */
export interface MentorListItem extends Pick<Mentor, 'id' | 'name' | 'role' | 'organization' | 'type' | 'archivedAt' | 'keepInTouchCadenceDays'> {
  health: MentorHealth;
  goalCount: number;
}

export interface MentorGoalLink {
  goalId: number;
  title: string;
  status: string;
  canHelpWith: string;
}

/** The mentor page shows this many of each list at first (more on request) and how many there are (up to COUNT_CAP). */
export const MENTOR_PAGE_LIMIT = 20;

export interface MentorDetail {
  mentor: Mentor;
  health: MentorHealth;
  goals: MentorGoalLink[];
  interactions: Interaction[];
  gives: Give[];
  asks: Pick<InferSelectModel<typeof agendaItems>, 'id' | 'text' | 'meetingId' | 'status' | 'createdAt'>[];
  /** Asks raised since the most recent give (the give-and-take balance). */
  asksSinceLastGive: number;
  meetings: Pick<InferSelectModel<typeof meetings>, 'id' | 'scheduledAt' | 'status' | 'durationMinutes'>[];
  /** `overdue` by the one rule (followups/overdue.ts), in the user's zone. */
  openCommitments: (Pick<InferSelectModel<typeof commitments>, 'id' | 'title' | 'dueDate' | 'owner' | 'status'> & { overdue: boolean })[];
  /** Each list above holds the latest `listLimit`; these say how many there are (up to COUNT_CAP). */
  totals: { meetings: number; openCommitments: number; interactions: number; gives: number; asks: number };
  sameNameCount: number;
}

/** What deleting a mentor takes with it, so the user can confirm knowingly. */
export interface DeletionImpact {
  mentorId: number;
  name: string;
  meetings: number;
  agendaItems: number;
  advice: number;
  commitments: number;
  interactions: number;
  gives: number;
  goalLinks: number;
}

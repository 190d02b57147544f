import type { InferSelectModel } from 'drizzle-orm';
import type { advice, commitments, goals, meetings } from '../db/schema';
import type { GoalProgress } from '../followups/progress';

export type Goal = InferSelectModel<typeof goals>;

export interface GoalListItem extends Goal {
  mentorCount: number;
  progress: GoalProgress;
  /** The target date has passed and the goal is still active or paused. */
  overdue: boolean;
}

export interface GoalMentorLink {
  mentorId: number;
  name: string;
  archived: boolean;
  canHelpWith: string;
}

export interface GoalDetail {
  goal: Goal;
  overdue: boolean;
  mentors: GoalMentorLink[];
  progress: GoalProgress;
  meetings: (Pick<InferSelectModel<typeof meetings>, 'id' | 'scheduledAt' | 'status'> & { mentorName: string })[];
  advice: (Pick<InferSelectModel<typeof advice>, 'id' | 'text' | 'verdict' | 'createdAt'> & { mentorName: string })[];
  commitments: Pick<InferSelectModel<typeof commitments>, 'id' | 'title' | 'status' | 'dueDate' | 'outcome'>[];
  /** How many of each the goal has (up to COUNT_CAP); the lists above hold the latest 25. */
  totals: { meetings: number; advice: number; commitments: number };
}

/** Where to ask for help next: goals nobody helps with, and who carries most goals. */
export interface Coverage {
  goalsWithoutMentor: { id: number; title: string }[];
  mentorLoad: { mentorId: number; name: string; goalCount: number }[];
}

/** What deleting a goal changes, so the user can confirm knowingly. */
export interface GoalDeletionImpact {
  goalId: number;
  title: string;
  /** Deleted with the goal. */
  mentorLinks: number;
  /** These stay, with the goal cleared. */
  commitments: number;
  advice: number;
  agendaItems: number;
}

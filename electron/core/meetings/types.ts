import type { InferSelectModel } from 'drizzle-orm';
import type { advice, agendaItems, commitments, meetings } from '../db/schema';
import type { GoalProgress } from '../followups/progress';
import type { AgendaKind } from '../values';

export type Meeting = InferSelectModel<typeof meetings>;
export type AgendaItem = InferSelectModel<typeof agendaItems>;
export type Advice = InferSelectModel<typeof advice>;
export type Commitment = InferSelectModel<typeof commitments>;

export interface MeetingListItem extends Meeting {
  mentorName: string;
  agendaCount: number;
  agendaMinutes: number;
}

export interface AgendaSummary {
  totalMinutes: number;
  durationMinutes: number;
  overrunMinutes: number;
  /** Lowest-priority items, from the end, whose removal brings the agenda within the meeting's length. */
  suggestedToLeave: { id: number; text: string; minutes: number; priority: string }[];
}

export interface AdviceWithCommitments extends Advice {
  goalTitle: string | null;
  commitments: Pick<Commitment, 'id' | 'title' | 'status' | 'dueDate'>[];
}

export interface MeetingDetail {
  meeting: Meeting;
  mentor: { id: number; name: string; email: string; keepInTouchCadenceDays: number };
  agenda: (AgendaItem & { goalTitle: string | null })[];
  summary: AgendaSummary;
  advice: AdviceWithCommitments[];
  /** Commitments recorded at this meeting without a piece of advice behind them. */
  otherCommitments: Pick<Commitment, 'id' | 'title' | 'status' | 'dueDate'>[];
}

export interface TemplateItem {
  kind: AgendaKind;
  text: string;
  minutes: number;
}

export interface AgendaTemplate {
  key: string;
  name: string;
  builtIn: boolean;
  items: TemplateItem[];
}

export interface MeetingSuggestion {
  scheduledAt: string;
  reason: string;
}

/** The prep brief lists this many commitments of each kind (the follow-ups page has them all). */
export const PREP_LIST_LIMIT = 25;

export interface PrepBrief {
  meeting: Meeting;
  mentor: {
    id: number;
    name: string;
    role: string;
    organization: string;
    agreementMeetingFrequency: string;
    agreementSessionLength: string;
    agreementFocus: string;
    agreementConfidentiality: string;
  };
  lastMeeting: { id: number; scheduledAt: string; notes: string; advice: { id: number; text: string; verdict: string | null }[] } | null;
  /** Commitments made with this mentor since the last meeting (or at it): what to report back on. The first PREP_LIST_LIMIT. */
  commitmentsSinceLast: Pick<Commitment, 'id' | 'title' | 'status' | 'outcome' | 'dueDate' | 'owner' | 'reportedBackAt'>[];
  /** Done, outcome known, not yet told to the mentor — close the loop in this meeting. The latest PREP_LIST_LIMIT. */
  awaitingReportBack: Pick<Commitment, 'id' | 'title' | 'outcome' | 'completedAt'>[];
  /** How many there are of each list above (up to COUNT_CAP). */
  totals: { commitmentsSinceLast: number; awaitingReportBack: number };
  goals: { id: number; title: string; canHelpWith: string; progress: GoalProgress }[];
  agenda: (AgendaItem & { goalTitle: string | null })[];
  summary: AgendaSummary;
}

import type { InferSelectModel } from 'drizzle-orm';
import type { commitments } from '../db/schema';

export type Commitment = InferSelectModel<typeof commitments>;

export interface CommitmentView extends Commitment {
  mentorName: string | null;
  mentorEmail: string | null;
  goalTitle: string | null;
  adviceText: string | null;
  /** Done and not yet reported back to the mentor. */
  awaitingReportBack: boolean;
  /** Open, with a due date before the user's today. */
  overdue: boolean;
}

/**
 * Counts stop at this many: `count(*)` over a LIMIT reads at most this many index entries, so a count
 * costs the same at ten years as at one. The UI shows the cap as "999+"; nobody acts differently on
 * 1 412 overdue than on 1 413.
 */
export const COUNT_CAP = 1_000;

export const BOARD_BUCKETS = ['overdue', 'dueToday', 'dueThisWeek', 'later', 'noDate', 'done', 'dropped'] as const;
export type BoardBucket = (typeof BOARD_BUCKETS)[number];

export interface FollowUpBoard {
  today: string;
  /** At most `perBucket` items per bucket… */
  buckets: Record<BoardBucket, CommitmentView[]>;
  /** …out of this many (at most COUNT_CAP). */
  totals: Record<BoardBucket, number>;
  awaitingReportBack: CommitmentView[];
  /** At most COUNT_CAP. */
  awaitingTotal: number;
}

export interface ReportBackDraft {
  commitmentId: number;
  to: string;
  subject: string;
  body: string;
  mailto: string | null;
}

export interface RateResult {
  done: number;
  dropped: number;
  overdue: number;
  reported: number;
  /** done ÷ (done + dropped + overdue); null when nothing counts in the period ("no data"). */
  followThroughRate: number | null;
  /** reported ÷ done; null when nothing was done in the period. */
  loopClosureRate: number | null;
}

export interface MonthlyRate extends RateResult {
  month: string;
}

export interface RatesReport {
  from: string;
  to: string;
  overall: RateResult;
  byMentor: (RateResult & { mentorId: number; name: string })[];
  byGoal: (RateResult & { goalId: number; title: string })[];
  trend: MonthlyRate[];
  definitions: { followThroughRate: string; loopClosureRate: string; goalProgress: string };
}

export interface AdviceLibraryEntry {
  id: number;
  text: string;
  verdict: string | null;
  createdAt: string;
  mentorId: number;
  mentorName: string;
  goalId: number | null;
  goalTitle: string | null;
  meetingId: number | null;
  /** When the meeting the advice was given in took place (null for advice recorded outside a meeting). */
  meetingAt: string | null;
  commitments: { id: number; title: string; status: string; outcome: string }[];
}

/** A page of the advice library, newest first; `more` says whether older advice follows. */
export interface AdviceLibraryPage {
  entries: AdviceLibraryEntry[];
  more: boolean;
}

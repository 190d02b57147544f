import { z } from 'zod';
import { calendarDate, firstDayOfWeek, id, optionalText, requiredText, timeZone, timestamp } from '../fields';
import { input, mutation, query } from '../operation';
import { ADVICE_VERDICTS, COMMITMENT_OWNERS } from '../values';
import type { Dashboard } from './dashboard';
import type { AdviceLibraryPage, Commitment, FollowUpBoard, RatesReport, ReportBackDraft } from './types';

export const commitmentFields = {
  title: requiredText('Commitment', 500),
  dueDate: calendarDate.nullable().default(null),
  mentorId: id.nullable().default(null),
  goalId: id.nullable().default(null),
  owner: z.enum(COMMITMENT_OWNERS).default('me'),
};

export const commitmentFormSchema = z.strictObject(commitmentFields);
const filter = { mentorId: id.optional(), goalId: id.optional() };

export const followupsContract = {
  'commitments.create': mutation(commitmentFormSchema).returns<Commitment>(),
  'commitments.update': mutation(
    input({
      id,
      changes: z.strictObject({
        title: commitmentFields.title.optional(),
        dueDate: calendarDate.nullable().optional(),
        mentorId: id.nullable().optional(),
        goalId: id.nullable().optional(),
        owner: z.enum(COMMITMENT_OWNERS).optional(),
      }),
    }),
  ).returns<Commitment>(),
  'commitments.complete': mutation(input({ id, outcome: optionalText('Outcome', 10_000).default('') })).returns<Commitment>(),
  'commitments.drop': mutation(input({ id, reason: optionalText('Reason', 5_000).default('') })).returns<Commitment>(),
  'commitments.reopen': mutation(input({ id })).returns<Commitment>(),
  'commitments.snooze': mutation(input({ id, until: timestamp.nullable() })).returns<Commitment>(),
  'commitments.markReported': mutation(input({ id })).returns<Commitment>(),
  'commitments.delete': mutation(input({ id })).returns<null>(),
  'commitments.reportBackDraft': query(input({ id })).returns<ReportBackDraft>(),
  'followups.board': query(input({ ...filter, timeZone, firstDayOfWeek, perBucket: z.number().int().min(1).max(5_000).default(50) })).returns<FollowUpBoard>(),
  'measures.report': query(input({ from: calendarDate.optional(), to: calendarDate.optional(), timeZone })).returns<RatesReport>(),
  'dashboard.today': query(input({ timeZone })).returns<Dashboard>(),
  /** The library page sends { mentorId?, goalId?, limit: 25 }, then `before` (the page's last advice) for older advice. */
  'advice.library': query(input({ ...filter, before: id.optional(), limit: z.number().int().min(1).max(200).default(25) })).returns<AdviceLibraryPage>(),
  'advice.setVerdict': mutation(input({ id, verdict: z.enum(ADVICE_VERDICTS).nullable() })).returns<{ id: number; verdict: string | null }>(),
};

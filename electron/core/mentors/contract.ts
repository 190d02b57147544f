import { z } from 'zod';
import { calendarDate, email, id, optionalText, patchOf, requiredText, timeZone, timestamp } from '../fields';
import { input, mutation, query } from '../operation';
import { INTERACTION_KINDS, MENTOR_TYPES } from '../values';
import type { MentorHealth } from './health';
import { MENTOR_PAGE_LIMIT, type DeletionImpact, type Give, type Interaction, type Mentor, type MentorDetail, type MentorListItem } from './types';

export const mentorFields = {
  name: requiredText('Name', 200),
  role: optionalText('Role', 200).default(''),
  organization: optionalText('Organization', 200).default(''),
  email: email.default(''),
  type: z.enum(MENTOR_TYPES).default('career'),
  helpsWith: optionalText('What they help with', 2_000).default(''),
  howWeMet: optionalText('How we met', 2_000).default(''),
  keepInTouchCadenceDays: z
    .number({ message: 'Keep-in-touch cadence must be a number of days.' })
    .int('Keep-in-touch cadence must be whole days.')
    .min(1, 'Keep-in-touch cadence must be at least 1 day.')
    .max(365, 'Keep-in-touch cadence can be at most 365 days.')
    .default(30),
  notes: optionalText('Notes', 20_000).default(''),
  agreementMeetingFrequency: optionalText('How often we meet', 500).default(''),
  agreementSessionLength: optionalText('How long we meet', 500).default(''),
  agreementFocus: optionalText('What we focus on', 2_000).default(''),
  agreementConfidentiality: optionalText('What stays confidential', 2_000).default(''),
};

/** The mentor form, shared by the renderer (inline validation) and the contract. */
export const mentorFormSchema = z.strictObject(mentorFields);
export type MentorForm = z.input<typeof mentorFormSchema>;

const mentorPatch = patchOf(mentorFields);

export const MENTOR_SORTS = ['name', 'health', 'recent'] as const;

export const mentorsContract = {
  'mentors.list': query(
    input({ includeArchived: z.boolean().default(false), sort: z.enum(MENTOR_SORTS).default('name') }).optional().default({ includeArchived: false, sort: 'name' }),
  ).returns<MentorListItem[]>(),
  'mentors.get': query(input({ id, listLimit: z.number().int().min(1).max(1_000).default(MENTOR_PAGE_LIMIT), timeZone })).returns<MentorDetail>(),
  /** Without a cadence, a new mentor gets the default from Settings (the handler fills it in). */
  'mentors.create': mutation(mentorFormSchema.extend({ keepInTouchCadenceDays: mentorFields.keepInTouchCadenceDays.unwrap().optional() })).returns<Mentor>(),
  'mentors.update': mutation(input({ id, changes: mentorPatch })).returns<Mentor>(),
  'mentors.archive': mutation(input({ id })).returns<Mentor>(),
  'mentors.restore': mutation(input({ id })).returns<Mentor>(),
  'mentors.deletionImpact': query(input({ id })).returns<DeletionImpact>(),
  'mentors.delete': mutation(input({ id })).returns<DeletionImpact>(),
  'mentors.sameName': query(input({ name: z.string().trim().max(200), excludeId: id.optional() })).returns<{ id: number; name: string }[]>(),
  'mentors.overdueToReconnect': query(input({}).optional().default({})).returns<MentorHealth[]>(),
  'interactions.log': mutation(
    input({
      mentorId: id,
      kind: z.enum(INTERACTION_KINDS).default('message'),
      occurredAt: timestamp,
      note: optionalText('Note', 5_000).default(''),
    }),
  ).returns<Interaction>(),
  'interactions.delete': mutation(input({ id })).returns<null>(),
  'gives.add': mutation(
    input({ mentorId: id, description: requiredText('What you gave', 2_000), givenOn: calendarDate }),
  ).returns<Give>(),
  'gives.delete': mutation(input({ id })).returns<null>(),
};

import { z } from 'zod';
import { id, requiredText, timeZone } from '../fields';
import { input, mutation, noInput, query, task } from '../operation';
import { CALENDAR_DECISIONS } from '../values';
import type { FollowCounts } from './follow';
import { ICS_MAX_CHARS } from './limits';
import type { FeedInfo } from './feed-publish';
import type { RefreshReport } from './subscriptions';
import type { CalendarSeriesReview, CalendarSource, CalendarSyncSummary } from './types';

/** What a restored calendar row must be (the backup checks every table with the rules that wrote it). */
export const calendarBackupRules = {
  calendarSources: { name: requiredText('Calendar name', 300), url: z.string().max(2_000), username: z.string().max(300), lastError: z.string().max(2_000), passwordEncrypted: z.string().max(20_000).nullable(), passwordUnencrypted: z.string().max(1_000).nullable() },
  calendarSeries: { uid: z.string().min(1).max(1_000), summary: z.string().max(500) },
  calendarEvents: { originalStart: z.string().max(40), summary: z.string().max(500), durationMinutes: z.number().int().min(5).max(720), location: z.string().max(1_000) },
};

export const calendarsContract = {
  'calendars.importFile': mutation(
    input({
      fileName: requiredText('File name', 300),
      text: z.string().min(1, 'The file is empty.').max(ICS_MAX_CHARS, 'This calendar file is too large (12 MB at most).'),
      timeZone,
    }),
  ).returns<CalendarSyncSummary>(),
  'calendars.series': query(input({ decision: z.enum(CALENDAR_DECISIONS).default('pending') })).returns<CalendarSeriesReview[]>(),
  'calendars.decide': mutation(input({ seriesId: id, decision: z.enum(CALENDAR_DECISIONS), mentorId: id.nullable().default(null) })).returns<FollowCounts>(),
  'calendars.sources': query(noInput).returns<CalendarSource[]>(),
  /** What this shell can do for calendars: keep a password in the OS keychain. */
  'calendars.capabilities': query(noInput).returns<{ keychain: boolean }>(),
  'calendars.subscribe': task(
    input({
      kind: z.enum(['ics_url', 'caldav']),
      url: requiredText('Calendar address', 2_000),
      name: z.string().trim().max(300).default(''),
      username: z.string().max(300).default(''),
      password: z.string().max(1_000).default(''),
      rememberPassword: z.boolean().default(false),
      timeZone,
    }),
  ).returns<CalendarSyncSummary>(),
  'calendars.refresh': task(input({ id: id.optional(), timeZone })).returns<RefreshReport>(),
  'calendars.feedInfo': query(noInput).returns<FeedInfo>(),
  'calendars.chooseFeedFolder': task(noInput).returns<FeedInfo>(),
  'calendars.publishFeed': task(noInput).returns<{ filePath: string; milliseconds: number } | null>(),
  'calendars.setPassword': mutation(input({ id, password: requiredText('Password', 1_000), rememberPassword: z.boolean().default(false) })).returns<null>(),
  'calendars.removeSource': mutation(input({ id })).returns<null>(),
};

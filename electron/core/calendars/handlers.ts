import type { Handlers } from '../operation';
import type { calendarsContract } from './contract';
import { importIcsFile } from './ics-import';
import { decideSeries, listSeries } from './review';
import { listSources, removeSource } from './sources';

export const calendarsHandlers: Handlers<typeof calendarsContract> = {
  'calendars.importFile': (ctx, file) => importIcsFile(ctx.db, file, ctx.now()),
  'calendars.series': (ctx, { decision }) => listSeries(ctx.db, decision, ctx.now()),
  'calendars.decide': (ctx, { seriesId, decision, mentorId }) => decideSeries(ctx.db, seriesId, decision, mentorId, ctx.now()),
  'calendars.sources': (ctx) => listSources(ctx.db, new Set()),
  'calendars.removeSource': (ctx, { id }) => (removeSource(ctx.db, id), null),
};

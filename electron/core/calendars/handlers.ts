import type { Handlers } from '../operation';
import type { calendarsContract } from './contract';
import { chooseFeedFolder, feedInfo, publishFeed } from './feed-publish';
import { importIcsFile } from './ics-import';
import { decideSeries, listSeries } from './review';
import { forgetSessionPassword, sessionPasswordIds } from './passwords';
import { listSources, removeSource } from './sources';
import { refreshAll, refreshSource, setPassword, subscribe } from './subscriptions';

export const calendarsHandlers: Handlers<typeof calendarsContract> = {
  'calendars.importFile': (ctx, file) => importIcsFile(ctx.db, file, ctx.now()),
  'calendars.series': (ctx, { decision }) => listSeries(ctx.db, decision, ctx.now()),
  'calendars.decide': (ctx, { seriesId, decision, mentorId }) => decideSeries(ctx.db, seriesId, decision, mentorId, ctx.now()),
  'calendars.sources': (ctx) => listSources(ctx.db, sessionPasswordIds(ctx.store)),
  'calendars.removeSource': (ctx, { id }) => (removeSource(ctx.db, id), forgetSessionPassword(ctx.store, id), null),
  'calendars.capabilities': (ctx) => ({ keychain: !!ctx.platform.keychain }),
  'calendars.subscribe': (ctx, values) => subscribe(ctx, values),
  'calendars.refresh': async (ctx, { id, timeZone }) =>
    id ? { refreshed: [await refreshSource(ctx, id, timeZone)], failed: [] } : refreshAll(ctx, timeZone),
  'calendars.feedInfo': (ctx) => feedInfo(ctx),
  'calendars.chooseFeedFolder': (ctx) => chooseFeedFolder(ctx),
  'calendars.publishFeed': (ctx) => publishFeed(ctx),
  'calendars.setPassword': (ctx, { id, password, rememberPassword }) => (setPassword(ctx, id, password, rememberPassword), null),
};

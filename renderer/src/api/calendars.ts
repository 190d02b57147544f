import { useOperationMutation, useOperationQuery } from './hooks';

// A calendar makes meetings and logs contact, so health, the dashboard and reminders move with it.
const AFFECTED = ['calendars', 'meetings', 'mentors', 'interactions', 'dashboard', 'reminders', 'app', 'search'];

export const useCalendarSeries = (decision: 'pending' | 'accepted' | 'rejected') => useOperationQuery('calendars.series', { decision });
export const useCalendarSources = () => useOperationQuery('calendars.sources');

export const useImportCalendar = () => useOperationMutation('calendars.importFile', AFFECTED);
export const useDecideSeries = () => useOperationMutation('calendars.decide', AFFECTED);
export const useRemoveCalendarSource = () => useOperationMutation('calendars.removeSource', AFFECTED);

/** The user's IANA zone: floating calendar times are read in it. */
export { userTimeZone } from './calendar';

export const useCalendarCapabilities = () => useOperationQuery('calendars.capabilities');
export const useSubscribeCalendar = () => useOperationMutation('calendars.subscribe', AFFECTED);
export const useRefreshCalendars = () => useOperationMutation('calendars.refresh', AFFECTED);
export const useSetCalendarPassword = () => useOperationMutation('calendars.setPassword', AFFECTED);
export const useFeedInfo = () => useOperationQuery('calendars.feedInfo');
export const useChooseFeedFolder = () => useOperationMutation('calendars.chooseFeedFolder', ['calendars', 'settings']);
export const usePublishFeed = () => useOperationMutation('calendars.publishFeed', ['calendars']);

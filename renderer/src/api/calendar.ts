import { localeFirstDayOfWeek, type Weekday } from '../../../electron/core/zoned-time';
import { datePreferences } from '../components/dates';

/** The user's calendar as the core needs it: "today", weeks and months are computed in this zone. */
export const userTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** The first day of the user's week: the Settings choice, else the locale's. */
export const userFirstDayOfWeek = (): Weekday => datePreferences().firstDayOfWeek ?? localeFirstDayOfWeek(navigator.language);

/** The locale the renderer formats dates in (Intl's own), sent where the core writes dates into text. */
export const userLocale = () => ({ locale: Intl.DateTimeFormat().resolvedOptions().locale });

/** The fields every calendar-aware operation takes. */
export const userZone = () => ({ timeZone: userTimeZone() });
export const userCalendar = () => ({ timeZone: userTimeZone(), firstDayOfWeek: userFirstDayOfWeek() });

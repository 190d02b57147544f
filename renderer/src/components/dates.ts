import { format, parseISO } from 'date-fns';

/** "23 Nov 2026" from an ISO timestamp or a 'YYYY-MM-DD' day, in the user's time zone. */
export const formatDay = (iso: string) => format(iso.length === 10 ? parseISO(iso) : new Date(iso), 'd MMM yyyy');
/** "Mon 23 Nov 2026, 09:30" in the user's time zone. */
export const formatDateTime = (iso: string) => format(new Date(iso), 'EEE d MMM yyyy, HH:mm');
/** The user's calendar day as 'YYYY-MM-DD'. */
export const localDay = (date = new Date()) => format(date, 'yyyy-MM-dd');
/** Value for <input type="datetime-local"> from an ISO timestamp, and back. */
export const toLocalInput = (iso: string) => format(new Date(iso), "yyyy-MM-dd'T'HH:mm");
export const fromLocalInput = (value: string) => new Date(value).toISOString();

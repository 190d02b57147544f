import { createDAVClient, fetchCalendarObjects, getBasicAuthHeaders, type DAVCalendar } from 'tsdav';
import { invalid, PlannerError } from '../errors';
import { ICS_MAX_CHARS } from './limits';

const TIMEOUT_MS = 30_000;

/** webcal:// is https:// for calendar apps; only http(s) addresses are fetched. */
export function calendarUrl(address: string): URL {
  let url: URL;
  try {
    url = new URL(address.trim().replace(/^webcals?:\/\//i, 'https://'));
  } catch {
    throw invalid('That calendar address does not look right. Copy it again from your calendar’s sharing settings (it starts with https:// or webcal://).');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw invalid('Mentor Planner reads calendars over https://, http:// or webcal:// only.');
  }
  return url;
}

const unreachable = (url: URL, error: unknown) => {
  const cause = (error as { cause?: { code?: string } })?.cause?.code ?? (error instanceof Error ? error.name : '');
  return new PlannerError(
    'INVALID',
    `Mentor Planner could not reach the calendar at ${url.host}${cause ? ` (${cause})` : ''}. Check the address and your connection; nothing was changed.`,
  );
};

/** An ICS subscription: one GET of the whole calendar. */
export async function fetchIcsText(address: string): Promise<string> {
  const url = calendarUrl(address);
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'text/calendar, */*' }, redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    throw unreachable(url, error);
  }
  if (!response.ok) {
    throw invalid(`The calendar at ${url.host} answered “${response.status} ${response.statusText}”. Check the address; nothing was changed.`);
  }
  const text = await response.text();
  if (text.length > ICS_MAX_CHARS) throw invalid('This calendar is too large to read (12 MB at most).');
  return text;
}

export interface CalDavLogin {
  url: string;
  username: string;
  password: string;
}

/**
 * A CalDAV account or calendar: discovers the calendars under the address (all of an account, or the
 * one named) and returns each event object's iCalendar text.
 */
export async function fetchCalDavTexts(login: CalDavLogin): Promise<{ calendars: DAVCalendar[]; texts: string[] }> {
  const url = calendarUrl(login.url);
  const credentials = { username: login.username, password: login.password };
  const fetchOptions = { signal: AbortSignal.timeout(TIMEOUT_MS) };
  let calendars: DAVCalendar[];
  try {
    const client = await createDAVClient({ serverUrl: url.href, credentials, authMethod: 'Basic', defaultAccountType: 'caldav' });
    calendars = await client.fetchCalendars();
  } catch (error) {
    throw davError(url, error);
  }
  const wanted = url.href.endsWith('/') ? url.href : `${url.href}/`;
  const chosen = calendars.filter((c) => c.url.startsWith(wanted));
  const use = chosen.length ? chosen : calendars.filter((c) => wanted.startsWith(c.url));
  if (use.length === 0) throw invalid(`No calendar was found at ${url.href}. Check the address (your server shows it in each calendar’s settings).`);
  const texts: string[] = [];
  try {
    for (const calendar of use) {
      const objects = await fetchCalendarObjects({ calendar, headers: getBasicAuthHeaders(credentials), fetchOptions });
      for (const o of objects) if (typeof o.data === 'string' && o.data) texts.push(o.data);
    }
  } catch (error) {
    throw davError(url, error);
  }
  return { calendars: use, texts };
}

function davError(url: URL, error: unknown): PlannerError {
  const message = error instanceof Error ? error.message : String(error);
  if (/401|403|unauthori[sz]ed|forbidden/i.test(message)) {
    return invalid(`The CalDAV server at ${url.host} did not accept that user name and password. Check them and try again; nothing was changed.`);
  }
  return unreachable(url, error);
}

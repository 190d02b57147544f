import { eq, ne } from 'drizzle-orm';
import { calendarSources } from '../db/schema';
import { writeTransaction } from '../db/write-transaction';
import { PlannerError } from '../errors';
import type { Context } from '../operation';
import { parseCalendar } from './ics-parse';
import { keepPassword, passwordFor } from './passwords';
import { fetchCalDavTexts, fetchIcsText } from './remote';
import { addSource, recordSourceError, requireSource } from './sources';
import { syncSource, syncWindow } from './sync';
import type { CalendarSyncSummary, ParsedCalendar } from './types';

type SourceRow = typeof calendarSources.$inferSelect;

export interface SubscribeValues {
  kind: 'ics_url' | 'caldav';
  url: string;
  name: string;
  username: string;
  password: string;
  rememberPassword: boolean;
  timeZone: string;
}

/** Reads a remote calendar in full (nothing is written until it has been read and understood). */
async function readRemote(kind: SourceRow['kind'], url: string, username: string, password: string, timeZone: string, now: Date): Promise<ParsedCalendar & { davName?: string }> {
  const window = syncWindow(now);
  if (kind === 'ics_url') return parseCalendar(await fetchIcsText(url), window, timeZone);
  const { calendars, texts } = await fetchCalDavTexts({ url, username, password });
  const occurrences = texts.flatMap((text) => parseCalendar(text, window, timeZone).occurrences);
  const davName = calendars.map((c) => (typeof c.displayName === 'string' ? c.displayName : '')).find(Boolean);
  return { name: '', davName, occurrences };
}

/** Subscribes to an ICS address or a CalDAV calendar: read once now (errors say why and save nothing), then kept. */
export async function subscribe(ctx: Context, values: SubscribeValues): Promise<CalendarSyncSummary> {
  const now = ctx.now();
  const parsed = await readRemote(values.kind, values.url, values.username, values.password, values.timeZone, now);
  const name = values.name || parsed.name || parsed.davName || new URL(values.url.replace(/^webcals?:/i, 'https:')).host;
  return writeTransaction(ctx.store.sqlite, () => {
    const row = addSource(ctx.db, { kind: values.kind, name, url: values.url, username: values.username, passwordEncrypted: null }, now);
    if (values.kind === 'caldav') keepPassword(ctx, row.id, values.password, values.rememberPassword);
    return syncSource(ctx.db, row.id, parsed, syncWindow(now), now);
  });
}

/** Reads one subscription again; a failure is kept on the calendar (shown in Settings) and changes nothing else. */
export async function refreshSource(ctx: Context, id: number, timeZone: string): Promise<CalendarSyncSummary> {
  const source = requireSource(ctx.db, id);
  if (source.kind === 'file') throw new PlannerError('INVALID', `“${source.name}” is an imported file; import the file again to update it.`);
  const now = ctx.now();
  try {
    const password = source.kind === 'caldav' ? passwordFor(ctx, source) : '';
    const parsed = await readRemote(source.kind, source.url, source.username, password, timeZone, now);
    return syncSource(ctx.db, source.id, parsed, syncWindow(now), now);
  } catch (error) {
    const message = error instanceof PlannerError ? error.message : 'Reading this calendar failed unexpectedly. Try again later.';
    recordSourceError(ctx.db, id, message, ctx.now());
    throw error;
  }
}

export interface RefreshReport {
  refreshed: CalendarSyncSummary[];
  failed: { sourceId: number; name: string; message: string }[];
}

/** Reads every subscription (on start and every few minutes); one failing calendar does not stop the others. */
export async function refreshAll(ctx: Context, timeZone: string): Promise<RefreshReport> {
  const report: RefreshReport = { refreshed: [], failed: [] };
  for (const source of ctx.db.select().from(calendarSources).where(ne(calendarSources.kind, 'file')).all()) {
    try {
      report.refreshed.push(await refreshSource(ctx, source.id, timeZone));
    } catch (error) {
      report.failed.push({ sourceId: source.id, name: source.name, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return report;
}

/** A new password for a CalDAV calendar (after a restart in browser mode, or a changed password). */
export function setPassword(ctx: Context, id: number, password: string, remember: boolean): void {
  const source = requireSource(ctx.db, id);
  if (source.kind !== 'caldav') throw new PlannerError('INVALID', 'Only CalDAV calendars have a password.');
  keepPassword(ctx, id, password, remember);
  ctx.db.update(calendarSources).set({ lastError: '', updatedAt: ctx.now().toISOString() }).where(eq(calendarSources.id, id)).run();
}

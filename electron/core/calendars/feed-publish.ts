import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { invalid } from '../errors';
import type { Context } from '../operation';
import { getSettings, updateSettings } from '../settings/settings';
import { systemTimeZone } from '../zoned-time';
import { feedToken } from './calendar-settings';
import { buildFeed } from './feed';

export const FEED_FILE_NAME = 'mentor-planner.ics';

export interface FeedInfo {
  /** The folder the feed is kept in ('' = not published to a folder). */
  folder: string;
  filePath: string | null;
  /** Path of the browser-mode address (after the server's origin), with its secret token. */
  urlPath: string;
  detail: 'titles' | 'agenda';
  /** Whether this shell can show a folder picker. */
  canChooseFolder: boolean;
}

export function feedInfo(ctx: Context): FeedInfo {
  const settings = getSettings(ctx.db);
  const folder = settings.calendarFeedFolder;
  return {
    folder,
    filePath: folder ? path.join(folder, FEED_FILE_NAME) : null,
    urlPath: `/calendar/${feedToken(ctx.db, ctx.now())}/${FEED_FILE_NAME}`,
    detail: settings.calendarFeedDetail,
    canChooseFolder: !!ctx.platform.chooseFolder,
  };
}

/**
 * Writes the feed into the chosen folder: to a temporary file first, then renamed over the old one, so
 * a calendar app syncing the folder never reads half a file. Returns the path and how long it took.
 */
export function publishFeed(ctx: Context, timeZone = systemTimeZone()): { filePath: string; milliseconds: number } | null {
  const folder = getSettings(ctx.db).calendarFeedFolder;
  if (!folder) return null;
  const started = performance.now();
  const text = buildFeed(ctx.db, ctx.now(), { timeZone });
  const filePath = path.join(folder, FEED_FILE_NAME);
  const temporary = `${filePath}.${crypto.randomBytes(4).toString('hex')}.part`;
  try {
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(temporary, text);
    fs.renameSync(temporary, filePath);
  } catch (error) {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // the folder itself is unusable: nothing was written there
    }
    const code = (error as { code?: string }).code ?? '';
    throw invalid(`Mentor Planner could not write the calendar feed into ${folder}${code ? ` (${code})` : ''}. Choose a folder you can write to.`);
  }
  return { filePath, milliseconds: performance.now() - started };
}

/** The feed for the browser-mode address, or null when the token is not this feed's. */
export function feedForToken(ctx: Context, token: string): string | null {
  const expected = Buffer.from(feedToken(ctx.db, ctx.now()));
  const given = Buffer.from(token);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  return buildFeed(ctx.db, ctx.now(), { timeZone: systemTimeZone() });
}

/** Desktop: the user picks the folder (e.g. one their phone's calendar syncs); the feed is written at once. */
export async function chooseFeedFolder(ctx: Context): Promise<FeedInfo> {
  if (!ctx.platform.chooseFolder) throw invalid('Type the folder’s path instead: this window cannot show a folder picker.');
  const folder = await ctx.platform.chooseFolder();
  if (folder) {
    updateSettings(ctx.db, { calendarFeedFolder: folder }, ctx.now());
    publishFeed(ctx);
  }
  return feedInfo(ctx);
}

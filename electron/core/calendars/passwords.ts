import { eq } from 'drizzle-orm';
import type { Db, Store } from '../db/client';
import { calendarSources } from '../db/schema';
import { invalid } from '../errors';
import type { Platform } from '../platform';
import { openSecret, sealSecret } from '../system/secrets';

// Passwords kept only for this run of the app (browser mode without opt-in, or no keychain), per store.
const sessionPasswords = new WeakMap<Store, Map<number, string>>();

export function sessionPasswordIds(store: Store): ReadonlySet<number> {
  return new Set(sessionPasswords.get(store)?.keys() ?? []);
}

/**
 * Keeps a calendar's password: encrypted by the OS keychain where the shell has one (never the plain
 * text); otherwise in memory for this session, or, if the user opted in, in the database as it is.
 */
export function keepPassword(ctx: { store: Store; db: Db; platform: Platform }, sourceId: number, password: string, remember: boolean): void {
  const session = sessionPasswords.get(ctx.store) ?? new Map<number, string>();
  sessionPasswords.set(ctx.store, session);
  const passwordEncrypted = sealSecret(ctx.platform, password);
  const passwordUnencrypted = !passwordEncrypted && remember ? password : null;
  if (!passwordEncrypted && !passwordUnencrypted) session.set(sourceId, password);
  else session.delete(sourceId);
  ctx.db.update(calendarSources).set({ passwordEncrypted, passwordUnencrypted }).where(eq(calendarSources.id, sourceId)).run();
}

export function passwordFor(ctx: { store: Store; platform: Platform }, source: typeof calendarSources.$inferSelect): string {
  // No keychain here, or another one sealed it: ask again below.
  const opened = source.passwordEncrypted ? openSecret(ctx.platform, source.passwordEncrypted) : null;
  if (opened !== null) return opened;
  const password = source.passwordUnencrypted ?? sessionPasswords.get(ctx.store)?.get(source.id);
  if (password === undefined) {
    throw invalid(`Mentor Planner needs the password for “${source.name}” again (it was kept only for the last session). Enter it in Settings → Calendars.`);
  }
  return password;
}

export function forgetSessionPassword(store: Store, sourceId: number): void {
  sessionPasswords.get(store)?.delete(sourceId);
}

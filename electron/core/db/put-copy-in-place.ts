import fs from 'node:fs';
import path from 'node:path';
import { copiesFolderFor, listCopiesIn } from '../backup/daily-copies';
import { PlannerError, type RestoreOffer } from '../errors';
import { clearDamageMarker } from './damage-marker';
import type { Context } from '../operation';
import { prepareSync } from '../sync/service';
import { openStore } from './migrate';

const stamp = (now: Date) => now.toISOString().replace(/[:.]/g, '-');

/**
 * Replaces the data file with a copy, file for file. The file there now (and its -wal and -shm) is moved
 * aside under a dated name beside it — kept, never deleted — and the copy goes in through a *.part file
 * and a rename, so a crash leaves either the old file aside and no new one, or the whole copy.
 * Returns the name the old file was kept under (null if there was none).
 */
export function putCopyInPlace(databasePath: string, copyFileName: string, why: 'refused' | 'damaged', now: Date): string | null {
  const folder = copiesFolderFor(databasePath);
  if (!listCopiesIn(folder).some((c) => c.fileName === copyFileName)) {
    throw new PlannerError('NOT_FOUND', 'That backup copy no longer exists. Refresh the list and choose another.');
  }
  const partial = `${databasePath}.part`;
  fs.copyFileSync(path.join(folder, copyFileName), partial);
  const aside = `${databasePath}.${why}-${stamp(now)}`;
  const kept = fs.existsSync(databasePath) || fs.existsSync(`${databasePath}-wal`);
  for (const suffix of ['', '-wal', '-shm']) {
    if (fs.existsSync(databasePath + suffix)) fs.renameSync(databasePath + suffix, aside + suffix);
  }
  fs.renameSync(partial, databasePath);
  // The finding was about the file now aside: the copy in its place is sound (it passed the check when made).
  clearDamageMarker(databasePath);
  return kept ? path.basename(aside) : null;
}

/** The one-click restore offered when the data file was refused at start-up; the shell then starts again. */
export function restoreRefusedFile(offer: RestoreOffer, now: Date): string | null {
  if (!offer.copy) throw new PlannerError('NOT_FOUND', 'There is no backup copy to restore.');
  return putCopyInPlace(offer.databasePath, offer.copy.fileName, 'refused', now);
}

/**
 * Restore while the file is damaged: a table-by-table restore would have to read the broken pages, so
 * the whole file is swapped for the copy instead, then opened (and upgraded if the copy is older) in
 * place of the damaged one — every window keeps working on the same store object.
 */
export async function restoreOverDamagedFile(ctx: Context, copyFileName: string): Promise<{ safetyCopy: string }> {
  const store = ctx.store;
  const migrationsFolder = ctx.migrationsFolder;
  if (!migrationsFolder) throw new PlannerError('INTERNAL', 'This Mentor Planner cannot reopen its data after a restore.');
  store.close();
  const aside = putCopyInPlace(store.path, copyFileName, 'damaged', ctx.now());
  const fresh = await openStore({ path: store.path, migrationsFolder, now: ctx.now });
  // The new connection stamps changes for sync as the old one did (the copy may have sync on).
  prepareSync(fresh.sqlite);
  store.sqlite = fresh.sqlite;
  store.db = fresh.db;
  ctx.db = store.db;
  ctx.health?.restored();
  return { safetyCopy: aside ?? '' };
}

import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../../electron/core/app-core';
import { syncedTables } from '../../electron/core/sync/synced-tables';
import { ok, tempDir } from './store';

export const PASSPHRASE = 'correct horse battery staple';

export function syncFolder(): string {
  return tempDir('mentor-planner-sync-folder-');
}

export function setUpSync(core: Core, folder: string, deviceName: string, passphrase = PASSPHRASE) {
  return ok(core, 'sync.setUp', { target: { kind: 'folder', path: folder }, passphrase, deviceName });
}

export const syncNow = (core: Core) => ok(core, 'sync.now');

/** What the user has, as every device must see it: synced tables with local ids replaced by global ids. */
export function syncedContent(core: Core): Record<string, unknown[]> {
  const sqlite = core.store.sqlite;
  const out: Record<string, unknown[]> = {};
  for (const spec of syncedTables) {
    const columns = spec.columns.map((c) =>
      c.references ? `(SELECT gid FROM "${c.references.table}" p WHERE p.id = t."${c.name}") AS "${c.name}"` : `t."${c.name}"`,
    );
    const key = spec.key === 'gid' ? 't.gid' : `${columns[0].split(' AS ')[0]} || '|' || ${columns[1].split(' AS ')[0]}`;
    out[spec.name] = sqlite.prepare(`SELECT ${key} AS key, ${columns.join(', ')} FROM "${spec.name}" t ORDER BY key`).all();
  }
  return out;
}

export function filesUnder(folder: string): string[] {
  const root = path.join(folder, 'mentor-planner');
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).map((f) => f.split(path.sep).join('/'));
}

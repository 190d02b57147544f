import type Database from 'better-sqlite3';
import { z } from 'zod';
import { writeFailureNote, writeTransaction } from '../db/write-transaction';
import { PlannerError, notFound } from '../errors';
import type { Context } from '../operation';
import { attachClock, clockOf, DeviceClock, isDeviceId, newDeviceId, provideClockFunction } from './clock';
import type { NoteConflict, SyncStatus } from './contract';
import { newDataKey, unwrapDataKey, wrapDataKey, type KeyFile } from './crypto';
import { describeSyncError, runCycle, writeSnapshot, type CycleReport, type SyncSession } from './cycle';
import { KEY_FILE } from './files';
import { pendingChangeCount } from './local-changes';
import { namedSecrets } from '../system/secrets';
import { DATA_KEY_SECRET, SERVER_PASSWORD_SECRET } from './secrets';
import { openTransport, type SyncTarget, type SyncTransport } from './transport';
import { installSyncTriggers } from './triggers';

interface StateRow {
  deviceId: string;
  deviceName: string;
  capturing: number;
  paused: number;
  targetJson: string | null;
  lastSyncAt: string | null;
  lastError: string | null;
  clock: string | null;
}

const storedTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('folder'), path: z.string().min(1) }),
  z.object({ kind: z.literal('webdav'), url: z.string().min(1), username: z.string() }),
]);

/** This device's sync state; a row that does not hold a readable target and device id counts as not set up. */
function readState(sqlite: Database.Database): StateRow | undefined {
  const row = sqlite
    .prepare(
      `SELECT device_id AS deviceId, device_name AS deviceName, capturing, paused, target_json AS targetJson,
              last_sync_at AS lastSyncAt, last_error AS lastError, clock FROM sync_state WHERE id = 1`,
    )
    .get() as StateRow | undefined;
  if (row?.targetJson && !(isDeviceId(row.deviceId) && storedTarget.safeParse(safeJson(row.targetJson)).success)) row.targetJson = null;
  return row;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Opens the sync side of a store at start-up: change capture, this device's clock. Cheap when sync is off. */
export function prepareSync(sqlite: Database.Database): void {
  provideClockFunction(sqlite);
  const state = readState(sqlite);
  if (!state?.targetJson) return;
  attachClock(sqlite, new DeviceClock(state.deviceId, state.clock));
  installSyncTriggers(sqlite);
}

function sessionFor(ctx: Context): SyncSession | null {
  const sqlite = ctx.store.sqlite;
  const state = readState(sqlite);
  if (!state?.targetJson) return null;
  const secrets = namedSecrets(sqlite, ctx.platform);
  const key = secrets.get(DATA_KEY_SECRET);
  if (!key) return null;
  const target = JSON.parse(state.targetJson) as SyncTarget;
  let clock = clockOf(sqlite);
  if (!clock) {
    clock = new DeviceClock(state.deviceId, state.clock);
    attachClock(sqlite, clock);
  }
  return {
    sqlite,
    transport: openTransport(target, secrets.get(SERVER_PASSWORD_SECRET)),
    key: Buffer.from(key, 'base64'),
    clock,
    deviceId: state.deviceId,
    deviceName: state.deviceName,
    appVersion: ctx.appVersion,
    now: ctx.now,
  };
}

export function syncStatus(ctx: Context): SyncStatus {
  const sqlite = ctx.store.sqlite;
  const state = readState(sqlite);
  const secrets = namedSecrets(sqlite, ctx.platform);
  const target = state?.targetJson ? (JSON.parse(state.targetJson) as SyncTarget) : null;
  const devices = (
    sqlite
      .prepare(
        `SELECT device_id AS deviceId, device_name AS name, last_seen_at AS lastSeenAt, app_version AS appVersion,
                removed_at IS NOT NULL AS removed FROM sync_peers ORDER BY device_name, device_id`,
      )
      .all() as (Omit<SyncStatus['devices'][number], 'removed'> & { removed: number })[]
  ).map((d) => ({ ...d, removed: d.removed === 1 }));
  const conflicts = (sqlite.prepare('SELECT count(*) AS n FROM note_conflicts WHERE resolved_at IS NULL').get() as { n: number }).n;
  return {
    state: !target ? 'off' : !secrets.get(DATA_KEY_SECRET) ? 'locked' : state!.paused ? 'paused' : 'on',
    target,
    deviceId: state?.deviceId ?? null,
    deviceName: state?.deviceName ?? '',
    lastSyncAt: state?.lastSyncAt ?? null,
    lastError: state?.lastError ?? null,
    pendingChanges: target ? pendingChangeCount(sqlite) : 0,
    keyKeptInKeychain: !!ctx.platform.keychain,
    devices,
    noteConflicts: conflicts,
  };
}

async function findKeyFile(transport: SyncTransport): Promise<KeyFile | null> {
  for (const device of await transport.listDevices()) {
    if ((await transport.list(device)).includes(KEY_FILE)) {
      return JSON.parse((await transport.read(device, KEY_FILE)).toString('utf8')) as KeyFile;
    }
  }
  return null;
}

export interface SetUpInput {
  target: { kind: 'folder'; path: string } | { kind: 'webdav'; url: string; username: string; password: string };
  passphrase: string;
  deviceName: string;
  /** Joining devices already set up elsewhere: refuse to start a second, separate sync in the folder. */
  join?: boolean;
}

/**
 * Sets up sync on this device: joins the folder's existing key (the passphrase must open it) or creates one, turns on
 * change capture, publishes everything already here as a snapshot, and runs the first round.
 */
export async function setUpSync(ctx: Context, input: SetUpInput, scryptN?: number): Promise<SyncStatus> {
  const sqlite = ctx.store.sqlite;
  if (readState(sqlite)?.targetJson) throw new PlannerError('CONFLICT', 'Sync is already set up on this device. Turn it off first to use another folder.');
  const password = input.target.kind === 'webdav' ? input.target.password : null;
  const target: SyncTarget =
    input.target.kind === 'folder' ? { kind: 'folder', path: input.target.path } : { kind: 'webdav', url: input.target.url, username: input.target.username };
  const transport = openTransport(target, password);
  const existing = await findKeyFile(transport);
  if (!existing && input.join) {
    throw new PlannerError(
      'NOT_FOUND',
      'There is no Mentor Planner sync data in that folder yet. Wait until the folder has finished syncing from your first device, then try again.',
    );
  }
  const dataKey = existing ? unwrapDataKey(existing, input.passphrase) : newDataKey();
  const keyFile = existing ?? wrapDataKey(dataKey, input.passphrase, scryptN);
  const secrets = namedSecrets(sqlite, ctx.platform);
  const previousId = readState(sqlite)?.deviceId;
  const deviceId = previousId && isDeviceId(previousId) ? previousId : newDeviceId();
  const nowIso = ctx.now().toISOString();
  writeTransaction(sqlite, () => {
    sqlite.prepare('DELETE FROM sync_state').run();
    // Change numbers continue from any earlier set-up (the outbox never reuses one), so files never overlap.
    const lastSeq = (sqlite.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'sync_outbox'").get() as { seq: number } | undefined)?.seq ?? 0;
    sqlite
      .prepare(
        `INSERT INTO sync_state (id, device_id, device_name, capturing, paused, target_json, flushed_seq, written_seq, updated_at)
         VALUES (1, ?, ?, 1, 0, ?, ?, ?, ?)`,
      )
      .run(deviceId, input.deviceName, JSON.stringify(target), lastSeq, lastSeq, nowIso);
  });
  const clock = new DeviceClock(deviceId, null);
  attachClock(sqlite, clock);
  installSyncTriggers(sqlite);
  secrets.set(DATA_KEY_SECRET, dataKey.toString('base64'));
  secrets.set(SERVER_PASSWORD_SECRET, password);
  const session = sessionFor(ctx)!;
  try {
    await transport.write(deviceId, KEY_FILE, Buffer.from(JSON.stringify(keyFile)));
    await writeSnapshot(session);
  } catch (error) {
    turnOffSync(ctx);
    throw error;
  }
  return syncNow(ctx);
}

/** Browser mode keeps the key for a session only: after a restart the passphrase opens it again. */
export async function unlockSync(ctx: Context, passphrase: string): Promise<SyncStatus> {
  const state = readState(ctx.store.sqlite);
  if (!state?.targetJson) throw new PlannerError('CONFLICT', 'Sync is not set up on this device.');
  const target = JSON.parse(state.targetJson) as SyncTarget;
  const secrets = namedSecrets(ctx.store.sqlite, ctx.platform);
  // Already open (the desktop keychain, or earlier in this session): nothing to unlock.
  if (secrets.get(DATA_KEY_SECRET)) return syncStatus(ctx);
  const keyFile = await findKeyFile(openTransport(target, secrets.get(SERVER_PASSWORD_SECRET)));
  if (!keyFile) throw new PlannerError('NOT_FOUND', 'The sync folder has no key file any more. Check the folder, or turn sync off and set it up again.');
  secrets.set(DATA_KEY_SECRET, unwrapDataKey(keyFile, passphrase).toString('base64'));
  return syncNow(ctx);
}

const running = new WeakMap<Database.Database, Promise<unknown>>();

/** One round, if sync is set up, unlocked and not paused (never two at once on a store). Failures are recorded and rethrown. */
export async function syncRound(ctx: Context): Promise<CycleReport | null> {
  const sqlite = ctx.store.sqlite;
  const previous = running.get(sqlite);
  if (previous) await previous.catch(() => undefined);
  const session = sessionFor(ctx);
  if (!session || readState(sqlite)!.paused) return null;
  const round = runCycle(session);
  running.set(sqlite, round);
  try {
    return await round;
  } catch (error) {
    if (sqlite.open) writeFailureNote(sqlite, () => sqlite.prepare('UPDATE sync_state SET last_error = ? WHERE id = 1').run(describeSyncError(error)));
    throw error;
  } finally {
    if (running.get(sqlite) === round) running.delete(sqlite);
  }
}

export async function syncNow(ctx: Context): Promise<SyncStatus> {
  await syncRound(ctx);
  return syncStatus(ctx);
}

export function isSyncSetUp(sqlite: Database.Database): boolean {
  return !!readState(sqlite)?.targetJson;
}

export function setSyncPaused(ctx: Context, paused: boolean): SyncStatus {
  requireSetUp(ctx.store.sqlite);
  ctx.store.sqlite.prepare('UPDATE sync_state SET paused = ?, updated_at = ? WHERE id = 1').run(paused ? 1 : 0, ctx.now().toISOString());
  return syncStatus(ctx);
}

export function removeSyncDevice(ctx: Context, deviceId: string): SyncStatus {
  requireSetUp(ctx.store.sqlite);
  const changed = ctx.store.sqlite
    .prepare('UPDATE sync_peers SET removed_at = ? WHERE device_id = ? AND removed_at IS NULL')
    .run(ctx.now().toISOString(), deviceId).changes;
  if (changed === 0) throw notFound('device', deviceId);
  return syncStatus(ctx);
}

/** Stops syncing on this device; everything here stays, the folder is left for the other devices. */
export function turnOffSync(ctx: Context): SyncStatus {
  const sqlite = ctx.store.sqlite;
  writeTransaction(sqlite, () => {
    for (const table of ['sync_outbox', 'sync_rows', 'sync_peers']) sqlite.prepare(`DELETE FROM ${table}`).run();
    sqlite.prepare('UPDATE sync_state SET capturing = 0, target_json = NULL, flushed_seq = 0, written_seq = 0, last_error = NULL WHERE id = 1').run();
  });
  const secrets = namedSecrets(sqlite, ctx.platform);
  secrets.set(DATA_KEY_SECRET, null);
  secrets.set(SERVER_PASSWORD_SECRET, null);
  return syncStatus(ctx);
}

function requireSetUp(sqlite: Database.Database): void {
  if (!readState(sqlite)?.targetJson) throw new PlannerError('CONFLICT', 'Sync is not set up on this device. Set it up in Settings → Sync.');
}

export function noteConflicts(ctx: Context, meetingId: number): NoteConflict[] {
  return ctx.store.sqlite
    .prepare(
      `SELECT c.id, m.id AS meetingId, m.notes AS currentNotes, c.other_notes AS otherNotes,
              coalesce(p.device_name, 'another device') AS otherDeviceName, substr(c.other_ts, 1, 24) AS otherAt
       FROM note_conflicts c JOIN meetings m ON m.gid = c.meeting_gid LEFT JOIN sync_peers p ON p.device_id = c.other_device_id
       WHERE m.id = ? AND c.resolved_at IS NULL ORDER BY c.id`,
    )
    .all(meetingId) as NoteConflict[];
}

/** Keep the text shown now, or the other device's: either way the choice is an ordinary edit that syncs. */
export function resolveNoteConflict(ctx: Context, id: number, keep: 'current' | 'other'): null {
  const sqlite = ctx.store.sqlite;
  const row = sqlite.prepare('SELECT meeting_gid AS gid, other_notes AS other FROM note_conflicts WHERE id = ? AND resolved_at IS NULL').get(id) as
    | { gid: string; other: string }
    | undefined;
  if (!row) throw notFound('version', id);
  const nowIso = ctx.now().toISOString();
  writeTransaction(sqlite, () => {
    if (keep === 'other') sqlite.prepare('UPDATE meetings SET notes = ?, updated_at = ? WHERE gid = ?').run(row.other, nowIso, row.gid);
    sqlite.prepare('UPDATE note_conflicts SET resolved_at = ? WHERE id = ?').run(nowIso, id);
  });
  return null;
}

import type Database from 'better-sqlite3';
import { writeTransaction } from '../db/write-transaction';
import { PlannerError } from '../errors';
import { applyIncoming, type ApplyStats, type IncomingChange } from './apply';
import { isDeviceId, type DeviceClock } from './clock';
import { decryptFile, encryptFile } from './crypto';
import {
  DEVICE_FILE,
  changeFileName,
  parseChangeFileName,
  parseSnapshotFileName,
  snapshotFileName,
  type ChangeFile,
  type DeviceFile,
  type SnapshotFile,
} from './files';
import { foldLocalChanges, markWritten, unwrittenChanges } from './local-changes';
import { buildSnapshot, snapshotChanges } from './snapshot';
import type { SyncTransport } from './transport';

/** A new snapshot once a device has this many change files; older files go once every device has read them. */
export const COMPACT_AFTER_FILES = 40;

export interface SyncSession {
  sqlite: Database.Database;
  transport: SyncTransport;
  key: Buffer;
  clock: DeviceClock;
  deviceId: string;
  deviceName: string;
  appVersion: string;
  now: () => Date;
}

export interface CycleReport extends ApplyStats {
  wroteChanges: number;
  devices: number;
}

interface Peer {
  deviceId: string;
  /** The device folder's file names, listed once per round. */
  names: string[];
  file: DeviceFile | null;
  appliedSeq: number;
  removed: boolean;
}

function peers(sqlite: Database.Database): Map<string, { appliedSeq: number; removed: boolean }> {
  const rows = sqlite.prepare('SELECT device_id AS id, applied_seq AS appliedSeq, removed_at AS removedAt FROM sync_peers').all() as {
    id: string;
    appliedSeq: number;
    removedAt: string | null;
  }[];
  return new Map(rows.map((r) => [r.id, { appliedSeq: r.appliedSeq, removed: r.removedAt !== null }]));
}

async function readDevice(session: SyncSession, deviceId: string, names: string[]): Promise<DeviceFile | null> {
  if (!names.includes(DEVICE_FILE)) return null;
  return decryptFile<DeviceFile>(session.key, await session.transport.read(deviceId, DEVICE_FILE), deviceId, DEVICE_FILE);
}

/** Reads what other devices wrote since last time. Everything is read and checked before anything is applied. */
async function collectIncoming(session: SyncSession) {
  const known = peers(session.sqlite);
  const incoming: IncomingChange[] = [];
  const snapshots: IncomingChange[] = [];
  const seen: Peer[] = [];
  const newApplied = new Map<string, number>();
  const removedByOthers = new Set<string>();
  const devices = (await session.transport.listDevices()).filter((d) => isDeviceId(d) && d !== session.deviceId);
  for (const deviceId of devices) {
    const names = await session.transport.list(deviceId);
    const file = await readDevice(session, deviceId, names);
    for (const r of file?.removed ?? []) removedByOthers.add(r);
    const prior = known.get(deviceId);
    seen.push({ deviceId, names, file, appliedSeq: prior?.appliedSeq ?? 0, removed: prior?.removed ?? false });
  }
  for (const peer of seen) {
    if (peer.removed || removedByOthers.has(peer.deviceId)) continue;
    const { names } = peer;
    let applied = newApplied.get(peer.deviceId) ?? peer.appliedSeq;
    if (applied === 0) {
      // A device new to us: start from its newest snapshot, then its later changes. Until its snapshot has
      // arrived (a folder still syncing), its changes wait: they may edit rows only the snapshot holds.
      const latest = names.map(parseSnapshotFileName).filter((n): n is number => n !== null).sort((a, b) => b - a)[0];
      if (latest === undefined) continue;
      const name = snapshotFileName(latest);
      const snapshot = decryptFile<SnapshotFile>(session.key, await session.transport.read(peer.deviceId, name), peer.deviceId, name);
      // One by one: a heavy user's snapshot holds ~150 000 rows, more than a call's arguments may (stack overflow).
      for (const change of snapshotChanges(snapshot)) snapshots.push(change);
      applied = snapshot.seq;
      for (const [other, seq] of Object.entries(snapshot.applied)) {
        if (other !== session.deviceId && seq > (newApplied.get(other) ?? known.get(other)?.appliedSeq ?? 0)) newApplied.set(other, seq);
      }
    }
    const files = names
      .map((name) => ({ name, range: parseChangeFileName(name) }))
      .filter((f): f is { name: string; range: { from: number; to: number } } => f.range !== null && f.range.to > applied)
      .sort((a, b) => a.range.from - b.range.from || a.range.to - b.range.to);
    for (const f of files) {
      // Change files are read in order without gaps: one that arrived before its predecessor waits for it.
      if (f.range.from > applied + 1) break;
      const content = decryptFile<ChangeFile>(session.key, await session.transport.read(peer.deviceId, f.name), peer.deviceId, f.name);
      for (const change of content.changes) {
        if (change.seq <= applied) continue;
        incoming.push({ device: peer.deviceId, ...change });
        applied = change.seq;
      }
      applied = Math.max(applied, f.range.to);
    }
    newApplied.set(peer.deviceId, applied);
  }
  incoming.sort((a, b) => (a.ts < b.ts ? -1 : a.ts > b.ts ? 1 : 0));
  return { incoming, snapshots, seen, newApplied, removedByOthers };
}

/**
 * One round of sync: read others' new changes, fold this device's changes and apply theirs in one transaction,
 * then write this device's new changes, its device file and (now and then) a snapshot.
 */
export async function runCycle(session: SyncSession): Promise<CycleReport> {
  const { sqlite } = session;
  const { incoming, snapshots, seen, newApplied, removedByOthers } = await collectIncoming(session);
  for (const change of incoming) session.clock.recv(change.ts);
  const nowIso = session.now().toISOString();
  const stats = writeTransaction(sqlite, () => {
    foldLocalChanges(sqlite);
    const result = applyIncoming(sqlite, [...snapshots, ...incoming], nowIso);
    const upsertPeer = sqlite.prepare(
      `INSERT INTO sync_peers (device_id, device_name, applied_seq, last_seen_at, app_version) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (device_id) DO UPDATE SET device_name = excluded.device_name, applied_seq = max(applied_seq, excluded.applied_seq),
         last_seen_at = coalesce(excluded.last_seen_at, last_seen_at), app_version = excluded.app_version`,
    );
    for (const peer of seen) {
      upsertPeer.run(peer.deviceId, peer.file?.name ?? '', newApplied.get(peer.deviceId) ?? peer.appliedSeq, peer.file?.lastSeenAt ?? null, peer.file?.appVersion ?? '');
    }
    for (const [deviceId, seq] of newApplied) {
      if (!seen.some((p) => p.deviceId === deviceId)) upsertPeer.run(deviceId, '', seq, null, '');
    }
    sqlite.prepare('UPDATE sync_state SET clock = ?, updated_at = ? WHERE id = 1').run(session.clock.serialize(), nowIso);
    return result;
  });

  const { changes, from, to } = unwrittenChanges(sqlite);
  if (to >= from) {
    const name = changeFileName(from, to);
    const file: ChangeFile = { deviceId: session.deviceId, changes };
    await session.transport.write(session.deviceId, name, encryptFile(session.key, file, session.deviceId, name));
    markWritten(sqlite, to);
  }
  await writeDeviceFile(session, nowIso);
  await compact(session, seen, removedByOthers);
  writeTransaction(sqlite, () => sqlite.prepare('UPDATE sync_state SET last_sync_at = ?, last_error = NULL WHERE id = 1').run(nowIso));
  return { ...stats, wroteChanges: changes.length, devices: seen.length };
}

function appliedVector(sqlite: Database.Database): Record<string, number> {
  const rows = sqlite.prepare('SELECT device_id AS id, applied_seq AS seq FROM sync_peers').all() as { id: string; seq: number }[];
  return Object.fromEntries(rows.map((r) => [r.id, r.seq]));
}

async function writeDeviceFile(session: SyncSession, nowIso: string): Promise<void> {
  const removed = (session.sqlite.prepare('SELECT device_id AS id FROM sync_peers WHERE removed_at IS NOT NULL').all() as { id: string }[]).map((r) => r.id);
  const file: DeviceFile = {
    deviceId: session.deviceId,
    name: session.deviceName,
    appVersion: session.appVersion,
    lastSeenAt: nowIso,
    applied: appliedVector(session.sqlite),
    removed,
  };
  await session.transport.write(session.deviceId, 'device.mpsync', encryptFile(session.key, file, session.deviceId, 'device.mpsync'));
}

/** Writes this device's snapshot now (set-up, or compaction). */
export async function writeSnapshot(session: SyncSession): Promise<number> {
  const { written } = session.sqlite.prepare('SELECT written_seq AS written FROM sync_state WHERE id = 1').get() as { written: number };
  const snapshot = buildSnapshot(session.sqlite, session.deviceId, written, appliedVector(session.sqlite));
  const name = snapshotFileName(written);
  await session.transport.write(session.deviceId, name, encryptFile(session.key, snapshot, session.deviceId, name));
  return written;
}

/**
 * Keeps the folder small: after enough change files, a snapshot; a change file goes only when the snapshot covers it
 * and every device still syncing has applied it; older snapshots go once a newer one exists.
 */
async function compact(session: SyncSession, seen: Peer[], removedByOthers: Set<string>): Promise<void> {
  const names = await session.transport.list(session.deviceId);
  const changeFiles = names.map((name) => ({ name, range: parseChangeFileName(name) })).filter((f) => f.range !== null) as {
    name: string;
    range: { from: number; to: number };
  }[];
  const snapshotSeqs = names.map(parseSnapshotFileName).filter((n): n is number => n !== null).sort((a, b) => b - a);
  let latest = snapshotSeqs[0] ?? -1;
  if (changeFiles.length >= COMPACT_AFTER_FILES) latest = await writeSnapshot(session);
  const active = seen.filter((p) => !p.removed && !removedByOthers.has(p.deviceId));
  // A device we have seen but whose device file we cannot read yet keeps everything.
  if (active.some((p) => !p.file)) return;
  const everyoneHas = Math.min(latest, ...active.map((p) => p.file!.applied[session.deviceId] ?? 0));
  for (const f of changeFiles) if (f.range.to <= everyoneHas) await session.transport.remove(session.deviceId, f.name);
  for (const seq of snapshotSeqs) if (seq < latest) await session.transport.remove(session.deviceId, snapshotFileName(seq));
}

export function describeSyncError(error: unknown): string {
  if (error instanceof PlannerError) return error.message;
  return `Sync stopped: ${error instanceof Error ? error.message : String(error)}. Nothing was lost; Mentor Planner will try again.`;
}

import { PlannerError } from '../errors';
import { FolderTransport } from './transport-folder';
import { WebDavTransport } from './transport-webdav';

/** Sync files live under <target>/mentor-planner/<deviceId>/; each device writes only its own folder. */
export const SYNC_ROOT = 'mentor-planner';

export interface SyncTransport {
  /** Device folders present (each a device id). */
  listDevices(): Promise<string[]>;
  /** File names in one device's folder, without partial uploads. [] when the folder does not exist. */
  list(deviceId: string): Promise<string[]>;
  read(deviceId: string, name: string): Promise<Buffer>;
  /** Atomic: readers never see a partly written file. */
  write(deviceId: string, name: string, data: Buffer): Promise<void>;
  remove(deviceId: string, name: string): Promise<void>;
}

export type SyncTarget = { kind: 'folder'; path: string } | { kind: 'webdav'; url: string; username: string };

export function openTransport(target: SyncTarget, password: string | null): SyncTransport {
  if (target.kind === 'folder') return new FolderTransport(target.path);
  return new WebDavTransport(target.url, target.username, password ?? '');
}

export function unreachable(where: string, cause: unknown): PlannerError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new PlannerError(
    'CONFLICT',
    `Mentor Planner could not reach the sync location (${where}): ${detail.slice(0, 200)}. Check that it is available, then sync again; nothing was lost.`,
  );
}

/** Names of the files a device writes in its own sync folder. */
export const KEY_FILE = 'key.json';
export const DEVICE_FILE = 'device.mpsync';

const pad = (n: number) => String(n).padStart(12, '0');

export const changeFileName = (from: number, to: number) => `changes-${pad(from)}-${pad(to)}.mpsync`;
export const snapshotFileName = (seq: number) => `snapshot-${pad(seq)}.mpsync`;

export function parseChangeFileName(name: string): { from: number; to: number } | null {
  const m = /^changes-(\d{12})-(\d{12})\.mpsync$/.exec(name);
  return m ? { from: Number(m[1]), to: Number(m[2]) } : null;
}

export function parseSnapshotFileName(name: string): number | null {
  const m = /^snapshot-(\d{12})\.mpsync$/.exec(name);
  return m ? Number(m[1]) : null;
}

/** What a device says about itself: read by the others for names, last seen, and how far it has applied theirs. */
export interface DeviceFile {
  deviceId: string;
  name: string;
  appVersion: string;
  lastSeenAt: string;
  /** The highest change seq of each other device this one has applied. */
  applied: Record<string, number>;
  /** Devices the user removed on this device: nobody waits for them any more. */
  removed: string[];
}

export interface ChangeFile {
  deviceId: string;
  changes: import('./local-changes').ChangeMessage[];
}

export interface SnapshotFile {
  deviceId: string;
  /** Covers this device's own changes up to seq, and others' up to `applied`. */
  seq: number;
  applied: Record<string, number>;
  rows: { table: string; key: string; values: Record<string, unknown>; cellTs: Record<string, string> }[];
  tombstones: { table: string; key: string; ts: string }[];
}

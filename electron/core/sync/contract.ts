import { z } from 'zod';
import { input, mutation, noInput, query, task } from '../operation';

const passphrase = z.string().min(8, 'Use at least 8 characters.').max(1024);
const deviceId = z.string().regex(/^[0-9A-F]{16}$/, 'Not a device id.');

export const syncTargetInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('folder'), path: z.string().trim().min(1, 'Choose a folder.').max(4096) }),
  z.strictObject({
    kind: z.literal('webdav'),
    url: z.url({ protocol: /^https?$/, error: 'Use an http(s) address.' }).max(2048),
    username: z.string().max(256),
    password: z.string().max(1024),
  }),
]);

export interface SyncDevice {
  deviceId: string;
  name: string;
  lastSeenAt: string | null;
  appVersion: string;
  removed: boolean;
}

export interface SyncStatus {
  /** off: not set up. locked: set up, but this session needs the passphrase. */
  state: 'off' | 'on' | 'paused' | 'locked';
  target: { kind: 'folder'; path: string } | { kind: 'webdav'; url: string; username: string } | null;
  deviceId: string | null;
  deviceName: string;
  lastSyncAt: string | null;
  lastError: string | null;
  pendingChanges: number;
  /** Whether the key is kept in the OS keychain (desktop) or only for this session (browser mode). */
  keyKeptInKeychain: boolean;
  devices: SyncDevice[];
  noteConflicts: number;
}

export interface NoteConflict {
  id: number;
  meetingId: number;
  currentNotes: string;
  otherNotes: string;
  otherDeviceName: string;
  otherAt: string;
}

export const syncContract = {
  'sync.status': query(noInput).returns<SyncStatus>(),
  'sync.setUp': task(
    input({
      target: syncTargetInput,
      passphrase,
      deviceName: z.string().trim().min(1, 'Name this device.').max(80),
      /** true: this folder already holds sync data from another device (refused if it does not yet). */
      join: z.boolean().default(false),
    }),
  ).returns<SyncStatus>(),
  'sync.unlock': task(input({ passphrase })).returns<SyncStatus>(),
  'sync.now': task(noInput).returns<SyncStatus>(),
  'sync.setPaused': mutation(input({ paused: z.boolean() })).returns<SyncStatus>(),
  'sync.removeDevice': mutation(input({ deviceId })).returns<SyncStatus>(),
  'sync.turnOff': mutation(noInput).returns<SyncStatus>(),
  'sync.noteConflicts': query(input({ meetingId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) })).returns<NoteConflict[]>(),
  'sync.resolveNoteConflict': mutation(input({ id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER), keep: z.enum(['current', 'other']) })).returns<null>(),
};

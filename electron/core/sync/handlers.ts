import type { Handlers } from '../operation';
import type { syncContract } from './contract';
import {
  noteConflicts,
  removeSyncDevice,
  resolveNoteConflict,
  setSyncPaused,
  setUpSync,
  syncNow,
  syncStatus,
  turnOffSync,
  unlockSync,
} from './service';

export const syncHandlers: Handlers<typeof syncContract> = {
  'sync.status': (ctx) => syncStatus(ctx),
  'sync.setUp': (ctx, input) => setUpSync(ctx, input),
  'sync.unlock': (ctx, { passphrase }) => unlockSync(ctx, passphrase),
  'sync.now': (ctx) => syncNow(ctx),
  'sync.setPaused': (ctx, { paused }) => setSyncPaused(ctx, paused),
  'sync.removeDevice': (ctx, { deviceId }) => removeSyncDevice(ctx, deviceId),
  'sync.turnOff': (ctx) => turnOffSync(ctx),
  'sync.noteConflicts': (ctx, { meetingId }) => noteConflicts(ctx, meetingId),
  'sync.resolveNoteConflict': (ctx, { id, keep }) => resolveNoteConflict(ctx, id, keep),
};

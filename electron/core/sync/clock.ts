import { Timestamp, deserializeClock, makeClientId, makeClock, serializeClock, setClock, type Clock } from '@actual-app/crdt';
import Database from 'better-sqlite3';
import { PlannerError } from '../errors';

/** How far another device's clock may run ahead before its changes are refused (misordering would follow). */
export const MAX_CLOCK_DRIFT_MS = 5 * 60 * 1000;
Timestamp.init({ maxDrift: MAX_CLOCK_DRIFT_MS });

/** A device id is the node part of every timestamp it makes: 16 hex digits. */
export const newDeviceId = () => makeClientId().toUpperCase();

export function isDeviceId(value: string): boolean {
  return /^[0-9A-F]{16}$/.test(value);
}

/**
 * One device's hybrid logical clock (Actual's HULC: wall time, a counter and the device id, collatable as
 * text). The library keeps one clock per process, so each call installs this store's clock first.
 */
export class DeviceClock {
  private clock: Clock;

  constructor(
    readonly deviceId: string,
    serialized: string | null,
  ) {
    const restored = serialized ? deserializeClock(serialized) : null;
    this.clock = restored && restored.timestamp.node() === deviceId ? restored : makeClock(new Timestamp(0, 0, deviceId));
  }

  send(): string {
    setClock(this.clock);
    return this.guard(() => Timestamp.send()!.toString());
  }

  /** Moves this clock past a remote timestamp; refuses one from a clock running too far ahead. */
  recv(ts: string): void {
    const parsed = Timestamp.parse(ts);
    if (!parsed) throw new PlannerError('INVALID', `A sync file holds a timestamp Mentor Planner cannot read (${ts.slice(0, 60)}). Nothing was applied.`);
    setClock(this.clock);
    this.guard(() => Timestamp.recv(parsed));
  }

  serialize(): string {
    return serializeClock(this.clock);
  }

  private guard<T>(run: () => T): T {
    try {
      return run();
    } catch (error) {
      if (error instanceof Error && error.name === 'ClockDriftError') {
        throw new PlannerError(
          'CONFLICT',
          'Another device’s clock is more than five minutes ahead of this one, so its changes were not applied (they could be put in the wrong order). Set the date and time correctly on both devices, then sync again.',
        );
      }
      throw error;
    }
  }
}

const clocks = new WeakMap<Database.Database, DeviceClock>();
const withFunction = new WeakSet<Database.Database>();

/**
 * Gives the connection the sync_hlc() SQL function the change-capture triggers call. Without sync set up the
 * triggers never call it; with sync on, every write path gets a timestamp from this device's clock. Given to
 * every connection at open: another process on the same file (desktop and browser mode) may set sync up
 * later, and its triggers then fire on this connection's writes too.
 */
export function provideClockFunction(sqlite: Database.Database): void {
  if (withFunction.has(sqlite)) return;
  withFunction.add(sqlite);
  sqlite.function('sync_hlc', { deterministic: false }, () => (clocks.get(sqlite) ?? clockFromFile(sqlite)).send());
}

export function attachClock(sqlite: Database.Database, clock: DeviceClock): void {
  clocks.set(sqlite, clock);
  provideClockFunction(sqlite);
}

/**
 * This device's clock as another process on the file left it. Read through a second connection: a SQL
 * function cannot query its own connection while the statement that called it runs.
 */
function clockFromFile(sqlite: Database.Database): DeviceClock {
  const reader = new Database(sqlite.name, { readonly: true, fileMustExist: true });
  try {
    const state = reader.prepare('SELECT device_id AS deviceId, clock FROM sync_state WHERE id = 1').get() as { deviceId: string; clock: string | null } | undefined;
    if (!state || !isDeviceId(state.deviceId)) throw new Error('sync_hlc() was called, but sync is not set up on this file.');
    const clock = new DeviceClock(state.deviceId, state.clock);
    clocks.set(sqlite, clock);
    return clock;
  } finally {
    reader.close();
  }
}

export function clockOf(sqlite: Database.Database): DeviceClock | undefined {
  return clocks.get(sqlite);
}

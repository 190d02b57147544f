import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, operationNames } from '../../electron/core/contract';
import { handlers } from '../../electron/core/handlers';
import { createTestCore, ok, type TestCore } from '../helpers/store';

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(() => core.dispose());

describe('the IPC contract', () => {
  it('has exactly one handler for every operation', () => {
    expect(Object.keys(handlers).sort()).toEqual([...operationNames].sort());
    for (const name of operationNames) expect(['query', 'mutation', 'task']).toContain(contract[name].kind);
  });

  it('answers an unknown operation with a typed error', async () => {
    const result = await core.call('mentors.explode', {});
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'UNKNOWN_OPERATION' }) });
  });

  it('rejects inherited property names as operations', async () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const result = await core.call(name, {});
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('UNKNOWN_OPERATION');
    }
  });

  it('rejects bad input with INVALID and field issues, and changes nothing', async () => {
    const before = core.snapshot();
    const result = await core.call('settings.update', { defaultCadenceDays: -4, unexpected: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID');
    expect(result.error.issues?.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['defaultCadenceDays']));
    expect(core.snapshot()).toEqual(before);
  });

  it('round-trips settings through the handler table and keeps fields not sent', async () => {
    const defaults = await ok<{ defaultCadenceDays: number; reminders: { quietHoursStart: string } }>(core, 'settings.get');
    expect(defaults.defaultCadenceDays).toBe(30);
    await ok(core, 'settings.update', { reminders: { quietHoursStart: '22:30' } });
    await ok(core, 'settings.update', { defaultCadenceDays: 21 });
    const saved = await ok<typeof defaults>(core, 'settings.get');
    expect(saved.defaultCadenceDays).toBe(21);
    expect(saved.reminders.quietHoursStart).toBe('22:30');
  });

  it('reports the store it runs on', async () => {
    const info = await ok<{ databasePath: string; schemaVersion: number }>(core, 'app.info');
    expect(info.databasePath).toBe(core.store.path);
    expect(info.schemaVersion).toBeGreaterThanOrEqual(1);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { minutesFromAgreement } from '../../electron/core/meetings/meeting-length';
import { createTestCore, ok, type TestCore } from '../helpers/store';

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore({ clockStart: '2026-11-23T09:00:00.000Z' });
});
afterEach(() => core.dispose());

describe('the defaults in Settings are the ones new records get', () => {
  it('gives a new mentor the default keep-in-touch cadence, unless the form names one', async () => {
    await ok(core, 'settings.update', { defaultCadenceDays: 45 });
    expect(await ok(core, 'mentors.create', { name: 'Ada' })).toMatchObject({ keepInTouchCadenceDays: 45 });
    expect(await ok(core, 'mentors.create', { name: 'Grace', keepInTouchCadenceDays: 14 })).toMatchObject({ keepInTouchCadenceDays: 14 });
  });

  it('plans a meeting for the default length, or the mentor’s agreed session length, unless the form names one', async () => {
    await ok(core, 'settings.update', { defaultMeetingMinutes: 50 });
    const plain = await ok<{ id: number }>(core, 'mentors.create', { name: 'Ada' });
    const agreed = await ok<{ id: number }>(core, 'mentors.create', { name: 'Grace', agreementSessionLength: 'An hour, every other Friday' });
    const at = '2026-12-01T10:00:00.000Z';
    expect(await ok(core, 'meetings.schedule', { mentorId: plain.id, scheduledAt: at })).toMatchObject({ durationMinutes: 50 });
    expect(await ok(core, 'meetings.schedule', { mentorId: agreed.id, scheduledAt: at })).toMatchObject({ durationMinutes: 60 });
    expect(await ok(core, 'meetings.schedule', { mentorId: agreed.id, scheduledAt: at, durationMinutes: 20 })).toMatchObject({ durationMinutes: 20 });
    expect(await ok(core, 'meetings.suggest', { mentorId: plain.id })).toMatchObject({ durationMinutes: 50, durationReason: 'Your default meeting length (Settings).' });
    expect(await ok(core, 'meetings.suggest', { mentorId: agreed.id })).toMatchObject({ durationMinutes: 60, durationReason: expect.stringContaining('An hour') });
  });

  it('reads a session length from how people write it', () => {
    expect(minutesFromAgreement('45 minutes')).toBe(45);
    expect(minutesFromAgreement('1.5 hours')).toBe(90);
    expect(minutesFromAgreement('about 1 h')).toBe(60);
    expect(minutesFromAgreement('half an hour')).toBe(30);
    expect(minutesFromAgreement('90')).toBe(90);
    expect(minutesFromAgreement('30 min monthly')).toBe(30);
    expect(minutesFromAgreement('as long as it takes')).toBeNull();
    expect(minutesFromAgreement('')).toBeNull();
    expect(minutesFromAgreement('2 minutes')).toBeNull();
  });
});

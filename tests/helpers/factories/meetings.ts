import type { Core } from '../../../electron/core/app-core';
import type { AgendaItem, Meeting } from '../../../electron/core/meetings/types';
import { ok } from '../store';

export function planMeeting(core: Core, mentorId: number, overrides: Record<string, unknown> = {}): Promise<Meeting> {
  return ok<Meeting>(core, 'meetings.schedule', { mentorId, scheduledAt: '2026-11-30T10:00:00.000Z', durationMinutes: 30, ...overrides });
}

export function addBacklogItem(core: Core, mentorId: number, text: string, overrides: Record<string, unknown> = {}): Promise<AgendaItem> {
  return ok<AgendaItem>(core, 'backlog.add', { mentorId, text, ...overrides });
}

export function addAgendaItem(core: Core, meetingId: number, text: string, overrides: Record<string, unknown> = {}): Promise<AgendaItem> {
  return ok<AgendaItem>(core, 'agenda.add', { meetingId, text, ...overrides });
}

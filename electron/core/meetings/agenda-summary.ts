import type { AgendaPriority } from '../values';
import type { AgendaSummary } from './types';

const LEAVE_ORDER: AgendaPriority[] = ['low', 'normal'];

/**
 * Totals the agenda against the meeting's length. When it runs over, suggests what to leave for next
 * time: low-priority items first, then normal ones, latest on the agenda first; never high priority.
 */
export function summarizeAgenda(
  items: { id: number; text: string; minutes: number; priority: AgendaPriority; status: string }[],
  durationMinutes: number,
): AgendaSummary {
  const open = items.filter((i) => i.status !== 'skipped');
  const totalMinutes = open.reduce((sum, i) => sum + i.minutes, 0);
  const overrunMinutes = Math.max(0, totalMinutes - durationMinutes);
  const suggestedToLeave: AgendaSummary['suggestedToLeave'] = [];
  let toFree = overrunMinutes;
  for (const priority of LEAVE_ORDER) {
    for (const item of [...open].reverse()) {
      if (toFree <= 0) break;
      if (item.priority !== priority) continue;
      suggestedToLeave.push({ id: item.id, text: item.text, minutes: item.minutes, priority: item.priority });
      toFree -= item.minutes;
    }
  }
  return { totalMinutes, durationMinutes, overrunMinutes, suggestedToLeave };
}

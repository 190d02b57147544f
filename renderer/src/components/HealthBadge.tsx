import type { MentorHealth } from '../../../electron/core/mentors/health';
import { formatDay } from './dates';
import { plural } from '../../../electron/core/plural';

const LABELS: Record<MentorHealth['status'], { text: string; tone: string }> = {
  on_track: { text: 'On track', tone: 'ok' },
  due_soon: { text: 'Due soon', tone: 'amber' },
  overdue: { text: 'Overdue', tone: 'red' },
  never_met: { text: 'Never met', tone: '' },
};

/** Relationship health as words and colour (amber, red), never colour alone. */
export function HealthBadge({ health }: { health: MentorHealth }) {
  const { text, tone } = LABELS[health.status];
  const detail =
    health.status === 'overdue'
      ? `${plural(health.daysOverdue, 'day')} overdue`
      : health.nextContactDueAt
        ? `next by ${formatDay(health.nextContactDueAt)}`
        : 'no contact yet';
  return (
    <span className={`badge ${tone}`} title={detail}>
      {text}
      <span className="visually-hidden">, {detail}</span>
    </span>
  );
}

import { Link } from 'react-router-dom';
import type { Reminder } from '../../../electron/core/reminders/types';
import { useDismissReminder, useSnoozeReminder } from '../api/reminders';
import { snoozeUntil } from './commitments/snooze';
import { ErrorMessage } from './ErrorMessage';

/** One due reminder in the reminder center: open it, snooze it until tomorrow, or dismiss it (then `onHandled`). */
export function ReminderCenterItem({ reminder, onOpen, onHandled }: { reminder: Reminder; onOpen: () => void; onHandled: () => void }) {
  const snooze = useSnoozeReminder();
  const dismiss = useDismissReminder();
  const busy = snooze.isPending || dismiss.isPending;
  return (
    <li>
      <Link to={reminder.route} onClick={onOpen}>
        {reminder.title}
      </Link>
      <div className="muted">{reminder.body}</div>
      <div className="reminder-actions">
        <button
          type="button"
          disabled={busy}
          onClick={() => snooze.mutate({ key: reminder.key, kind: reminder.kind, commitmentId: reminder.commitmentId, until: snoozeUntil('tomorrow') }, { onSuccess: onHandled })}
        >
          Snooze until tomorrow
        </button>
        <button type="button" disabled={busy} aria-label={`Dismiss: ${reminder.title}`} onClick={() => dismiss.mutate({ key: reminder.key }, { onSuccess: onHandled })}>
          Dismiss
        </button>
      </div>
      <ErrorMessage error={snooze.error ?? dismiss.error} />
    </li>
  );
}

import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { userTimeZone } from '../api/followups';
import { useClaimReminders, useDueReminders, useSnoozeReminder } from '../api/reminders';
import { transportKind } from '../api/transport';
import { snoozeUntil } from './commitments/snooze';

/**
 * In browser mode there is no tray: due reminders show here, and (with permission) as Web Notifications,
 * each delivered once (the core's reminder log decides, across tabs and restarts).
 */
export function ReminderCenter() {
  const due = useDueReminders();
  const claim = useClaimReminders();
  const snooze = useSnoozeReminder();
  const [open, setOpen] = useState(false);
  const lastClaim = useRef('');
  const items = due.data?.due ?? [];
  useEffect(() => {
    const signature = items.map((r) => r.key).join('|');
    if (transportKind !== 'http' || !signature || signature === lastClaim.current || due.data?.heldUntil) return;
    lastClaim.current = signature;
    claim.mutate(
      { timeZone: userTimeZone() },
      {
        onSuccess: (fresh) => {
          if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
          for (const r of fresh.slice(0, 3)) new Notification(r.title, { body: r.body, tag: r.key });
        },
      },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [items, due.data?.heldUntil]);
  if (transportKind !== 'http') return null;
  return (
    <div className="reminder-center no-print">
      <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)} className={items.length ? 'primary' : ''}>
        Reminders{items.length ? ` (${items.length})` : ''}
      </button>
      {open && (
        <div className="card reminder-panel" role="region" aria-label="Reminders">
          {typeof Notification !== 'undefined' && Notification.permission === 'default' && (
            <button type="button" onClick={() => void Notification.requestPermission()}>
              Also show them as notifications
            </button>
          )}
          {items.length === 0 ? (
            <p className="muted">Nothing due.</p>
          ) : (
            <ul className="list">
              {items.map((r) => (
                <li key={r.key}>
                  <Link to={r.route} onClick={() => setOpen(false)}>
                    {r.title}
                  </Link>
                  <div className="muted">{r.body}</div>
                  <button type="button" onClick={() => snooze.mutate({ key: r.key, kind: r.kind, commitmentId: r.commitmentId, until: snoozeUntil('tomorrow') })}>
                    Snooze until tomorrow
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

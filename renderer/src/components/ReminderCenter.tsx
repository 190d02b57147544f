import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { userTimeZone } from '../api/calendar';
import { useClaimReminders, useDueReminders } from '../api/reminders';
import { transportKind } from '../api/transport';
import './ReminderCenter.css';
import { countLabel } from './count';
import { ReminderCenterItem } from './ReminderCenterItem';

// Reminders that fell due before this tab opened arrive grouped in one notification.
const openedAt = new Date().toISOString();

/**
 * In browser mode there is no tray: due reminders show here, and (with permission) as Web Notifications,
 * each delivered once (the core's reminder log decides, across tabs, restarts and the desktop app).
 */
export function ReminderCenter() {
  const due = useDueReminders();
  const claim = useClaimReminders();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const lastClaim = useRef('');
  const items = due.data?.due ?? [];
  const more = due.data?.more ?? [];
  const total = due.data?.total ?? 0;
  const signature = items.map((r) => r.key).join('|');
  const held = !!due.data?.heldUntil;
  useEffect(() => {
    if (transportKind !== 'http' || !signature || signature === lastClaim.current || held) return;
    lastClaim.current = signature;
    claim.mutate(
      { timeZone: userTimeZone(), missedBefore: openedAt },
      {
        onSuccess: (notifications) => {
          if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
          for (const n of notifications) {
            const shown = new Notification(n.title, { body: n.body, tag: n.keys[0] });
            shown.onclick = () => {
              window.focus();
              navigate(n.route);
            };
          }
        },
      },
    );
    // claim and navigate are stable enough; re-running on their identity would claim twice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature, held]);
  if (transportKind !== 'http') return null;
  return (
    <div className="reminder-center no-print" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)} className={total ? 'primary' : ''}>
        Reminders{total ? ` (${countLabel(total)})` : ''}
      </button>
      {open && (
        <div className="card reminder-panel" role="region" aria-label="Reminders">
          {typeof Notification !== 'undefined' && Notification.permission === 'default' && (
            <button type="button" onClick={() => void Notification.requestPermission()}>
              Also show them as notifications
            </button>
          )}
          {total === 0 ? (
            <p className="muted">Nothing due. Commitments, meeting prep and mentors to reconnect with show here when their time comes.</p>
          ) : (
            // The core lists a few of each kind and sums up the rest, so this stays a short list.
            <ul className="list">
              {items.map((r) => (
                <ReminderCenterItem key={r.key} reminder={r} onOpen={() => setOpen(false)} />
              ))}
              {more.map((s) => (
                <li key={s.kind}>
                  <Link to={s.route} onClick={() => setOpen(false)}>
                    {s.title}
                  </Link>
                  <div className="muted">All of them are on that page.</div>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { userTimeZone } from '../api/calendar';
import { useClaimReminders, useDueReminders } from '../api/reminders';
import { transportKind } from '../api/transport';
import './ReminderCenter.css';
import { countLabel } from './count';
import { focusWhenShown } from './focus';
import { ReminderPanel } from './ReminderPanel';

// Reminders that fell due before this tab opened arrive grouped in one notification.
const openedAt = new Date().toISOString();

/**
 * In browser mode there is no tray: due reminders show here, and (with permission) as Web Notifications,
 * each delivered once (the core's reminder log decides, across tabs, restarts and the desktop app).
 * The list opens as a dialog (ReminderPanel); closing it puts focus back on the Reminders button.
 */
export function ReminderCenter() {
  const due = useDueReminders();
  const claim = useClaimReminders();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => (setOpen(false), focusWhenShown(() => button.current));
  const lastClaim = useRef('');
  const items = due.data?.due ?? [];
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
    <div className="reminder-center no-print">
      <button type="button" ref={button} aria-haspopup="dialog" aria-expanded={open} onClick={() => setOpen(true)} className={total ? 'primary' : ''}>
        Reminders{total ? ` (${countLabel(total)})` : ''}
      </button>
      <ReminderPanel open={open} onClose={close} onLeave={() => setOpen(false)} due={due.data} />
    </div>
  );
}

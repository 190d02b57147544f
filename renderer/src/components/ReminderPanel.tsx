import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { createPortal } from 'react-dom';
import { Link } from 'react-router-dom';
import type { ReminderPlan } from '../../../electron/core/reminders/types';
import { focusWhenShown } from './focus';
import { ReminderCenterItem } from './ReminderCenterItem';
import { useModal } from './useModal';

interface ReminderPanelProps {
  open: boolean;
  due: ReminderPlan | undefined;
  /** Escape, Close or a click outside: back to the button that opened it. */
  onClose(): void;
  /** A reminder was opened: its page takes focus (on its heading). */
  onLeave(): void;
}

/**
 * The due reminders as a modal dialog, so the list never sits over a page the user is working in.
 * Rendered into <body>: it is not part of the navigation, nor styled as it.
 */
// A click on the backdrop lands on the <dialog> itself, as does one on its padding: only the first closes it.
const outside = (e: MouseEvent<HTMLDialogElement>) => {
  const box = e.currentTarget.getBoundingClientRect();
  return e.target === e.currentTarget && (e.clientX < box.left || e.clientX > box.right || e.clientY < box.top || e.clientY > box.bottom);
};

export function ReminderPanel({ open, due, onClose, onLeave }: ReminderPanelProps) {
  const dialog = useModal(open);
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);
  // A snoozed or dismissed reminder leaves the list: focus on the first one left, else the heading.
  const afterHandled = () => focusWhenShown(() => dialog.current?.querySelector<HTMLElement>('li a') ?? heading.current);
  const items = due?.due ?? [];
  const more = due?.more ?? [];
  return createPortal(
    <dialog ref={dialog} className="reminder-panel" aria-labelledby={titleId} onCancel={(e) => (e.preventDefault(), onClose())} onClick={(e) => outside(e) && onClose()}>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        Reminders
      </h2>
      {open && typeof Notification !== 'undefined' && Notification.permission === 'default' && (
        <button type="button" onClick={() => void Notification.requestPermission()}>
          Also show them as notifications
        </button>
      )}
      {open && (due?.total ?? 0) === 0 && <p className="muted">Nothing due. Commitments, meeting prep and mentors to reconnect with show here when their time comes.</p>}
      {open && (due?.total ?? 0) > 0 && (
        // The core lists a few of each kind and sums up the rest, so this stays a short list.
        <ul className="list">
          {items.map((r) => (
            <ReminderCenterItem key={r.key} reminder={r} onOpen={onLeave} onHandled={afterHandled} />
          ))}
          {more.map((s) => (
            <li key={s.kind}>
              <Link to={s.route} onClick={onLeave}>
                {s.title}
              </Link>
              <div className="muted">All of them are on that page.</div>
            </li>
          ))}
        </ul>
      )}
      <div className="row dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>,
    document.body,
  );
}

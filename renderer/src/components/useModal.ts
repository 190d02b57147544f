import { useEffect, useRef } from 'react';

/** Opens and closes a native <dialog> as a modal to follow `open` (focus trap and Esc come with it). */
export function useModal(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return ref;
}

/** A keyboard shortcut that works from anywhere in the window. */
export function useShortcut(matches: (event: KeyboardEvent) => boolean, run: () => void) {
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!matches(event)) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}

export const withCtrl = (key: string, shift = false) => (event: KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) && event.shiftKey === shift && !event.altKey && event.key.toLowerCase() === key;

import { useSyncExternalStore } from 'react';
import { ConfirmDialog } from './ConfirmDialog';

interface DiscardQuestion {
  discard(): void;
  /** Where focus goes back to on "Keep editing": the field Escape was pressed in. */
  returnTo: HTMLElement | null;
}

let question: DiscardQuestion | null = null;
const listeners = new Set<() => void>();
const ask = (next: DiscardQuestion | null) => {
  question = next;
  for (const listener of listeners) listener();
};
const subscribe = (listener: () => void) => (listeners.add(listener), () => void listeners.delete(listener));

/** Asks, in the app's own dialog, before a half-filled form is thrown away (any form, through `formKeys`). */
export function askToDiscard(discard: () => void, returnTo: HTMLElement | null): void {
  ask({ discard, returnTo });
}

/** The one "Discard what you typed?" dialog (mounted once, in App); focus starts on "Keep editing". */
export function DiscardDraftDialog() {
  const current = useSyncExternalStore(subscribe, () => question);
  const keepEditing = () => {
    ask(null);
    requestAnimationFrame(() => current?.returnTo?.focus());
  };
  const discard = () => {
    ask(null);
    current?.discard();
  };
  return (
    <ConfirmDialog open={!!current} title="Discard what you typed?" confirmLabel="Discard" cancelLabel="Keep editing" danger onConfirm={discard} onCancel={keepEditing}>
      <p>What you typed in this form has not been saved. Discard it, or keep editing?</p>
    </ConfirmDialog>
  );
}

const SETTLE_MS = 3_000;

/**
 * Focus lands on an element that is about to appear (a row after saving, a button after a panel closes).
 * The list may refresh a moment later and remount that element, dropping focus to <body>; until things
 * settle, focus follows it to its new place. Gives up as soon as the user moves focus somewhere else.
 */
export function focusWhenShown(find: () => HTMLElement | null | undefined, fallback?: () => HTMLElement | null | undefined) {
  const started = performance.now();
  let focused: HTMLElement | null = null;
  const lost = () => document.activeElement === null || document.activeElement === document.body;
  const attempt = () => {
    if (focused && !lost() && document.activeElement !== focused) return; // the user went elsewhere
    if (!focused || lost()) {
      const target = find();
      if (target?.isConnected) {
        if (!target.hasAttribute('tabindex') && target.tabIndex < 0) target.tabIndex = -1;
        target.focus();
        focused = target;
      }
    }
    if (performance.now() - started < SETTLE_MS) requestAnimationFrame(attempt);
    else if (!focused) fallback?.()?.focus();
  };
  requestAnimationFrame(attempt);
}

export const commitmentRow = (id: number) => document.querySelector<HTMLElement>(`li.commitment[data-commitment-id="${id}"]`);
export const pageHeading = () => document.querySelector<HTMLElement>('main h1');

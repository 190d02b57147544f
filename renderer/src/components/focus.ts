/**
 * Focus lands on an element that is about to appear (a row after saving, a button after a panel closes):
 * tries on each frame for up to two seconds, since the list may refresh after the save resolves. Gives up
 * quietly if the user has moved focus somewhere else meanwhile.
 */
export function focusWhenShown(find: () => HTMLElement | null | undefined, fallback?: () => HTMLElement | null | undefined) {
  const started = performance.now();
  const before = document.activeElement;
  const attempt = () => {
    const moved = document.activeElement !== before && document.activeElement !== document.body && document.activeElement !== null;
    if (moved && before !== document.body) return;
    const target = find();
    if (target && target.isConnected) {
      if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
      target.focus();
      return;
    }
    if (performance.now() - started < 2_000) requestAnimationFrame(attempt);
    else fallback?.()?.focus();
  };
  requestAnimationFrame(attempt);
}

export const commitmentRow = (id: number) => document.querySelector<HTMLElement>(`li.commitment[data-commitment-id="${id}"]`);
export const pageHeading = () => document.querySelector<HTMLElement>('main h1');

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

/**
 * A row is about to leave its list (removed, moved to the agenda or the backlog) while one of its buttons
 * has focus: focus goes to the same button on the row that takes its place (or the row before), else to
 * the heading of the section the list was in. Call it with the button, before the list refreshes.
 */
export function focusAfterRowLeaves(control: HTMLElement) {
  const row = control.closest('li');
  const list = row?.parentElement;
  if (!row || !list) return;
  const index = [...list.children].indexOf(row);
  const sameButton = (candidate: Element | undefined) =>
    candidate && candidate !== row ? [...candidate.querySelectorAll<HTMLElement>('button')].find((b) => b.textContent === control.textContent) : undefined;
  const section = list.parentElement?.closest('.section, section, fieldset, [aria-label]');
  focusWhenShown(() => {
    if (row.isConnected) return null; // not refreshed yet
    const rows = list.isConnected ? [...list.children] : [];
    return sameButton(rows[index]) ?? sameButton(rows[index - 1]) ?? section?.querySelector<HTMLElement>('h2, h3, legend');
  });
}

import type { Page } from 'playwright-core';

/** What a screen reader would call the focused element (enough of the accessible-name rules for these tests). */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '<body>';
    const labelledBy = el.getAttribute('aria-labelledby');
    const byId = labelledBy ? document.getElementById(labelledBy)?.textContent : null;
    const label = (el as HTMLInputElement).labels?.[0]?.textContent;
    return (el.getAttribute('aria-label') ?? byId ?? label ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

export const focusedTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName.toLowerCase() ?? '');

/** Presses Tab (only Tab) until the focused element's name matches; fails after `limit` presses. */
export async function tabTo(page: Page, name: string | RegExp, limit = 80): Promise<void> {
  const matches = (text: string) => (typeof name === 'string' ? text === name : name.test(text));
  for (let i = 0; i < limit; i++) {
    if (matches(await focusedName(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached “${String(name)}”; last focus: “${await focusedName(page)}”`);
}

/** Polls until focus is on an element named `name` (focus may move a frame or a refetch after an action). */
export async function expectFocus(page: Page, name: string | RegExp, timeoutMs = 5_000): Promise<void> {
  const started = Date.now();
  let last = '';
  while (Date.now() - started < timeoutMs) {
    last = await focusedName(page);
    if (typeof name === 'string' ? last === name : name.test(last)) return;
    await page.waitForTimeout(50);
  }
  throw new Error(`Expected focus on “${String(name)}”, but it is on “${last}”`);
}

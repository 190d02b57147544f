import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../helpers/store';
import { launchChromium, openBrowserApp, type BrowserApp } from './browser-app';
import { expectFocus, focusedTag, tabTo } from './keyboard';

let app: BrowserApp;
const ids: Record<string, number> = {};
const base = () => app.server.url.replace(/\?token=.*/, '');

beforeAll(async () => {
  app = await openBrowserApp({ runningClock: true });
  const { core } = app;
  const mentor = await ok<{ id: number }>(core, 'mentors.create', { name: 'Ada Lovelace', type: 'leadership' });
  const past = await ok<{ id: number }>(core, 'meetings.schedule', { mentorId: mentor.id, scheduledAt: '2026-11-02T10:00:00.000Z' });
  await ok(core, 'agenda.add', { meetingId: past.id, text: 'Ask about hiring' });
  await ok(core, 'meetings.markHeld', { id: past.id, timeZone: 'UTC' });
  const planned = await ok<{ id: number }>(core, 'meetings.schedule', { mentorId: mentor.id, scheduledAt: new Date(app.now().getTime() + 3 * 86_400_000).toISOString() });
  for (const text of ['First point', 'Second point', 'Third point']) await ok(core, 'agenda.add', { meetingId: planned.id, text });
  await ok(core, 'commitments.create', { title: 'Send the deck', mentorId: mentor.id, dueDate: '2026-01-05' });
  Object.assign(ids, { mentor: mentor.id, past: past.id, planned: planned.id });
});
afterAll(async () => app?.close());

const contrast = (page: Page, pairs: [string, string][]) =>
  page.evaluate((list) => {
    const rgb = (css: string) => css.match(/[\d.]+/g)!.slice(0, 3).map(Number);
    const lum = (css: string) =>
      rgb(css)
        .map((c) => c / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
        .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
    return list.map(([a, b]) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return Math.round(((x + 0.05) / (y + 0.05)) * 100) / 100;
    });
  }, pairs);

describe('browser-mode sign-in', () => {
  it('moves the token out of the address bar, and keeps working after a reload', async () => {
    const { page } = app;
    await page.goto(app.server.url);
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    expect(page.url()).not.toContain('token');
    expect(await page.evaluate(() => sessionStorage.getItem('planner-token'))).toBe(app.server.token);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  });

  it('shows a tab without the token how to open the app, with no controls and no backticks', async () => {
    const other = await app.browser.newPage();
    await other.goto(base());
    await other.getByRole('heading', { level: 1, name: 'Open Mentor Planner from its own address' }).waitFor();
    expect(await other.getByRole('button').count()).toBe(0);
    expect(await other.getByRole('navigation').count()).toBe(0);
    expect(await other.locator('main').innerText()).not.toContain('`');
    await other.close();
  });
});

describe('seeing it', () => {
  it('has a focus ring and control borders of at least 3:1 in both themes', async () => {
    const { page } = app;
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(`${app.server.url}#/meetings/new`);
      await page.getByLabel('Length (minutes)').focus();
      await page.keyboard.press('Tab');
      const colours = await page.evaluate(() => {
        const focused = getComputedStyle(document.activeElement!);
        const input = getComputedStyle(document.querySelector('input')!);
        const pageBg = getComputedStyle(document.querySelector('.app-main')!.closest('.app-frame')!.parentElement!).backgroundColor;
        const root = getComputedStyle(document.documentElement);
        return { ring: focused.outlineColor, ringStyle: focused.outlineStyle, border: input.borderTopColor, surface: input.backgroundColor, page: pageBg === 'rgba(0, 0, 0, 0)' ? root.backgroundColor : pageBg };
      });
      expect(colours.ringStyle).toBe('solid');
      const [ring, border] = await contrast(page, [
        [colours.ring, colours.page],
        [colours.border, colours.surface],
      ]);
      expect({ theme, ring: ring >= 3, border: border >= 3 }).toEqual({ theme, ring: true, border: true });
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('sizes text from the user’s own text size', async () => {
    const page = await app.browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24 } });
    await page.goto(app.server.url);
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('22.5px');
    await page.close();
  });

  it('reflows at 320 px wide: no sideways scrolling, the nav above the page, grids in one column', async () => {
    const page = await app.browser.newPage({ viewport: { width: 320, height: 640 } });
    for (const hash of ['#/', '#/follow-ups/measures', '#/settings', `#/meetings/${ids.planned}`, `#/mentors/${ids.mentor}`]) {
      await page.goto(`${app.server.url}${hash}`);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect({ hash, overflow }).toEqual({ hash, overflow: 0 });
    }
    const [nav, main] = await Promise.all([page.locator('nav.app-nav').boundingBox(), page.locator('main').boundingBox()]);
    expect(nav!.y + nav!.height).toBeLessThanOrEqual(main!.y + 1);
    await page.close();
  });

  it('keeps the current page, tab and palette choice visible in forced colours', async () => {
    const { page } = app;
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${app.server.url}#/follow-ups/advice`);
    await page.getByRole('heading', { level: 1, name: 'Advice library' }).waitFor();
    const outlines = await page.evaluate(() => [...document.querySelectorAll('.app-nav a.active, .tabs a.active')].map((a) => getComputedStyle(a).outlineStyle));
    expect(outlines).toEqual(['solid', 'solid']);
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
    expect(await page.locator('.palette-list li.active').evaluate((li) => getComputedStyle(li).outlineStyle)).toBe('solid');
    await page.keyboard.press('Escape');
    await page.emulateMedia({ forcedColors: 'none' });
  });
});

describe('hearing it', () => {
  it('announces the notes’ save state once, when it settles, not per keystroke', async () => {
    const { page } = app;
    await page.goto(`${app.server.url}#/meetings/${ids.planned}`);
    await page.getByLabel('Meeting notes (Markdown)').waitFor();
    await page.evaluate(() => {
      const region = document.querySelector('[data-testid="notes-announcement"]')!;
      (window as unknown as { said: string[] }).said = [];
      new MutationObserver(() => region.textContent && (window as unknown as { said: string[] }).said.push(region.textContent)).observe(region, { childList: true, subtree: true, characterData: true });
    });
    await page.getByLabel('Meeting notes (Markdown)').pressSequentially('We talked about hiring for slope, not intercept.', { delay: 15 });
    await page.getByTestId('notes-state').filter({ hasText: 'All changes saved' }).waitFor();
    await expect.poll(() => page.evaluate(() => (window as unknown as { said: string[] }).said), { timeout: 5_000 }).toEqual(['Notes saved.']);
  });

  it('announces an agenda move by title and position', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Reorder “Third point” (Alt+↑/↓)' }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await page.getByTestId('agenda-moved').filter({ hasText: 'Moved “Third point” to position 2 of 3.' }).waitFor();
    await expectFocus(page, 'Reorder “Third point” (Alt+↑/↓)');
  });

  it('gives each dialog its own title', async () => {
    const { page } = app;
    await page.goto(`${app.server.url}#/settings`);
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    const titles = await page.evaluate(() => [...document.querySelectorAll('dialog[aria-labelledby]')].map((d) => document.getElementById(d.getAttribute('aria-labelledby')!)?.closest('dialog') === d));
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every(Boolean)).toBe(true);
  });
});

describe('nothing that does nothing', () => {
  it('reads the defaults from Settings and copies the database on request', async () => {
    const { page, core } = app;
    await page.goto(`${app.server.url}#/settings`);
    const length = page.getByLabel('Default meeting length (minutes)');
    await length.fill('50');
    await length.blur();
    await expect.poll(async () => (await ok<{ defaultMeetingMinutes: number }>(core, 'settings.get')).defaultMeetingMinutes).toBe(50);
    await page.getByRole('button', { name: 'Copy the database now' }).click();
    await page.getByRole('status').filter({ hasText: /^Copied: / }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'About' }).waitFor();
    await page.goto(`${app.server.url}#/meetings/new?mentorId=${ids.mentor}`);
    await expect.poll(() => page.getByLabel('Length (minutes)').inputValue()).toBe('50');
  });

  it('edits and deletes a commitment from its row, focus staying on the row and then the page', async () => {
    const { page, core } = app;
    await page.goto(`${app.server.url}#/follow-ups`);
    await page.getByRole('button', { name: 'Edit “Send the deck”' }).click();
    const form = page.getByRole('form', { name: 'Edit “Send the deck”' });
    await form.getByLabel('I will…').fill('Send the slide deck');
    await page.keyboard.press('Escape');
    // Esc on a changed form asks first, in the app's own dialog; "Keep editing" goes back to the field.
    await expectFocus(page, 'Keep editing');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'I will…');
    expect(await form.isVisible()).toBe(true);
    await form.getByRole('button', { name: 'Save' }).click();
    await expectFocus(page, 'Send the slide deck');
    expect(await focusedTag(page)).toBe('li');
    await page.getByRole('button', { name: 'Delete “Send the slide deck”…' }).click();
    await page.getByRole('dialog', { name: 'Delete this commitment?' }).getByRole('button', { name: 'Delete commitment' }).click();
    await expectFocus(page, 'Follow-ups');
    expect(core.snapshot().commitments).toEqual([]);
  });

  it('saves an agenda as a template, adds it to another meeting, and deletes it', async () => {
    const { page, core } = app;
    await page.goto(`${app.server.url}#/meetings/${ids.planned}`);
    await page.getByText('Agenda templates').click();
    await page.getByLabel('Save this agenda as a template named').fill('Three points');
    await page.getByRole('button', { name: 'Save template' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved “Three points” with 3 items.' }).waitFor();
    const next = await ok<{ id: number }>(core, 'meetings.schedule', { mentorId: ids.mentor, scheduledAt: new Date(app.now().getTime() + 9 * 86_400_000).toISOString() });
    await page.goto(`${app.server.url}#/meetings/${next.id}`);
    await page.getByText('Agenda templates').click();
    await page.getByLabel('Add the items of').selectOption({ label: 'Three points (3 items)' });
    await page.getByRole('button', { name: 'Add to agenda', exact: true }).last().click();
    await page.getByRole('list', { name: 'Agenda items' }).getByText('Second point').waitFor();
    await page.getByRole('button', { name: 'Delete “Three points”…' }).click();
    await page.getByRole('dialog', { name: 'Delete the template “Three points”?' }).getByRole('button', { name: 'Delete template' }).click();
    await page.getByRole('status').filter({ hasText: 'Deleted the template “Three points”.' }).waitFor();
    expect(core.snapshot().agenda_templates).toEqual([]);
  });

  it('shows words, not stored values, and says where a carried-over point came from', async () => {
    const { page } = app;
    await page.goto(`${app.server.url}#/mentors/${ids.mentor}`);
    await page.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor();
    await page.getByText('Leadership', { exact: true }).waitFor();
    await page.goto(`${app.server.url}#/meetings/backlog/${ids.mentor}`);
    await page.getByText(/Ask about hiring/).waitFor();
    expect(await page.getByText(/carried over from the meeting of/).count()).toBe(1);
    expect(await page.locator('main').innerText()).not.toMatch(/\b(leadership|normal|high priority)\b/);
    expect(app.pageErrors).toEqual([]);
  });
});

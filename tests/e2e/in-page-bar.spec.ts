/**
 * The in-page bar's Re-clean and "Stop auto-cleaning this site" (issue 11), by keyboard: Re-clean
 * shows what the page loaded after it was cleaned; Stop does what the popup's switch does when
 * turned off, then shows the original page with a notice that takes the focus.
 */
import type { Page } from '@playwright/test';
import { violations } from './axe.ts';
import {
  autoCleanState, expect, inPageViewRootMode, inView, ORIGIN, pageUrl, registeredScripts, setAutoCleanFromPopup, storedSettings, test, viewText, type Extension,
} from './fixtures.ts';

const LATE = pageUrl('/e2e/late-paragraph.html');
const UPDATE = 'Update: the regional transport authority confirmed on Thursday';
const TITLE = 'Harbour council votes to repair the old swing bridge';

/** The late-paragraph page with auto-clean switched on for its site, reloaded into the in-page view. */
async function openAutoCleaned(ext: Extension): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(LATE);
  await setAutoCleanFromPopup(ext, page, true);
  await page.reload();
  await expect.poll(() => viewText(page, '.pp-title')).toBe(TITLE);
  return page;
}

/** The class of the focused element inside the view's closed root ('' when nothing there has focus). */
const focusedInView = (page: Page) => inView(page, (root) => (root.activeElement as HTMLElement | null)?.className ?? '');

/** Focuses `selector` in the view (as Tab would reach it) and presses `key` on it. */
async function pressInView(page: Page, selector: string, key: string): Promise<void> {
  const found = await inView(page, (root, sel: string) => {
    const el = root.querySelector(sel);
    if (el instanceof HTMLElement) el.focus();
    return el !== null && root.activeElement === el;
  }, selector);
  expect(found, `${selector} focused`).toBe(true);
  await page.keyboard.press(key);
}

/**
 * Runs `fn` on the closed root of the notice Plainpage puts on <html> (a <div> host beside the
 * body), over DevTools as inView does for the view; null when there is none.
 */
async function inNotice<R>(page: Page, fn: (root: ShadowRoot) => R): Promise<R | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 2, pierce: true });
    const html = root.children?.find((n) => n.nodeName === 'HTML');
    const host = html?.children?.find((n) => n.nodeName === 'DIV' && n.shadowRoots?.length);
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function () { return (${fn.toString()})(this); }`,
      returnByValue: true,
    });
    return result.value as R;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

test('Re-clean shows the paragraph the page added after it was cleaned, and keeps the focus on the button', async ({ ext }) => {
  const page = await openAutoCleaned(ext);
  expect(await viewText(page, '.pp-body')).not.toContain(UPDATE);
  const buttons = await inView(page, (root) => [...root.querySelectorAll('.pp-bar button')].map((b) => b.textContent));
  expect(buttons).toEqual(expect.arrayContaining(['Re-clean', 'Stop auto-cleaning this site', 'Show original']));

  // The page loads more into its own article (out of the document while the view is up).
  await page.evaluate(() => (window as unknown as { loadMore(): void }).loadMore());
  expect(await page.evaluate(() => (window as unknown as { loadedMore?: boolean }).loadedMore)).toBe(true);
  expect(await viewText(page, '.pp-body')).not.toContain(UPDATE); // the view does not change by itself

  await pressInView(page, '.pp-reclean', 'Enter');
  await expect.poll(() => viewText(page, '.pp-body')).toContain(UPDATE);
  expect(await viewText(page, '.pp-title')).toBe(TITLE);
  expect(await focusedInView(page)).toContain('pp-reclean');
  expect(await viewText(page, '[role="status"]')).toMatch(/^Cleaned again: Article ready/);
  expect(await autoCleanState(ext, page)).toBe('cleaned');

  // Re-cleaning again changes nothing further; Show original still returns the page, with its update.
  await pressInView(page, '.pp-reclean', 'Space');
  await expect.poll(() => inView(page, (root, text: string) => root.querySelector('.pp-body')!.textContent!.split(text).length - 1, UPDATE)).toBe(1);
  await pressInView(page, '.pp-show-original', 'Enter');
  await expect.poll(() => inPageViewRootMode(page)).toBeNull();
  await expect(page.getByText(UPDATE)).toBeVisible();
});

test('Stop auto-cleaning this site switches the site off as the popup does, and shows the original page', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { bodyAtLoad: HTMLElement }).bodyAtLoad = document.body;
    });
  });
  await page.goto(LATE);
  await setAutoCleanFromPopup(ext, page, true);
  await expect.poll(() => registeredScripts(ext.sw)).toEqual([{ id: `plainpage-auto:${ORIGIN}`, matches: ['http://127.0.0.1/*'] }]);
  await page.reload();
  await expect.poll(() => viewText(page, '.pp-title')).toBe(TITLE);

  await pressInView(page, '.pp-stop-auto-clean', 'Space');
  await expect.poll(() => inPageViewRootMode(page)).toBeNull();
  await expect.poll(() => storedSettings(ext.sw)).toMatchObject({ autoClean: {} });
  await expect.poll(() => registeredScripts(ext.sw)).toEqual([]);
  // The original page, the very same body node, and a notice that says so and holds the focus.
  expect(await page.evaluate(() => document.body === (window as unknown as { bodyAtLoad: HTMLElement }).bodyAtLoad)).toBe(true);
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  const host = new URL(ORIGIN).host;
  expect(await inNotice(page, (root) => root.querySelector('.pp-bar-label')?.textContent)).toBe(`Auto-clean is off for ${host}.`);
  expect(await inNotice(page, (root) => (root.activeElement as HTMLElement | null)?.textContent)).toBe('Close');
  expect(await autoCleanState(ext, page)).toBe('off');
  // axe walks `host.shadowRoot`: lend the closed notice's host a getter, as accessibility.spec.ts does for the view.
  await inNotice(page, (root) => Object.defineProperty(root.host, 'shadowRoot', { get: () => root, configurable: true }) && true);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await violations(page), `notice, ${colorScheme}`).toEqual([]);
  }
  // Escape takes the notice away (its Close button has the focus; Enter on it does the same).
  expect(await inNotice(page, (root) => root.querySelector('button')?.getAttribute('aria-keyshortcuts'))).toBe('Escape');
  await page.keyboard.press('Escape');
  await expect.poll(() => inNotice(page, () => true)).toBeNull();

  // Nothing cleans the site any more.
  await page.reload();
  await page.waitForTimeout(800); // a registered script would have run by now (document_idle, ~150 ms)
  expect(await inPageViewRootMode(page)).toBeNull();
  expect(await autoCleanState(ext, page)).toBeNull();
});

test('the bar\'s A− / A+ and reading settings change the view at once, are remembered, and keep the focus', async ({ ext }) => {
  const page = await openAutoCleaned(ext);
  const bodySize = () => inView(page, (root) => getComputedStyle(root.querySelector('.pp-body p')!).fontSize);
  expect(await bodySize()).toBe('18px');

  // A+ by keyboard: larger at once, stored, and the focus stays on the button.
  await pressInView(page, '.pp-larger', 'Enter');
  await expect.poll(bodySize).toBe('20px');
  await expect.poll(() => storedSettings(ext.sw)).toMatchObject({ textSize: 20 });
  expect(await focusedInView(page)).toContain('pp-larger');
  expect(await inView(page, (root) => root.querySelector('.pp-smaller')?.getAttribute('aria-label'))).toBe('A− Smaller text');

  // The reading settings panel: sepia and a sans font at once, and stored.
  await pressInView(page, '.pp-bar .pp-settings summary', 'Enter');
  await inView(page, (root) => {
    const set = (label: string, value: string) => {
      const select = [...root.querySelectorAll('.pp-bar .pp-settings select')].find((s) => s.closest('label, .pp-setting-row')?.textContent?.includes(label)) as HTMLSelectElement;
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    };
    set('Theme', 'sepia');
    set('Font', 'sans');
    return true;
  });
  expect(await inView(page, (root) => (root.querySelector('.pp-reader') as HTMLElement).dataset.theme)).toBe('sepia');
  await expect.poll(() => storedSettings(ext.sw)).toMatchObject({ reading: { theme: 'sepia', font: 'sans' } });

  // A new view (the page loaded again) starts with both, remembered.
  await page.reload();
  await expect.poll(() => viewText(page, '.pp-title')).toBe(TITLE);
  expect(await bodySize()).toBe('20px');
  expect(await inView(page, (root) => (root.querySelector('.pp-reader') as HTMLElement).dataset.theme)).toBe('sepia');
  // The T key moves the theme on, and the panel shows it.
  await page.keyboard.press('t');
  await expect.poll(() => inView(page, (root) => (root.querySelector('.pp-reader') as HTMLElement).dataset.theme)).toBe('dark');
  expect(await inView(page, (root) => [...root.querySelectorAll<HTMLSelectElement>('.pp-bar .pp-settings select')].map((s) => s.value)[0])).toBe('dark');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await inView(page, (root) => Object.defineProperty(root.host, 'shadowRoot', { get: () => root, configurable: true }) && true);
    expect(await violations(page), `in-page view with the panel, ${colorScheme}`).toEqual([]);
  }
});

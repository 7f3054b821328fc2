/** Per-site auto-clean: the in-page reader view, "Show original", switching off, non-news pages. */
import type { Page } from '@playwright/test';
import {
  autoCleanState, clickInView, expect, expectPopupState, inPageViewRootMode, inView, openPopupFor, ORIGIN, pageUrl, registeredScripts, setAutoCleanFromPopup,
  storedSettings, test, viewCount, viewText,
} from './fixtures.ts';

const NEWS = pageUrl('/demo/aggregator-article.html');
const NOT_NEWS = pageUrl('/fixtures/nonnews--shop-listing/');

/**
 * Before any page script runs, remember the page's <body> node and its serialised DOM at
 * DOMContentLoaded, so a test can prove "Show original" returns the very same node and markup.
 */
async function rememberOriginal(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const w = window as unknown as { bodyAtLoad: HTMLElement; htmlAtLoad: string };
      w.bodyAtLoad = document.body;
      w.htmlAtLoad = document.documentElement.outerHTML;
    });
  });
}

const isOriginalBody = async (page: Page) => ({
  ...(await page.evaluate(() => {
    const w = window as unknown as { bodyAtLoad: HTMLElement; htmlAtLoad: string };
    return { sameNode: document.body === w.bodyAtLoad, sameHtml: document.documentElement.outerHTML === w.htmlAtLoad };
  })),
  // The view's root is closed, so only DevTools can tell whether one is there.
  shadow: (await inPageViewRootMode(page)) !== null,
});

test('auto-clean on: the page is cleaned in place and "Show original" restores it exactly; off: untouched', async ({ ext }) => {
  const page = await ext.context.newPage();
  await rememberOriginal(page);
  await page.goto(NEWS);
  expect(await autoCleanState(ext, page)).toBeNull(); // nothing runs before the reader asks

  await setAutoCleanFromPopup(ext, page, true);
  await expect.poll(() => storedSettings(ext.sw)).toMatchObject({ autoClean: { [ORIGIN]: true } });
  await expect.poll(() => registeredScripts(ext.sw)).toEqual([
    { id: `plainpage-auto:${ORIGIN}`, matches: ['http://127.0.0.1/*'] },
  ]);

  await page.reload();
  await expect.poll(() => viewText(page, '.pp-title')).toBe('Russia clamps down on WhatsApp and Telegram over data sharing');
  expect(await viewCount(page, '.pp-card')).toBe(3);
  const bodyText = (await inView(page, (root) => (root.querySelector('.pp-body') as HTMLElement).innerText)) ?? '';
  expect(bodyText).toContain('Russia has announced restrictions');
  for (const promo of ['Sign up to This is Europe', 'after newsletter promotion', 'Try Our AI Features', 'DOWNLOAD THE APP']) {
    expect(bodyText).not.toContain(promo);
  }
  // The view's root is closed: page scripts see a <body> with no shadow root and no view in it.
  expect(await inPageViewRootMode(page)).toBe('closed');
  expect(await page.evaluate(() => ({ root: document.body.shadowRoot, title: document.querySelector('.pp-title') }))).toEqual({ root: null, title: null });
  // The page's own clutter is gone from sight: its body is out of the document.
  expect(await page.evaluate(() => (window as unknown as { bodyAtLoad: HTMLElement }).bodyAtLoad.isConnected)).toBe(false);
  await expect(page.getByText('Get Started Now: Download the App')).toBeHidden(); // only in the collapsed removal log
  expect(await autoCleanState(ext, page)).toBe('cleaned');
  expect((await isOriginalBody(page)).sameNode).toBe(false);

  // The popup opened over the in-page view cleans the page's original content.
  const popup = await openPopupFor(ext, page);
  await expectPopupState(popup, 'ready');
  await expect(popup.locator('.pp-card')).toHaveCount(3);
  await popup.close();

  await clickInView(page, '.pp-show-original');
  await expect.poll(() => inPageViewRootMode(page)).toBeNull();
  expect(await isOriginalBody(page)).toEqual({ sameNode: true, sameHtml: true, shadow: false });
  await expect(page.getByText('Get Started Now: Download the App')).toBeVisible();

  await setAutoCleanFromPopup(ext, page, false);
  await expect.poll(() => registeredScripts(ext.sw)).toEqual([]);
  await expect.poll(() => storedSettings(ext.sw)).toMatchObject({ autoClean: {} });
  await page.reload();
  await page.waitForTimeout(800); // a registered script would have run by now (document_idle, ~150 ms)
  expect(await inPageViewRootMode(page)).toBeNull();
  expect(await autoCleanState(ext, page)).toBeNull();
  expect(await isOriginalBody(page)).toEqual({ sameNode: true, sameHtml: true, shadow: false });
});

test('a page that is not news, on an enabled site, is left untouched', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto(NEWS);
  await setAutoCleanFromPopup(ext, page, true);
  await rememberOriginal(page);
  await page.goto(NOT_NEWS);
  await expect.poll(() => autoCleanState(ext, page)).toBe('not-news');
  expect(await inPageViewRootMode(page)).toBeNull();
  expect(await isOriginalBody(page)).toEqual({ sameNode: true, sameHtml: true, shadow: false });

  // The same site's news pages are still cleaned, in another tab too.
  const other = await ext.context.newPage();
  await other.goto(pageUrl('/fixtures/aggregator--hashed-div-soup/'));
  await expect.poll(() => viewText(other, '.pp-title')).toBeTruthy();
  expect(await autoCleanState(ext, other)).toBe('cleaned');
});

test('the in-page view keeps the page CSS out and uses the remembered text size', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto(NEWS);
  await setAutoCleanFromPopup(ext, page, true);
  await ext.sw.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object), textSize: 24 } });
  });
  // A hostile stylesheet aimed at everything the view could be made of.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style');
      style.textContent = 'body, p, h1, article, main, div { color: rgb(255, 0, 0) !important; font-size: 5px !important; display: none !important; }';
      document.head.append(style);
    });
  });
  await page.reload();
  const paragraphStyle = () =>
    inView(page, (root) => {
      const p = root.querySelector('.pp-body p');
      if (!p || !p.getClientRects().length) return null; // not there, or not rendered
      return [getComputedStyle(p).fontSize, getComputedStyle(p).color];
    });
  await expect.poll(paragraphStyle).not.toBeNull();
  expect(await paragraphStyle()).not.toContain('rgb(255, 0, 0)');
  expect((await paragraphStyle())?.[0]).toBe('24px');
});

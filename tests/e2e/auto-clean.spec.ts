/** Per-site auto-clean: the in-page reader view, "Show original", switching off, non-news pages. */
import type { Page } from '@playwright/test';
import {
  autoCleanState, expect, expectPopupState, inPageView, openPopupFor, ORIGIN, pageUrl, registeredScripts, setAutoCleanFromPopup, storedSettings, test,
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

const isOriginalBody = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { bodyAtLoad: HTMLElement; htmlAtLoad: string };
    return { sameNode: document.body === w.bodyAtLoad, sameHtml: document.documentElement.outerHTML === w.htmlAtLoad, shadow: document.body.shadowRoot !== null };
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
  const view = inPageView(page);
  await expect(view.locator('.pp-title')).toHaveText('Russia clamps down on WhatsApp and Telegram over data sharing');
  await expect(view.locator('.pp-card')).toHaveCount(3);
  const viewText = await view.locator('.pp-body').innerText();
  for (const promo of ['Sign up to This is Europe', 'after newsletter promotion', 'Try Our AI Features', 'DOWNLOAD THE APP']) {
    expect(viewText).not.toContain(promo);
  }
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

  await page.getByRole('button', { name: 'Show original' }).click();
  await expect(inPageView(page)).toHaveCount(0);
  expect(await isOriginalBody(page)).toEqual({ sameNode: true, sameHtml: true, shadow: false });
  await expect(page.getByText('Get Started Now: Download the App')).toBeVisible();

  await setAutoCleanFromPopup(ext, page, false);
  await expect.poll(() => registeredScripts(ext.sw)).toEqual([]);
  await expect.poll(() => storedSettings(ext.sw)).toMatchObject({ autoClean: {} });
  await page.reload();
  await page.waitForTimeout(800); // a registered script would have run by now (document_idle, ~150 ms)
  await expect(inPageView(page)).toHaveCount(0);
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
  await expect(inPageView(page)).toHaveCount(0);
  expect(await isOriginalBody(page)).toEqual({ sameNode: true, sameHtml: true, shadow: false });

  // The same site's news pages are still cleaned, in another tab too.
  const other = await ext.context.newPage();
  await other.goto(pageUrl('/fixtures/aggregator--hashed-div-soup/'));
  await expect(inPageView(other).locator('.pp-title')).toBeVisible();
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
  const paragraph = inPageView(page).locator('.pp-body p').first();
  await expect(paragraph).toBeVisible();
  expect(await paragraph.evaluate((p) => [getComputedStyle(p).fontSize, getComputedStyle(p).color])).not.toContain('rgb(255, 0, 0)');
  expect(await paragraph.evaluate((p) => getComputedStyle(p).fontSize)).toBe('24px');
});

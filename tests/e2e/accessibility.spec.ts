/**
 * axe-core on every extension view (issue 11): the popup, the reader tab, the side panel and the in-page view,
 * in the light and the dark theme, with every panel open so their contents are checked too.
 * axe runs in the page through page.evaluate (DevTools): the extension pages' CSP does not
 * apply to it (toolchain notes §10).
 */
import type { Page } from '@playwright/test';
import { violations } from './axe.ts';
import { expect, expectPopupState, inView, openPopupFor, pageUrl, setAutoCleanFromPopup, tabIdFor, test, viewText } from './fixtures.ts';

const NEWS = pageUrl('/demo/aggregator-article.html');
const THEMES = ['light', 'dark'] as const;

/**
 * Contrast of the switch's track and knob borders against the bar behind them, off and on
 * (WCAG 1.4.11 asks 3:1 for controls; axe does not check non-text contrast).
 */
async function switchBorderContrast(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: number[]) => {
      const [r, g, b] = c.map((v) => (v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: string, b: string) => {
      const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((m, n) => n - m);
      return (x! + 0.05) / (y! + 0.05);
    };
    const bar = getComputedStyle(document.querySelector('.pp-top')!).backgroundColor;
    const track = document.querySelector('.pp-switch-track')!;
    // No drawn border (none, or 0 wide) counts as no contrast at all.
    const border = (style: CSSStyleDeclaration) =>
      style.borderTopStyle === 'none' || parseFloat(style.borderTopWidth) === 0 ? 1 : ratio(style.borderTopColor, bar);
    return [border(getComputedStyle(track)), border(getComputedStyle(track, '::after'))];
  });
}

async function openAllPanels(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
}

test('the popup and the reader tab have no axe violations, light and dark', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto(NEWS);
  const popup = await openPopupFor(ext, page);
  await expectPopupState(popup, 'ready');
  await openAllPanels(popup);
  for (const colorScheme of THEMES) {
    await popup.emulateMedia({ colorScheme });
    expect(await violations(popup), `popup, ${colorScheme}`).toEqual([]);
    for (const r of await switchBorderContrast(popup)) expect(r, `switch border, off, ${colorScheme}`).toBeGreaterThanOrEqual(3);
  }
  // The switch on (its checked colours) and focus on a control.
  await popup.getByRole('switch', { name: 'Auto-clean this site' }).check();
  await expect(popup.locator('#action-status')).toContainText('will clean news pages on');
  for (const colorScheme of THEMES) {
    await popup.emulateMedia({ colorScheme });
    expect(await violations(popup), `popup with the switch on, ${colorScheme}`).toEqual([]);
    for (const r of await switchBorderContrast(popup)) expect(r, `switch border, on, ${colorScheme}`).toBeGreaterThanOrEqual(3);
  }

  await popup.emulateMedia({ colorScheme: 'light' });
  const [reader] = await Promise.all([ext.context.waitForEvent('page'), popup.getByRole('button', { name: 'Open in reader tab' }).click()]);
  await expect(reader.locator('h1.pp-title')).toBeVisible();
  await openAllPanels(reader);
  for (const colorScheme of THEMES) {
    await reader.emulateMedia({ colorScheme });
    expect(await violations(reader), `reader tab, ${colorScheme}`).toEqual([]);
  }
  // The keyboard shortcuts card (a modal dialog) open over it.
  await reader.locator('#view').focus();
  await reader.keyboard.press('?');
  await expect(reader.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  for (const colorScheme of THEMES) {
    await reader.emulateMedia({ colorScheme });
    expect(await violations(reader), `reader tab with the shortcuts card, ${colorScheme}`).toEqual([]);
  }
});

test('the popup\'s other states have no axe violations, light and dark', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto(pageUrl('/fixtures/nonnews--docs-page/'));
  const popup = await openPopupFor(ext, page);
  await expectPopupState(popup, 'not-news'); // with its primary button, "Clean anyway"
  await openAllPanels(popup);
  for (const colorScheme of THEMES) {
    await popup.emulateMedia({ colorScheme });
    expect(await violations(popup), `not-news popup, ${colorScheme}`).toEqual([]);
  }
});

test('the in-page view has no axe violations, light and dark, on a page without lang or title', async ({ ext }) => {
  const page = await ext.context.newPage();
  // The page loses its lang and its <title> before Plainpage runs (document_idle).
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      document.documentElement.removeAttribute('lang');
      document.querySelector('title')?.remove();
    });
  });
  await page.goto(NEWS);
  await setAutoCleanFromPopup(ext, page, true);
  await page.reload();
  await expect.poll(() => viewText(page, '.pp-title')).toBe('Russia clamps down on WhatsApp and Telegram over data sharing');
  expect(await page.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['en', 'Russia clamps down on WhatsApp and Telegram over data sharing']);
  // The view's root is closed; axe (in the page's main world) walks `host.shadowRoot`, so the
  // test, through DevTools, lends the host a getter that returns the root, and opens the panels.
  const opened = await inView(page, (root) => {
    Object.defineProperty(root.host, 'shadowRoot', { get: () => root, configurable: true });
    for (const d of root.querySelectorAll('details')) d.open = true;
    return root.querySelectorAll('details[open]').length;
  });
  expect(opened).toBeGreaterThan(1);
  for (const colorScheme of THEMES) {
    await page.emulateMedia({ colorScheme });
    const found = await violations(page);
    expect(found, `in-page view, ${colorScheme}`).toEqual([]);
  }
  // The keyboard shortcuts card open in the view.
  await page.keyboard.press('?');
  await expect.poll(() => inView(page, (root) => root.querySelector('dialog')?.open ?? false)).toBe(true);
  for (const colorScheme of THEMES) {
    await page.emulateMedia({ colorScheme });
    expect(await violations(page), `in-page view with the shortcuts card, ${colorScheme}`).toEqual([]);
  }
  await page.keyboard.press('Escape');
  await expect.poll(() => inView(page, (root) => root.querySelector('dialog')?.open ?? true)).toBe(false);
  // And axe really looked inside the view: a check on the view's own button is reported.
  const passes = await page.evaluate(async () => {
    const { passes } = await (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ passes: { nodes: { target: unknown[] }[] }[] }> } }).axe.run(document, { runOnly: ['button-name'] });
    return passes.flatMap((p) => p.nodes.map((n) => JSON.stringify(n.target)));
  });
  // A target inside a shadow root is a path: [["body", ".pp-show-original"]] is the view's "Show original".
  expect(passes).toContain('[["body",".pp-show-original"]]');
  expect(passes).toContain('[["body",".pp-help-button"]]');
  expect(passes).toEqual(expect.arrayContaining(['[["body",".pp-ra-play"]]', '[["body",".pp-ra-stop"]]']));
});

test('the side panel page has no axe violations, light and dark, with its panels open and read aloud offered', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto(NEWS);
  const tabId = await tabIdFor(ext.sw, NEWS);
  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 400, height: 860 });
  await panel.goto(`chrome-extension://${ext.id}/sidepanel/sidepanel.html?tabId=${tabId}`);
  await expect(panel.locator('h1.pp-title')).toBeVisible({ timeout: 20_000 });
  await expect(panel.getByRole('group', { name: 'Read aloud' })).toBeVisible();
  await openAllPanels(panel);
  for (const colorScheme of THEMES) {
    await panel.emulateMedia({ colorScheme });
    expect(await violations(panel), `side panel, ${colorScheme}`).toEqual([]);
  }
  // And its message for a tab Plainpage may not read.
  await panel.getByLabel('Follow the active tab').check();
  await expect(panel.locator('#view')).toHaveAttribute('data-state', 'unreadable');
  for (const colorScheme of THEMES) {
    await panel.emulateMedia({ colorScheme });
    expect(await violations(panel), `side panel, unreadable, ${colorScheme}`).toEqual([]);
  }
});

/** The options page (issue 11): the sites with auto-clean on, each removable; the shortcuts. */
import { expect, ORIGIN, pageUrl, registeredScripts, setAutoCleanFromPopup, storedSettings, test } from './fixtures.ts';
import { violations } from './axe.ts';

test('the options page lists the auto-clean sites; Remove switches the site off as the popup does', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto(pageUrl('/demo/aggregator-article.html'));
  await setAutoCleanFromPopup(ext, page, true);
  await expect.poll(() => registeredScripts(ext.sw)).toEqual([{ id: `plainpage-auto:${ORIGIN}`, matches: ['http://127.0.0.1/*'] }]);

  // The manifest's options page is the one opened.
  const optionsPath = await ext.sw.evaluate(() => (chrome.runtime.getManifest() as { options_ui?: { page: string } }).options_ui?.page);
  expect(optionsPath).toBe('options/options.html');
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.id}/${optionsPath}`);
  await expect(options.locator('html')).toHaveAttribute('data-ready', 'true');
  const host = new URL(ORIGIN).host;
  await expect(options.locator('#sites li')).toHaveCount(1);
  await expect(options.locator('#sites li .pp-site-name')).toHaveText(`${host} (http)`);
  await expect(options.locator('#no-sites')).toBeHidden();
  // Whether Chrome assigned the suggested Alt+Shift+P is its call (an unpacked load may not): the command is listed either way.
  await expect(options.locator('#shortcuts li')).toHaveText([
    /^Open Plainpage on the current page: (?:Alt\+Shift\+P|no shortcut set)$/,
    /^Open Plainpage beside the page: (?:Alt\+Shift\+S|no shortcut set)$/,
  ]);
  await expect(options.getByRole('button', { name: 'Change shortcuts…' })).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await options.emulateMedia({ colorScheme });
    expect(await violations(options), `options page, ${colorScheme}`).toEqual([]);
  }
  // The reading settings, the shared panel: a change here is stored for every view.
  await options.getByLabel('Line spacing').selectOption('loose');
  await expect.poll(() => storedSettings(ext.sw)).toMatchObject({ reading: { lineSpacing: 'loose' } });

  await options.getByRole('button', { name: `Remove ${host} (http)` }).click();
  await expect(options.locator('#status')).toHaveText(`Auto-clean is off for ${host} (http).`);
  await expect(options.locator('#sites li')).toHaveCount(0);
  await expect(options.locator('#no-sites')).toBeVisible();
  await expect(options.locator('#sites-heading')).toBeFocused();
  await expect.poll(() => storedSettings(ext.sw)).toMatchObject({ autoClean: {} });
  await expect.poll(() => registeredScripts(ext.sw)).toEqual([]);

  // The page loads as it is again, and the popup's switch agrees.
  await page.reload();
  const popup = await ext.context.newPage();
  const tabId = await ext.sw.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]!.id!, page.url());
  await popup.goto(`chrome-extension://${ext.id}/popup/popup.html?tabId=${tabId}`);
  const toggle = popup.getByRole('switch', { name: 'Auto-clean this site' });
  await expect(toggle).toBeEnabled();
  await expect(toggle).not.toBeChecked();
});

test('the options page follows the popup: a site switched on elsewhere appears', async ({ ext }) => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.id}/options/options.html`);
  await expect(options.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(options.locator('#no-sites')).toBeVisible();
  const page = await ext.context.newPage();
  await page.goto(pageUrl('/demo/aggregator-article.html'));
  await setAutoCleanFromPopup(ext, page, true);
  await expect(options.locator('#sites li')).toHaveCount(1);
});

/** The reader revokes the site's access in the browser's own settings: Plainpage follows. */
import { expect, ORIGIN, pageUrl, registeredScripts, setAutoCleanFromPopup, storedSettings, test } from './fixtures.ts';

test('revoking site access in chrome://extensions switches auto-clean off and unregisters it', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto(pageUrl('/demo/aggregator-article.html'));
  await setAutoCleanFromPopup(ext, page, true);
  await expect.poll(() => registeredScripts(ext.sw)).toHaveLength(1);

  // What the "Site access: On click" menu does (toolchain notes §3: withholds the host permission).
  const settingsPage = await ext.context.newPage();
  await settingsPage.goto('chrome://extensions/');
  await settingsPage.evaluate(
    (id) => (chrome as unknown as { developerPrivate: { updateExtensionConfiguration(c: object): Promise<void> } }).developerPrivate.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_CLICK' }),
    ext.id,
  );
  await expect.poll(() => ext.sw.evaluate(() => chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] }))).toBe(false);
  await expect.poll(() => registeredScripts(ext.sw)).toEqual([]);
  await expect.poll(() => storedSettings(ext.sw)).toMatchObject({ autoClean: {} });
  expect(JSON.stringify(await storedSettings(ext.sw))).not.toContain(ORIGIN);
});

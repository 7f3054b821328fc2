/** Keyboard (issue 11): focus on the article when the popup opens, controls keep focus, Escape. */
import { expect, expectPopupState, inPageViewRootMode, openPopupFor, pageUrl, setAutoCleanFromPopup, test, viewText } from './fixtures.ts';

const NEWS = pageUrl('/demo/aggregator-article.html');

test('the popup opens with focus on the article, which PageDown scrolls; the switch keeps focus after Space', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto(NEWS);
  const popup = await openPopupFor(ext, page);
  await expectPopupState(popup, 'ready');
  await expect(popup.locator('#view')).toBeFocused();
  // A focus ring the reader can see, and no live region holding the article.
  expect(await popup.locator('#view').evaluate((v) => getComputedStyle(v).outlineStyle)).toBe('solid');
  await expect(popup.locator('#view')).not.toHaveAttribute('aria-live', /.*/);
  await expect(popup.locator('#view-status')).toHaveText(/^Article ready, \d+ min read$/);

  const scrollTop = () => popup.locator('#view').evaluate((v) => v.scrollTop);
  expect(await scrollTop()).toBe(0);
  await popup.keyboard.press('PageDown');
  await expect.poll(scrollTop).toBeGreaterThan(100);
  await popup.keyboard.press('Space');
  const afterSpace = await scrollTop();
  await expect.poll(scrollTop).toBeGreaterThanOrEqual(afterSpace);

  const toggle = popup.getByRole('switch', { name: 'Auto-clean this site' });
  await toggle.focus();
  await popup.keyboard.press('Space');
  await expect(popup.locator('#action-status')).toContainText('will clean news pages on');
  await expect(toggle).toBeChecked();
  await expect(toggle).toBeFocused();
  await popup.keyboard.press('Space');
  await expect(popup.locator('#action-status')).toContainText('Auto-clean is off');
  await expect(toggle).not.toBeChecked();
  await expect(toggle).toBeFocused();

  // A− keeps focus too, also when it reaches the smallest size.
  const smaller = popup.getByRole('button', { name: /Smaller text/ });
  await smaller.focus();
  for (let i = 0; i < 4; i++) await popup.keyboard.press('Enter');
  await expect(smaller).toHaveAttribute('aria-label', 'A− Smaller text (now 14 px)');
  await expect(smaller).toHaveAttribute('aria-disabled', 'true');
  await expect(smaller).toBeFocused();
});

test('the reader tab focuses the article; Escape closes the open panel, then the rest', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto(NEWS);
  const popup = await openPopupFor(ext, page);
  await expectPopupState(popup, 'ready');
  const [reader] = await Promise.all([ext.context.waitForEvent('page'), popup.getByRole('button', { name: 'Open in reader tab' }).click()]);
  await expect(reader.locator('h1.pp-title')).toBeVisible();
  await expect(reader.locator('#view')).toBeFocused();

  const log = reader.locator('.pp-removed');
  const story = reader.locator('.pp-card-more').first();
  await log.locator('summary').click();
  await story.locator('summary').click();
  await expect(log).toHaveAttribute('open', '');
  await expect(story).toHaveAttribute('open', '');
  // Focus is in the story panel: Escape closes that one and returns focus to its summary.
  await reader.keyboard.press('Escape');
  await expect(story).not.toHaveAttribute('open', '');
  await expect(log).toHaveAttribute('open', '');
  await expect(story.locator('summary')).toBeFocused();
  // Focus outside every panel: Escape closes all that are open.
  await reader.locator('#view').focus();
  await reader.keyboard.press('Escape');
  await expect(log).not.toHaveAttribute('open', '');
});

test('Escape in the in-page view is "Show original"', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto(NEWS);
  const pageTitle = await page.title();
  await setAutoCleanFromPopup(ext, page, true);
  await page.reload();
  await expect.poll(() => viewText(page, '.pp-title')).toBe('Russia clamps down on WhatsApp and Telegram over data sharing');
  await page.keyboard.press('Escape');
  await expect.poll(() => inPageViewRootMode(page)).toBeNull();
  await expect(page.getByText('Get Started Now: Download the App').first()).toBeVisible();
  expect(await page.title()).toBe(pageTitle);
});

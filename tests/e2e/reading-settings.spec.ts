/** Reading settings (issue 11): each changes the view at once, and is remembered across a reload and in the other views. */
import type { Page } from '@playwright/test';
import { violations } from './axe.ts';
import { expect, expectPopupState, inView, openPopupFor, pageUrl, setAutoCleanFromPopup, storedSettings, test, viewText } from './fixtures.ts';

const NEWS = pageUrl('/demo/aggregator-article.html');

/** What the reader sees: the root's colours and face, the article's width and line spacing. */
function looks(page: Page) {
  return page.evaluate(() => {
    const root = document.getElementById('root')!;
    const p = document.querySelector('.pp-body p')!;
    const article = document.querySelector('.pp-article')!;
    return {
      background: getComputedStyle(root).backgroundColor,
      font: getComputedStyle(p).fontFamily,
      width: getComputedStyle(article).maxWidth,
      lineHeight: parseFloat(getComputedStyle(p).lineHeight) / parseFloat(getComputedStyle(p).fontSize),
    };
  });
}

test('the reader tab: theme, font, width and line spacing change the view at once and survive a reload', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto(NEWS);
  const popup = await openPopupFor(ext, page);
  await expectPopupState(popup, 'ready');
  const [reader] = await Promise.all([ext.context.waitForEvent('page'), popup.getByRole('button', { name: 'Open in reader tab' }).click()]);
  await expect(reader.locator('h1.pp-title')).toBeVisible();
  await reader.emulateMedia({ colorScheme: 'light' });
  const before = await looks(reader);
  expect(before).toMatchObject({ background: 'rgb(251, 250, 247)', width: '720px' }); // 40em at 18px
  expect(before.font).toMatch(/serif/);
  expect(before.lineHeight).toBeCloseTo(1.6, 1);

  // Keyboard: open the panel from its summary, then choose with the selects.
  await reader.getByText('Reading settings').click();
  await reader.getByLabel('Theme').selectOption('sepia');
  await expect.poll(async () => (await looks(reader)).background).toBe('rgb(244, 236, 216)');
  await reader.getByLabel('Font').focus();
  await reader.keyboard.press('ArrowDown'); // serif → sans-serif, by keyboard
  await expect(reader.getByLabel('Font')).toHaveValue('sans');
  await reader.getByLabel('Font').selectOption('mono');
  await reader.getByLabel('Content width').selectOption('wide');
  await reader.getByLabel('Line spacing').selectOption('loose');
  const after = await looks(reader);
  expect(after.font).toMatch(/monospace/);
  expect(after.width).toBe('936px'); // 52em
  expect(after.lineHeight).toBeCloseTo(1.9, 1);
  await expect.poll(() => storedSettings(ext.sw)).toMatchObject({ version: 4, reading: { theme: 'sepia', font: 'mono', width: 'wide', lineSpacing: 'loose' } });
  expect(await violations(reader), 'reader tab, sepia').toEqual([]);
  await reader.getByLabel('Theme').selectOption('contrast');
  await expect.poll(async () => (await looks(reader)).background).toBe('rgb(0, 0, 0)');
  expect(await violations(reader), 'reader tab, high contrast').toEqual([]);
  // Escape closes the panel (focus is in it).
  await reader.keyboard.press('Escape');
  await expect(reader.locator('.pp-settings')).not.toHaveAttribute('open', '');

  await reader.reload();
  await expect(reader.locator('h1.pp-title')).toBeVisible();
  expect(await looks(reader)).toEqual({ ...after, background: 'rgb(0, 0, 0)' });
  await expect(reader.getByLabel('Theme')).toHaveValue('contrast');

  // The popup opens with the same settings, and a change there reaches the open reader tab.
  const again = await openPopupFor(ext, page);
  await expectPopupState(again, 'ready');
  expect((await looks(again)).background).toBe('rgb(0, 0, 0)');
  expect(await violations(again), 'popup, high contrast').toEqual([]);
  await again.getByText('Reading settings').click();
  await again.getByLabel('Theme').selectOption('sepia');
  expect(await violations(again), 'popup, sepia').toEqual([]);
  await expect.poll(async () => (await looks(reader)).background).toBe('rgb(244, 236, 216)');
  await expect(reader.getByLabel('Theme')).toHaveValue('sepia');
});

test('the in-page view uses the remembered reading settings', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto(NEWS);
  await ext.sw.evaluate(() =>
    chrome.storage.local.set({ settings: { version: 3, textSize: 18, reading: { theme: 'sepia', font: 'sans', width: 'narrow', lineSpacing: 'tight' }, autoClean: {} } }),
  );
  await setAutoCleanFromPopup(ext, page, true);
  await page.reload();
  await expect.poll(() => viewText(page, '.pp-title')).toBe('Russia clamps down on WhatsApp and Telegram over data sharing');
  const seen = await inView(page, (root) => {
    const reader = root.querySelector('.pp-reader') as HTMLElement;
    const p = root.querySelector('.pp-body p')!;
    return {
      background: getComputedStyle(reader).backgroundColor,
      font: getComputedStyle(p).fontFamily,
      width: getComputedStyle(root.querySelector('.pp-article')!).maxWidth,
      lineHeight: Math.round((parseFloat(getComputedStyle(p).lineHeight) / parseFloat(getComputedStyle(p).fontSize)) * 10) / 10,
    };
  });
  expect(seen).toMatchObject({ background: 'rgb(244, 236, 216)', width: '576px', lineHeight: 1.4 });
  expect(seen!.font).toMatch(/^system-ui/);
});

test('Easy-read: a dyslexia-friendly system font stack in the reader tab and the popup, remembered across a reload', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto(NEWS);
  const popup = await openPopupFor(ext, page);
  await expectPopupState(popup, 'ready');
  const [reader] = await Promise.all([ext.context.waitForEvent('page'), popup.getByRole('button', { name: 'Open in reader tab' }).click()]);
  await expect(reader.locator('h1.pp-title')).toBeVisible();
  const faces = () =>
    reader.evaluate(() => ({
      body: getComputedStyle(document.querySelector('.pp-body p')!).fontFamily,
      title: getComputedStyle(document.querySelector('h1.pp-title')!).fontFamily,
    }));
  expect((await faces()).body).not.toMatch(/OpenDyslexic/);

  await reader.getByText('Reading settings').click();
  await expect(reader.getByLabel('Font').locator('option[value="easy"]')).toHaveText('Easy-read');
  await reader.getByLabel('Font').selectOption({ label: 'Easy-read' });
  const easy = /^"?OpenDyslexic"?, "?Lexend"?, "Atkinson Hyperlegible", "Comic Sans MS".*sans-serif$/;
  await expect.poll(async () => (await faces()).body).toMatch(easy);
  expect((await faces()).title).toMatch(easy); // the headings too, not only the body text
  await expect.poll(() => storedSettings(ext.sw)).toMatchObject({ version: 4, reading: { font: 'easy' } });
  expect(await violations(reader), 'reader tab, Easy-read').toEqual([]);

  await reader.reload();
  await expect(reader.locator('h1.pp-title')).toBeVisible();
  expect((await faces()).body).toMatch(easy);
  await expect(reader.getByLabel('Font')).toHaveValue('easy');

  const again = await openPopupFor(ext, page);
  await expectPopupState(again, 'ready');
  expect(await again.evaluate(() => getComputedStyle(document.querySelector('.pp-body p')!).fontFamily)).toMatch(easy);
});

test('Easy-read reaches the in-page view too', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto(NEWS);
  await ext.sw.evaluate(() =>
    chrome.storage.local.set({ settings: { version: 3, textSize: 18, reading: { theme: 'auto', font: 'easy', width: 'medium', lineSpacing: 'normal' }, autoClean: {} } }),
  );
  await setAutoCleanFromPopup(ext, page, true);
  await page.reload();
  await expect.poll(() => viewText(page, '.pp-title')).toBe('Russia clamps down on WhatsApp and Telegram over data sharing');
  const faces = await inView(page, (root) => [root.querySelector('.pp-body p')!, root.querySelector('.pp-title')!, root.querySelector('.pp-bar')!].map((el) => getComputedStyle(el).fontFamily));
  expect(faces![0]).toMatch(/^"?OpenDyslexic"?, /);
  expect(faces![1]).toMatch(/^"?OpenDyslexic"?, /);
  expect(faces![2]).toMatch(/^system-ui/); // the bar is interface, not reading text
});

/**
 * Print and export, and the keyboard shortcuts (issue 11), in the reader tab and the in-page
 * view. With PLAINPAGE_SCREENSHOTS=1 the reader tab, its help card and its print layout are
 * saved in artifacts/export/ to be looked at.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, expectPopupState, inView, openPopupFor, pageUrl, setAutoCleanFromPopup, storedSettings, test, viewText, type Extension } from './fixtures.ts';

const NEWS = pageUrl('/demo/aggregator-article.html');
const TITLE = 'Russia clamps down on WhatsApp and Telegram over data sharing';
const SHOTS = process.env.PLAINPAGE_SCREENSHOTS ? resolve(import.meta.dirname, '../../artifacts/export') : null;

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  if (SHOTS) await page.screenshot({ path: resolve(SHOTS, `${name}.png`), fullPage });
}

/** Clicks one of the "Print and save" menu's buttons (the menu opens first). */
async function choose(reader: Page, name: string): Promise<void> {
  await reader.getByText('Print and save').click();
  await reader.getByRole('button', { name }).click();
  await expect(reader.locator('#export')).not.toHaveAttribute('open', '');
}

async function openReader(ext: Extension): Promise<{ page: Page; reader: Page }> {
  const page = await ext.context.newPage();
  await page.goto(NEWS);
  const popup = await openPopupFor(ext, page);
  await expectPopupState(popup, 'ready');
  await shot(popup, 'popup');
  const [reader] = await Promise.all([ext.context.waitForEvent('page'), popup.getByRole('button', { name: 'Open in reader tab' }).click()]);
  await expect(reader.locator('h1.pp-title')).toHaveText(TITLE);
  await reader.setViewportSize({ width: 1100, height: 900 });
  await reader.bringToFront();
  return { page, reader };
}

test('the print layout shows the article and where it came from, without controls or panels', async ({ ext }) => {
  const { page, reader } = await openReader(ext);
  await reader.emulateMedia({ colorScheme: 'dark' });
  await shot(reader, 'reader-tab-dark');
  await reader.emulateMedia({ colorScheme: 'light' });
  await shot(reader, 'reader-tab');
  await reader.locator('.pp-removed summary').click(); // an open panel is not printed either
  await reader.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const printed = await reader.evaluate(() => {
    const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
    return {
      bar: style('.pp-tab-bar').display,
      log: style('.pp-removed').display,
      storyText: style('.pp-card-more').display,
      source: style('#print-source').display,
      sourceText: document.getElementById('print-source')!.textContent,
      background: style('#root').backgroundColor,
      colour: style('.pp-body p').color,
      title: style('h1.pp-title').breakAfter,
      card: style('.pp-card').breakInside,
      paragraphOrphans: style('.pp-body p').orphans,
      // A related story's address is printed after its title; its excerpt is not cut to two lines.
      relatedLink: getComputedStyle(document.querySelector('.pp-card-title a')!, '::after').content === `"${document.querySelector('.pp-card-title a')!.getAttribute('href')}"`,
      excerpt: style('.pp-card-excerpt').webkitLineClamp,
    };
  });
  expect(printed).toEqual({
    bar: 'none',
    log: 'none',
    storyText: 'none',
    source: 'block',
    sourceText: `Original article: ${page.url()}`,
    background: 'rgb(255, 255, 255)',
    colour: 'rgb(0, 0, 0)',
    title: 'avoid',
    card: 'avoid',
    paragraphOrphans: '3',
    relatedLink: true,
    excerpt: 'none',
  });
  await shot(reader, 'print-preview', true);
  // On screen the address line is not shown; Print opens the browser's print dialog.
  await reader.emulateMedia({ media: 'screen' });
  await expect(reader.locator('#print-source')).toBeHidden();
  await reader.evaluate(() => {
    window.print = () => void ((window as unknown as { printed: number }).printed = 1);
  });
  await choose(reader, 'Print');
  expect(await reader.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1);
});

test('Save as Markdown and Save as HTML download files; Copy as Markdown copies', async ({ ext }) => {
  const { page, reader } = await openReader(ext);
  await reader.getByText('Print and save').click();
  await shot(reader, 'print-and-save-menu');
  // A click elsewhere closes the menu.
  await reader.locator('h1.pp-title').click();
  await expect(reader.locator('#export')).not.toHaveAttribute('open', '');
  const [markdown] = await Promise.all([reader.waitForEvent('download'), choose(reader, 'Save as Markdown')]);
  expect(markdown.suggestedFilename()).toBe(`${TITLE}.md`);
  const md = readFileSync((await markdown.path())!, 'utf8');
  expect(md.startsWith(`---\ntitle: "${TITLE}"\nsource: "The Guardian"\n`)).toBe(true);
  expect(md).toContain(`url: "${page.url()}"\n---\n\n# ${TITLE}\n\n`);
  expect(md).toMatch(/\n## Related stories\n\n- \[Donald Trump and Vladimir Putin shake hands in Alaska as Ukraine war talks begin\]\(http/);
  expect(md).not.toContain('Sign up to This is Europe');
  await expect(reader.locator('#action-status')).toHaveText(`Saved the article as ${TITLE}.md.`);

  const [html] = await Promise.all([reader.waitForEvent('download'), choose(reader, 'Save as HTML')]);
  expect(html.suggestedFilename()).toBe(`${TITLE}.html`);
  const saved = readFileSync((await html.path())!, 'utf8');
  expect(saved.startsWith('<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>')).toBe(true);
  expect(saved).toContain(`<h1>${TITLE}</h1>`);
  expect(saved).toContain('Related stories');
  expect(saved).not.toMatch(/<script|\son[a-z]+=/i);
  // The saved page opens on its own, styled, and runs nothing.
  const file = await ext.context.newPage();
  await file.setContent(saved);
  await expect(file.locator('h1')).toHaveText(TITLE);
  expect(await file.locator('body').evaluate((b) => getComputedStyle(b).maxWidth)).toBe('720px');

  // Copy as Markdown: what reaches the real writeText (which must still succeed) is recorded.
  await reader.bringToFront();
  await reader.evaluate(() => {
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = (text: string) => {
      (window as unknown as { copied: string }).copied = text;
      return write(text);
    };
  });
  await choose(reader, 'Copy as Markdown');
  await expect(reader.getByText('Print and save')).toBeFocused();
  await expect(reader.locator('#action-status')).toHaveText('Copied the article as Markdown.');
  expect(await reader.evaluate(() => (window as unknown as { copied: string }).copied)).toBe(md);
});

test('reader tab shortcuts: + and − change the text size, T the theme, ? the help card; not in a field', async ({ ext }) => {
  const { reader } = await openReader(ext);
  await expect(reader.locator('#view')).toBeFocused();
  const size = () => reader.locator('.pp-body p').first().evaluate((p) => getComputedStyle(p).fontSize);
  expect(await size()).toBe('18px');
  await reader.keyboard.press('+');
  await expect.poll(size).toBe('20px');
  await expect(reader.locator('#action-status')).toHaveText('Text size 20 px');
  await reader.keyboard.press('=');
  await expect.poll(size).toBe('22px');
  await reader.keyboard.press('-');
  await expect.poll(size).toBe('20px');
  await expect.poll(() => storedSettings(ext.sw)).toMatchObject({ textSize: 20 });
  // Ctrl/Meta with + is the browser's zoom, not ours.
  await reader.keyboard.press('Control+Equal');
  expect(await size()).toBe('20px');

  const theme = () => reader.locator('#root').getAttribute('data-theme');
  expect(await theme()).toBe('auto');
  await reader.keyboard.press('t');
  await expect.poll(theme).toBe('light');
  await reader.keyboard.press('Shift+T');
  await expect.poll(theme).toBe('sepia');
  await expect(reader.locator('#action-status')).toHaveText('Theme: Sepia');
  await expect.poll(() => storedSettings(ext.sw)).toMatchObject({ reading: { theme: 'sepia' } });
  await expect(reader.getByLabel('Theme')).toHaveValue('sepia');

  // In a select, keys are the select's: T picks no theme, + changes no size.
  await reader.getByText('Reading settings').click();
  await reader.getByLabel('Font').focus();
  await reader.keyboard.press('t');
  await reader.keyboard.press('+');
  expect(await theme()).toBe('sepia');
  expect(await size()).toBe('20px');
  // Escape closes the settings panel.
  await reader.keyboard.press('Escape');
  await expect(reader.locator('.pp-settings')).not.toHaveAttribute('open', '');

  // ? opens the help card, a labelled modal dialog; Escape closes it and focus goes back.
  await reader.locator('#view').focus();
  await reader.keyboard.press('?');
  const card = reader.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(card).toBeVisible();
  await expect(card.getByRole('button', { name: 'Close' })).toBeFocused();
  await expect(card.locator('dd')).toHaveText(['Larger text', 'Smaller text', 'Next theme', 'Show or hide this list', 'Read aloud: play or pause', 'Close this list or the open panel']);
  await shot(reader, 'help-card');
  await reader.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(reader.locator('#view')).toBeFocused();
  // The visible button opens it too; ? closes it.
  await reader.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(card).toBeVisible();
  await reader.keyboard.press('?');
  await expect(card).toBeHidden();
  await expect(reader.getByRole('button', { name: 'Keyboard shortcuts' })).toBeFocused();
});

test('in-page view shortcuts: +, T and ? work there, Escape closes the card and then shows the original', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto(NEWS);
  await setAutoCleanFromPopup(ext, page, true);
  await page.reload();
  await expect.poll(() => viewText(page, '.pp-title')).toBe(TITLE);
  await page.bringToFront();
  const look = () => inView(page, (root) => {
    const reader = root.querySelector('.pp-reader') as HTMLElement;
    const dialog = root.querySelector('dialog');
    return {
      size: getComputedStyle(root.querySelector('.pp-body p')!).fontSize,
      theme: reader.dataset.theme,
      help: dialog?.open ?? null,
      focused: root.activeElement?.textContent ?? null,
    };
  });
  expect(await look()).toEqual({ size: '18px', theme: 'auto', help: false, focused: null });
  await page.keyboard.press('+');
  await page.keyboard.press('t');
  await expect.poll(look).toMatchObject({ size: '20px', theme: 'light' });
  await expect.poll(() => storedSettings(ext.sw)).toMatchObject({ textSize: 20, reading: { theme: 'light' } });
  await page.keyboard.press('-');
  await expect.poll(look).toMatchObject({ size: '18px' });

  await page.keyboard.press('?');
  await expect.poll(look).toMatchObject({ help: true, focused: 'Close' });
  expect(await viewText(page, 'dialog h2')).toBe('Keyboard shortcuts');
  await page.keyboard.press('Escape');
  await expect.poll(look).toMatchObject({ help: false });
  expect(await viewText(page, '.pp-title')).toBe(TITLE); // the view is still up
  await page.keyboard.press('Escape');
  await expect.poll(() => viewText(page, '.pp-title')).toBeNull();
  await expect(page.getByText('Get Started Now: Download the App').first()).toBeVisible();
  // With the view gone, its keys are gone: the page gets T back.
  const themeAfter = await page.evaluate(() => new Promise<boolean>((done) => {
    document.addEventListener('keydown', (e) => done(!e.defaultPrevented), { once: true });
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 't', bubbles: true, cancelable: true }));
  }));
  expect(themeAfter).toBe(true);
});

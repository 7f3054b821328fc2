/**
 * Read aloud (issue 11) in real Chromium, through `window.speechSynthesis`: headless Chromium
 * has no voices, so tests/e2e/fake-speech.ts stands in for the synth's voices (getVoices,
 * speak, cancel) while the extension builds real utterances. Reader tab and in-page view:
 * it starts, highlights the sentence being read, moves on, pauses, and stops.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { violations } from './axe.ts';
import { installFakeSpeech, type FakeSpeechLog } from './fake-speech.ts';
import {
  clickInView, expect, expectPopupState, inView, openPopupFor, pageUrl, setAutoCleanFromPopup, storedSettings, tabIdFor, test, viewText, type Extension,
} from './fixtures.ts';

const NEWS = pageUrl('/demo/aggregator-article.html');
const TITLE = 'Russia clamps down on WhatsApp and Telegram over data sharing';
const FIRST_SENTENCE = 'Russia has announced restrictions on the WhatsApp and Telegram messenger apps';
const ARTIFACTS = resolve(import.meta.dirname, '../../artifacts');

async function openReader(ext: Extension): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(NEWS);
  const popup = await openPopupFor(ext, page);
  await expectPopupState(popup, 'ready');
  const [reader] = await Promise.all([ext.context.waitForEvent('page'), popup.getByRole('button', { name: 'Open in reader tab' }).click()]);
  await expect(reader.locator('h1.pp-title')).toHaveText(TITLE);
  return reader;
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __fakeSpeech: { log: FakeSpeechLog } }).__fakeSpeech.log);
/** The texts of the read-aloud highlights on an extension page (CSS Custom Highlight API). */
const highlighted = (page: Page, name: string) =>
  page.evaluate((n) => {
    const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get(n);
    return h ? [...h].map((r) => r.toString()) : [];
  }, name);

test('reader tab: read aloud starts, highlights the sentence being read and keeps it in view, pauses and stops', async ({ ext }) => {
  await ext.context.addInitScript(installFakeSpeech);
  const reader = await openReader(ext);
  await reader.emulateMedia({ colorScheme: 'light' });
  const controls = reader.getByRole('group', { name: 'Read aloud' });
  const play = controls.getByRole('button', { name: 'Read aloud' });
  // The article is in English ('en'): the English voices first, and the browser's default among them.
  await expect(controls.getByLabel('Voice')).toHaveValue('fake:en-US');
  expect(await controls.getByLabel('Voice').locator('option').allTextContents()).toEqual(['Fake Harriet (en-GB)', 'Fake Sam (en-US)', 'Fake Anna (de-DE)']);

  await play.click();
  await expect.poll(() => spoken(reader).then((l) => l.spoken.map((s) => s.text))).toEqual([TITLE]);
  await expect.poll(() => highlighted(reader, 'pp-read-aloud')).toEqual([TITLE]);
  await expect(controls.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(controls).toContainText(/Reading sentence 1 of \d+/);

  // The voice finishes the title: the first sentence of the story is spoken and highlighted.
  await reader.evaluate(() => (window as unknown as { __fakeSpeech: { end(): Promise<void> } }).__fakeSpeech.end());
  await expect.poll(() => spoken(reader).then((l) => l.spoken.length)).toBe(2);
  const [second] = (await spoken(reader)).spoken.slice(1);
  expect(second!.text).toContain(FIRST_SENTENCE);
  expect(second).toMatchObject({ rate: 1, voice: 'Fake Sam' });
  await expect.poll(() => highlighted(reader, 'pp-read-aloud')).toEqual([second!.text]);
  // Word by word, where the voice says where it is.
  await reader.evaluate(() => (window as unknown as { __fakeSpeech: { boundary(i: number, l: number): Promise<void> } }).__fakeSpeech.boundary(0, 6));
  await expect.poll(() => highlighted(reader, 'pp-read-aloud-word')).toEqual(['Russia']);

  // Further down: the highlighted sentence is scrolled into view, below the sticky bar.
  for (let i = 0; i < 6; i++) await reader.evaluate(() => (window as unknown as { __fakeSpeech: { end(): Promise<void> } }).__fakeSpeech.end());
  await expect.poll(() => spoken(reader).then((l) => l.spoken.length)).toBe(8);
  await expect
    .poll(() =>
      reader.evaluate(() => {
        const [range] = [...(CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('pp-read-aloud')!];
        const rect = range!.getBoundingClientRect();
        const bar = document.querySelector('.pp-tab-bar')!.getBoundingClientRect();
        return scrollY > 0 && rect.top >= bar.bottom && rect.bottom <= innerHeight;
      }),
    )
    .toBe(true);
  mkdirSync(ARTIFACTS, { recursive: true });
  await reader.screenshot({ path: resolve(ARTIFACTS, 'read-aloud-reader-tab.png') });
  // The view with read aloud in progress has no axe violations, light and dark.
  for (const colorScheme of ['light', 'dark'] as const) {
    await reader.emulateMedia({ colorScheme });
    expect(await violations(reader), `reader tab reading aloud, ${colorScheme}`).toEqual([]);
  }
  await reader.emulateMedia({ colorScheme: 'dark' });
  await reader.screenshot({ path: resolve(ARTIFACTS, 'read-aloud-reader-tab-dark.png') });

  // A new speed applies at once, from the sentence being read.
  await controls.getByLabel('Speed').selectOption('1.5');
  await expect.poll(() => spoken(reader).then((l) => l.spoken.at(-1)?.rate)).toBe(1.5);

  // Pause keeps the place marked; Resume speaks on; Stop removes the highlight.
  await controls.getByRole('button', { name: 'Pause' }).click();
  await expect(controls.getByRole('button', { name: 'Resume' })).toBeVisible();
  await expect(controls).toContainText(/Paused at sentence 8 of \d+/);
  expect(await highlighted(reader, 'pp-read-aloud')).toHaveLength(1);
  const before = (await spoken(reader)).spoken.length;
  await controls.getByRole('button', { name: 'Resume' }).click();
  await expect.poll(() => spoken(reader).then((l) => l.spoken.length)).toBe(before + 1);
  await controls.getByRole('button', { name: 'Stop' }).click();
  await expect.poll(() => highlighted(reader, 'pp-read-aloud')).toEqual([]);
  await expect(play).toBeVisible();
  expect((await spoken(reader)).speaking).toBe(false);

  // R plays and pauses, as the button does.
  await reader.keyboard.press('r');
  await expect(controls.getByRole('button', { name: 'Pause' })).toBeVisible();
  await reader.keyboard.press('r');
  await expect(controls.getByRole('button', { name: 'Resume' })).toBeVisible();
  await controls.getByRole('button', { name: 'Stop' }).click();
});

test('reader tab: "Read related stories too" reads the related stories after the article', async ({ ext }) => {
  await ext.context.addInitScript(installFakeSpeech);
  const reader = await openReader(ext);
  const controls = reader.getByRole('group', { name: 'Read aloud' });
  await controls.getByLabel('Read related stories too').check();
  await controls.getByRole('button', { name: 'Read aloud' }).click();
  await expect.poll(() => spoken(reader).then((l) => l.spoken.length)).toBe(1);
  // Run through to the end of the article and into the related stories.
  await expect
    .poll(
      async () => {
        await reader.evaluate(() => (window as unknown as { __fakeSpeech: { end(): Promise<void> } }).__fakeSpeech.end());
        return (await spoken(reader)).spoken.map((s) => s.text);
      },
      { timeout: 20_000, intervals: [20] },
    )
    .toContain('Related stories');
  const texts = (await spoken(reader)).spoken.map((s) => s.text);
  // Captions and the removal log are never read.
  expect(texts.join(' ')).not.toMatch(/promo blocks?|repeated passages? removed/);
});

test('reader tab: the voice and the speed chosen are remembered, and used by the next view', async ({ ext }) => {
  await ext.context.addInitScript(installFakeSpeech);
  const reader = await openReader(ext);
  const controls = reader.getByRole('group', { name: 'Read aloud' });
  await controls.getByLabel('Voice').selectOption('fake:en-GB');
  await controls.getByLabel('Speed').selectOption('1.5');
  await expect.poll(() => storedSettings(ext.sw)).toMatchObject({ version: 4, readAloud: { rate: 1.5, voices: { en: 'fake:en-GB' } } });
  await reader.close();
  // A new reader tab (the settings as stored, read afresh) starts with them, and speaks with them.
  const again = await openReader(ext);
  const next = again.getByRole('group', { name: 'Read aloud' });
  await expect(next.getByLabel('Voice')).toHaveValue('fake:en-GB');
  await expect(next.getByLabel('Speed')).toHaveValue('1.5');
  await next.getByRole('button', { name: 'Read aloud' }).click();
  await expect.poll(() => spoken(again).then((l) => l.spoken[0])).toMatchObject({ rate: 1.5, voice: 'Fake Harriet' });
});

test('reader tab without voices (headless Chromium has none): the control says so plainly', async ({ ext }) => {
  const reader = await openReader(ext);
  const controls = reader.getByRole('group', { name: 'Read aloud' });
  await expect(controls).toContainText('Read aloud needs a voice, and this browser has none installed.');
  await expect(controls.getByRole('button', { name: 'Read aloud' })).toHaveAttribute('aria-disabled', 'true');
  await expect(controls.getByLabel('Voice')).toBeHidden();
});

/** Runs `fn` in the content script's isolated world of `page` (where the in-page view's read aloud lives). */
async function inIsolatedWorld<R>(ext: Extension, page: Page, fn: () => R): Promise<R> {
  const tabId = await tabIdFor(ext.sw, page.url());
  return ext.sw.evaluate(
    async ([id, source]) => {
      const [frame] = await chrome.scripting.executeScript({ target: { tabId: id }, func: new Function(`return (${source})()`) as () => unknown });
      return frame?.result;
    },
    [tabId, fn.toString()] as const,
  ) as Promise<R>;
}

test('in-page view: read aloud in the bar marks the sentence being read, moves on and stops; the page sees no highlight', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto(NEWS);
  await setAutoCleanFromPopup(ext, page, true);
  await page.reload();
  await expect.poll(() => viewText(page, '.pp-title')).toBe(TITLE);
  // The view's speechSynthesis is the isolated world's own wrapper: the stand-in voices go there.
  await inIsolatedWorld(ext, page, installFakeSpeech);
  await expect.poll(() => inView(page, (root) => root.querySelector('.pp-read-aloud')?.getAttribute('data-state'))).toBe('idle');

  await clickInView(page, '.pp-ra-play');
  const marked = () => inView(page, (root) => [...root.querySelectorAll('mark.pp-reading-now')].map((m) => m.textContent).join(''));
  await expect.poll(marked).toBe(TITLE);
  const log = () => inIsolatedWorld(ext, page, () => (window as unknown as { __fakeSpeech: { log: FakeSpeechLog } }).__fakeSpeech.log);
  expect((await log()).spoken.map((s) => s.text)).toEqual([TITLE]);
  await inIsolatedWorld(ext, page, () => (window as unknown as { __fakeSpeech: { end(): Promise<void> } }).__fakeSpeech.end());
  await expect.poll(marked).toContain(FIRST_SENTENCE);
  expect(await viewText(page, '.pp-ra-status')).toMatch(/^Reading sentence 2 of \d+$/);
  // The page's own world sees no highlight (a range there would lead into the closed root).
  expect(await page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size)).toBe(0);
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: resolve(ARTIFACTS, 'read-aloud-in-page.png') });

  await clickInView(page, '.pp-ra-stop');
  await expect.poll(marked).toBe('');
  // The text is back exactly as it was (the marks are gone, the text nodes joined).
  expect(await viewText(page, '.pp-body p')).toContain(FIRST_SENTENCE);

  // Show original stops reading too.
  await clickInView(page, '.pp-ra-play');
  await expect.poll(marked).toBe(TITLE);
  const cancels = (await log()).cancels;
  await clickInView(page, '.pp-show-original');
  await expect.poll(() => log().then((l) => l.cancels)).toBeGreaterThan(cancels);
  expect((await log()).speaking).toBe(false);
});

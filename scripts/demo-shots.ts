/**
 * The headless demo's screenshots of the reader tab's features, the side panel and the options
 * page (scripts/demo.ts calls these), taken through the built extension as a reader sees them.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { installFakeSpeech } from '../tests/e2e/fake-speech.ts';
import { tabIdFor } from '../tests/e2e/tab-id.ts';

/** Saves a screenshot of `page` as artifacts/demo/<name>. */
export type Shot = (page: Page, name: string, fullPage?: boolean) => Promise<void>;


/** Opens popup.html as a tab aimed at `target`'s tab (headless automation cannot open the real popup). */
export async function popupFor(context: BrowserContext, id: string, target: Page, scheme: 'light' | 'dark' = 'light', state = 'ready'): Promise<Page> {
  const tabId = await tabIdFor(context.serviceWorkers()[0]!, target.url());
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 460, height: 600 });
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.goto(`chrome-extension://${id}/popup/popup.html?tabId=${tabId}`);
  await popup.locator(`#view[data-state="${state}"]`).waitFor({ timeout: 20_000 });
  return popup;
}

/** The texts of a CSS Custom Highlight on an extension page (read aloud marks the sentence with one). */
const highlighted = (page: Page, name: string) =>
  page.evaluate((n) => {
    const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get(n);
    return h ? [...h].map((r) => r.toString()).join('') : '';
  }, name);

/**
 * installFakeSpeech as a script for the page. tsx (which runs this script) keeps function names
 * by wrapping inner functions in `__name(fn, "name")`, a helper the page lacks: it is given a
 * do-nothing one, in the script's own scope.
 */
const stubbedVoiceScript = () => `(() => { const __name = (f) => f; (${installFakeSpeech.toString()})(); })();`;

/** The stubbed voice's controls (tests/e2e/fake-speech.ts): the demo decides when a sentence ends. */
const fakeVoice = (page: Page) => ({
  end: () => page.evaluate(() => (window as unknown as { __fakeSpeech: { end(): Promise<void> } }).__fakeSpeech.end()),
  word: (at: number, length: number) =>
    page.evaluate(([i, l]) => (window as unknown as { __fakeSpeech: { boundary(i: number, l: number): Promise<void> } }).__fakeSpeech.boundary(i, l), [at, length] as const),
});

/**
 * In the reader tab `reader` (opened from the popup): the reading settings panel, the sepia
 * theme chosen there, the print layout, and read aloud with a sentence highlighted. The theme
 * goes back to automatic afterwards, as the shots that follow expect.
 */
export async function readerShots(reader: Page, shot: Shot): Promise<void> {
  await reader.emulateMedia({ colorScheme: 'light' });
  const panel = reader.locator('.pp-settings');
  await reader.getByText('Reading settings').click();
  await panel.locator('select').first().waitFor();
  await shot(reader, 'reading-settings.png');

  await reader.getByLabel('Theme').selectOption('sepia');
  await reader.locator('#root[data-theme="sepia"]').waitFor();
  await reader.getByText('Reading settings').click(); // closes the panel: the article in sepia
  await reader.waitForFunction(() => !document.querySelector('.pp-settings')?.hasAttribute('open'));
  await shot(reader, 'sepia.png');
  await reader.getByText('Reading settings').click();
  await reader.getByLabel('Theme').selectOption('auto');
  await reader.locator('#root[data-theme="auto"]').waitFor();
  await reader.getByText('Reading settings').click();

  // What Print gives (the print stylesheet), shown on screen: the first page's worth.
  await reader.emulateMedia({ media: 'print' });
  await shot(reader, 'print-preview.png');
  await reader.emulateMedia({ media: 'screen' });

  // Headless Chromium has no voices: a STUBBED VOICE (tests/e2e/fake-speech.ts, as the e2e tests
  // use) stands in for speechSynthesis's getVoices/speak/cancel, while Plainpage still builds real
  // utterances and highlights through the real code. Installed for this page only, then reloaded.
  await reader.addInitScript({ content: stubbedVoiceScript() });
  await reader.reload();
  await reader.locator('h1.pp-title').waitFor();
  const controls = reader.getByRole('group', { name: 'Read aloud' });
  await controls.getByRole('button', { name: 'Read aloud' }).click();
  const title = (await reader.locator('h1.pp-title').textContent())!.trim();
  await reader.waitForFunction((t) => {
    const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('pp-read-aloud');
    return !!h && [...h].map(String).join('') === t;
  }, title);
  // The voice finishes the title and two sentences, then reports the first word of the third.
  for (let i = 0; i < 3; i++) await fakeVoice(reader).end();
  await reader.waitForFunction((t) => {
    const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('pp-read-aloud');
    const text = h ? [...h].map(String).join('') : '';
    return text !== '' && text !== t;
  }, title);
  const sentence = await highlighted(reader, 'pp-read-aloud');
  const firstWord = sentence.match(/^\S+/)?.[0] ?? '';
  // The stub fires an utterance's start 10 ms after speak, and start redraws the sentence
  // highlight (dropping a word highlight): report the word after it, as a voice would.
  await reader.waitForTimeout(100);
  await fakeVoice(reader).word(0, firstWord.length);
  await reader.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('pp-read-aloud-word'));
  await controls.getByText(/Reading sentence \d+ of \d+/).waitFor();
  await shot(reader, 'read-aloud.png');
  await controls.getByRole('button', { name: 'Stop' }).click();
}

/**
 * The side panel: Chrome's real side panel cannot be opened or captured headless, so this is
 * the side panel's own page (sidepanel/sidepanel.html, aimed at `target`'s tab with ?tabId=)
 * opened in a tab with a side panel's narrow viewport, as tests/e2e/side-panel.spec.ts does.
 */
export async function sidePanelShot(context: BrowserContext, id: string, target: Page, shot: Shot): Promise<void> {
  const tabId = await tabIdFor(context.serviceWorkers()[0]!, target.url());
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 400, height: 800 });
  await panel.emulateMedia({ colorScheme: 'light' });
  await panel.goto(`chrome-extension://${id}/sidepanel/sidepanel.html?tabId=${tabId}`);
  await panel.locator('#view[data-state="ready"] h1.pp-title').waitFor({ timeout: 20_000 });
  await shot(panel, 'side-panel.png');
  await panel.close();
}

/** The options page (manifest options_ui: options/options.html), opened as the browser opens it, in a tab. */
export async function optionsShot(context: BrowserContext, id: string, shot: Shot): Promise<void> {
  const options = await context.newPage();
  await options.emulateMedia({ colorScheme: 'light' });
  await options.goto(`chrome-extension://${id}/options/options.html`);
  await options.locator('html[data-ready="true"]').waitFor();
  await shot(options, 'options.png');
  await options.close();
}

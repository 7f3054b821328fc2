/** The toolbar popup on reference-shaped pages, and its other states. */
import { expect, expectPopupState, openPopupFor, pageUrl, storedSettings, test } from './fixtures.ts';

const REFERENCE_PAGES = ['/fixtures/aggregator--flattened-related/', '/demo/aggregator-article.html'];

/** Text of the reference page that is promo, chrome or upsell, never article. */
const PROMO_TEXT = [
  'Sign up to This is Europe',
  'after newsletter promotion',
  'Try Our AI Features',
  'No comments yet',
  'DOWNLOAD THE APP',
  'Orange background',
];

function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

for (const path of REFERENCE_PAGES) {
  test(`popup shows the cleaned article and related stories of ${path}`, async ({ ext }) => {
    const page = await ext.context.newPage();
    await page.goto(pageUrl(path));
    const liveBefore = await page.evaluate(() => document.documentElement.outerHTML);
    const popup = await openPopupFor(ext, page);
    await expectPopupState(popup, 'ready');

    await expect(popup.locator('.pp-title')).toHaveText('Russia clamps down on WhatsApp and Telegram over data sharing');
    await expect(popup.locator('.pp-head .pp-source')).toContainText('The Guardian');
    await expect(popup.locator('.pp-head .pp-source')).toContainText('2 days ago');
    await expect(popup.locator('.pp-byline')).toContainText(/\d+ min read/);

    const body = (await popup.locator('.pp-body').innerText()).replace(/\s+/g, ' ');
    expect(body).toContain('Russia has announced restrictions on the WhatsApp and Telegram messenger apps');
    expect(body).toContain('Human Rights Watch said in a report last month');
    for (const promo of PROMO_TEXT) expect(body, promo).not.toContain(promo);
    expect(occurrences(body, 'Meta was labelled an extremist organisation by Moscow in 2022')).toBe(1);

    // Related stories: title (a link), source and time on every card.
    const cards = popup.locator('.pp-card');
    await expect(cards).toHaveCount(3);
    const expected = [
      ['Donald Trump and Vladimir Putin shake hands in Alaska as Ukraine war talks begin', 'Glasgow Times', '24 minutes ago'],
      ['Putin stuns Trump as he breaks into English', 'Daily Mail', 'an hour ago'],
      ["Putin criticised by Ukraine's ambassador to Australia after inconclusive meeting with Trump", 'The Guardian', 'an hour ago'],
    ] as const;
    for (const [i, [title, source, time]] of expected.entries()) {
      const card = cards.nth(i);
      await expect(card.locator('.pp-card-title a')).toContainText(title);
      await expect(card.locator('.pp-card-title a')).toHaveAttribute('href', /^https?:\/\//);
      // Source, time and the story's reading time (issue 10), then a two-line excerpt.
      await expect(card.locator('.pp-card-meta')).toHaveText(new RegExp(`^${source} · ${time} · \\d+ min read$`));
      await expect(card.locator('.pp-card-excerpt')).not.toBeEmpty();
    }

    // The flattened story texts: promo lines gone, repeated passages printed once.
    for (let i = 0; i < 3; i++) await cards.nth(i).locator('summary').click();
    const mail = (await cards.nth(1).locator('.pp-card-text').innerText()).replace(/\s+/g, ' ');
    expect(occurrences(mail, 'What was clear was that there was no immediate ceasefire or peace deal')).toBe(1);
    expect(occurrences(mail, "Joe Biden's lone meeting with Putin took place in Geneva")).toBe(1);
    const guardian = (await cards.nth(2).locator('.pp-card-text').innerText()).replace(/\s+/g, ' ');
    expect(guardian).toContain('Myroshnychenko said while it was a positive step');
    for (const promo of ['Sign up: AU Breaking News email', 'Sign up to Breaking News Australia', 'after newsletter promotion']) {
      expect(guardian, promo).not.toContain(promo);
    }

    // "N promo blocks and M repeated passages removed", expanding into the removal log.
    const removed = popup.locator('.pp-removed');
    await expect(removed.locator('summary')).toHaveText(/^\d+ promo blocks? (?:and \d+ repeated passages? )?removed$/);
    await expect(removed.locator('.pp-log')).toBeHidden();
    await removed.locator('summary').click();
    await expect(removed.locator('.pp-log li').first()).toBeVisible();
    expect(await removed.locator('.pp-log').innerText()).toContain('Sign up to This is Europe');

    // Sized to a popup: nothing scrolls sideways.
    const overflow = await popup.evaluate(() => ({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      view: (document.getElementById('view') as HTMLElement).scrollWidth - (document.getElementById('view') as HTMLElement).clientWidth,
    }));
    expect(overflow).toEqual({ page: 0, view: 0 });

    // The popup never changes the page it reads.
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(liveBefore);
  });
}

test('text size is adjustable and remembered', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto(pageUrl('/demo/aggregator-article.html'));
  const popup = await openPopupFor(ext, page);
  await expectPopupState(popup, 'ready');
  const bodySize = () => popup.locator('.pp-body p').first().evaluate((p) => getComputedStyle(p).fontSize);
  expect(await bodySize()).toBe('18px');
  await popup.getByRole('button', { name: /Larger text/ }).click();
  await popup.getByRole('button', { name: /Larger text/ }).click();
  await expect.poll(bodySize).toBe('22px');
  await expect.poll(() => storedSettings(ext.sw)).toMatchObject({ textSize: 22 });

  const again = await openPopupFor(ext, page);
  await expectPopupState(again, 'ready');
  expect(await again.locator('.pp-body p').first().evaluate((p) => getComputedStyle(p).fontSize)).toBe('22px');
});

test('"Open in reader tab" shows the same view in a full-size page; "Copy text" copies it', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto(pageUrl('/fixtures/aggregator--semantic/'));
  const popup = await openPopupFor(ext, page);
  await expectPopupState(popup, 'ready');

  const [reader] = await Promise.all([ext.context.waitForEvent('page'), popup.getByRole('button', { name: 'Open in reader tab' }).click()]);
  await reader.waitForLoadState();
  expect(reader.url()).toMatch(new RegExp(`^chrome-extension://${ext.id}/reader/reader.html#reader%3A[0-9a-f-]{36}$`));
  await expect(reader.locator('h1.pp-title')).toHaveText('Russia clamps down on WhatsApp and Telegram over data sharing');
  await expect(reader.locator('.pp-card')).toHaveCount(3);
  await expect(reader.getByRole('link', { name: 'Open original' })).toHaveAttribute('href', page.url());
  // The result travelled through storage.session, not the URL.
  expect(reader.url()).not.toContain('Russia');

  // Reading the clipboard back needs a permission the extension does not ask for, so the
  // test records what reaches the real writeText (which must still succeed).
  await popup.bringToFront();
  await popup.evaluate(() => {
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = (text: string) => {
      (window as unknown as { copied: string }).copied = text;
      return write(text);
    };
  });
  await popup.getByRole('button', { name: 'Copy text' }).click();
  await expect(popup.locator('#action-status')).toHaveText('Copied the article text.');
  const copied = await popup.evaluate(() => (window as unknown as { copied: string }).copied);
  expect(copied.startsWith('Russia clamps down on WhatsApp and Telegram over data sharing\n\nThe Guardian')).toBe(true);
  expect(copied).not.toContain('Sign up to This is Europe');
  // Related stories only when asked for (issue 10).
  expect(copied).not.toContain('Donald Trump and Vladimir Putin shake hands in Alaska');
  await popup.getByRole('button', { name: 'Copy with related stories' }).click();
  await expect(popup.locator('#action-status')).toHaveText('Copied the article and its related stories.');
  const withRelated = await popup.evaluate(() => (window as unknown as { copied: string }).copied);
  expect(withRelated.startsWith(copied)).toBe(true);
  expect(withRelated).toContain('Related stories\n\n---\n\nDonald Trump and Vladimir Putin shake hands in Alaska as Ukraine war talks begin\n\nGlasgow Times · 24 minutes ago');
});

test('a page that is not news says so and offers "Clean anyway"', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto(pageUrl('/fixtures/nonnews--docs-page/'));
  const popup = await openPopupFor(ext, page);
  await expectPopupState(popup, 'not-news');
  await expect(popup.getByRole('heading', { name: "This doesn't look like a news article" })).toBeVisible();
  await popup.getByRole('button', { name: 'Clean anyway' }).click();
  await expectPopupState(popup, 'ready');
  await expect(popup.locator('.pp-body')).not.toBeEmpty();
});

test('browser pages are reported as unreadable, with the switch disabled', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto('chrome://version/');
  // Without the "tabs" permission a chrome:// tab's URL is hidden from queries: take the active one.
  const tabId = await ext.sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.id}/popup/popup.html?tabId=${tabId}`);
  await expectPopupState(popup, 'unreadable');
  await expect(popup.getByRole('heading', { name: "Plainpage can't read this page" })).toBeVisible();
  await expect(popup.getByRole('switch', { name: 'Auto-clean this site' })).toBeDisabled();
  await expect(popup.getByRole('button', { name: 'Copy text' })).toBeDisabled();
});

test('the popup is usable by keyboard alone, every control labelled', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto(pageUrl('/demo/aggregator-article.html'));
  const popup = await openPopupFor(ext, page);
  await expectPopupState(popup, 'ready');
  // Focus starts on the article (keyboard.spec.ts): Shift+Tab walks the controls above it, bottom up.
  await expect(popup.locator('#view')).toBeFocused();
  const names: string[] = [];
  for (let i = 0; i < 8; i++) {
    await popup.keyboard.press('Shift+Tab');
    names.push(
      await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const label = el.getAttribute('aria-label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ?? el.textContent;
        return `${el.tagName.toLowerCase()}:${(label ?? '').replace(/\s+/g, ' ').trim()}`;
      }),
    );
  }
  expect(names.reverse()).toEqual([
    'button:A− Smaller text (now 18 px)',
    'button:A+ Larger text (now 18 px)',
    'input:Auto-clean this site',
    'button:Open in reader tab',
    'button:Open beside the page',
    'button:Copy text',
    'button:Copy with related stories',
    'summary:Reading settings',
  ]);
  // Then into the article: the removal log summary, which Enter expands.
  const focusedSummary = popup.locator('.pp-removed summary');
  await focusedSummary.focus();
  await popup.keyboard.press('Enter');
  await expect(popup.locator('.pp-removed')).toHaveAttribute('open', '');
});

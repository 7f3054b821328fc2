/**
 * `npm run demo`: builds Plainpage, serves demo/pages on 127.0.0.1 and launches Debian's
 * Chromium with the extension loaded, on the flagship demo page.
 *  - With a display ($DISPLAY set): a normal window; click the toolbar icon (or press
 *    Alt+Shift+P) to open the popup. Close the browser or press Ctrl+C to stop.
 *  - Without one: headless; saves screenshots of the popup, the reader tab (reading settings,
 *    sepia, print layout, read aloud with a stubbed voice), the side panel's page, an
 *    auto-cleaned page and the options page into artifacts/demo/ and prints where.
 * The demo loads the test build (dist-e2e/chrome), which may read 127.0.0.1 without a
 * click: headless automation cannot press the toolbar button that grants activeTab.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildExtension } from './build.ts';
import { optionsShot, popupFor, readerShots, sidePanelShot } from './demo-shots.ts';
import { startPageServer } from './serve-pages.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT_DIR = resolve(ROOT, 'artifacts/demo');
const PORT = Number(process.env.PLAINPAGE_DEMO_PORT ?? 4180);
const BASE = `http://127.0.0.1:${PORT}`;
/** The flagship page: the reference aggregator page with all its clutter. */
const FLAGSHIP = `${BASE}/demo/aggregator-article.html`;
const OTHER_PAGES = [`${BASE}/demo/article-with-inserts.html`, `${BASE}/demo/shop-page.html`];
const headed = Boolean(process.env.DISPLAY);

/**
 * Whether `selector` is in the in-page view (a closed shadow root on <body>), found over CDP
 * as DevTools finds it; with `scroll`, scrolls it to the top of the window.
 */
async function inPageView(page: Page, selector: string, scroll: boolean): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 2, pierce: true });
    const html = root.children?.find((n) => n.nodeName === 'HTML');
    const shadow = html?.children?.find((n) => n.nodeName === 'BODY' && n.shadowRoots?.length)?.shadowRoots?.[0];
    if (!shadow) return false;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: 'function (sel, scroll) { const el = this.querySelector(sel); if (el && scroll) el.scrollIntoView({ block: "start" }); return !!el; }',
      arguments: [{ value: selector }, { value: scroll }],
      returnByValue: true,
    });
    return result.value === true;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

async function launch(extensionDir: string, profile: string): Promise<{ context: BrowserContext; id: string }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: !headed,
    viewport: headed ? null : { width: 1200, height: 900 },
    args: [
      '--no-sandbox', '--no-first-run', '--disable-sync', '--disable-background-networking', '--disable-component-update',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, id: new URL(sw.url()).host };
}

async function screenshots(context: BrowserContext, id: string): Promise<string[]> {
  mkdirSync(OUT_DIR, { recursive: true });
  const saved: string[] = [];
  const shot = async (page: Page, name: string, fullPage = false) => {
    const path = join(OUT_DIR, name);
    await page.screenshot({ path, fullPage });
    saved.push(path);
  };

  const page = await context.newPage();
  await page.goto(FLAGSHIP);
  await shot(page, 'original-page.png');

  const popup = await popupFor(context, id, page);
  await shot(popup, 'popup.png');
  await popup.locator('.pp-removed summary').click();
  await shot(popup, 'popup-removal-log.png');
  await popup.locator('.pp-removed summary').click();
  await popup.locator('.pp-related').scrollIntoViewIfNeeded();
  await popup.locator('.pp-card summary').first().click();
  await popup.locator('.pp-related').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(popup, 'popup-related.png');

  const dark = await popupFor(context, id, page, 'dark');
  await shot(dark, 'popup-dark.png');
  await dark.close();

  const [reader] = await Promise.all([context.waitForEvent('page'), popup.getByRole('button', { name: 'Open in reader tab' }).click()]);
  await reader.locator('.pp-title').waitFor();
  await shot(reader, 'reader-tab.png');
  await readerShots(reader, shot);
  await reader.close();
  await sidePanelShot(context, id, page, shot);

  const shop = await context.newPage();
  await shop.goto(OTHER_PAGES[1]!);
  const notNews = await popupFor(context, id, shop, 'light', 'not-news');
  await shot(notNews, 'popup-not-news.png');
  await notNews.close();
  await shop.close();

  // Auto-clean this site, then load the page again: it is cleaned in place.
  await popup.getByRole('switch', { name: 'Auto-clean this site' }).check();
  await popup.getByText(/will clean news pages on/).waitFor();
  await popup.close();
  await page.reload();
  // The in-page view lives in a closed shadow root (issue 13): only DevTools reaches it.
  const deadline = Date.now() + 20_000;
  while (!(await inPageView(page, '.pp-title', false))) {
    if (Date.now() > deadline) throw new Error('the in-page view did not appear within 20 s');
    await page.waitForTimeout(250);
  }
  await shot(page, 'auto-cleaned.png');
  await inPageView(page, '.pp-related', true);
  await shot(page, 'auto-cleaned-related.png');
  // Last: the options page lists the site whose auto-clean was just switched on.
  await optionsShot(context, id, shot);
  return saved;
}

const extensionDir = resolve(await buildExtension({ e2e: true }), 'chrome');
const server = await startPageServer(PORT);
const profile = mkdtempSync(join(tmpdir(), 'plainpage-demo-'));
console.log(`plainpage: serving demo pages on ${BASE}/demo/`);
const { context, id } = await launch(extensionDir, profile);
const cleanUp = async () => {
  await context.close().catch(() => {});
  server.close();
  rmSync(profile, { recursive: true, force: true });
};

try {
  if (headed) {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(FLAGSHIP);
    for (const url of OTHER_PAGES) await (await context.newPage()).goto(url);
    await page.bringToFront();
    console.log(`plainpage: Chromium is open on ${FLAGSHIP}`);
    console.log('  Click the Plainpage icon in the toolbar (pin it from the puzzle-piece menu) or press Alt+Shift+P.');
    console.log('  Close the browser window or press Ctrl+C to stop.');
    process.once('SIGINT', () => void cleanUp().then(() => process.exit(0)));
    await new Promise<void>((done) => context.once('close', () => done()));
  } else {
    const saved = await screenshots(context, id);
    console.log(`plainpage: no display, ran headless; ${saved.length} screenshots in ${OUT_DIR}:`);
    for (const path of saved) console.log(`  ${path.slice(ROOT.length + 1)}`);
  }
} finally {
  await cleanUp();
}

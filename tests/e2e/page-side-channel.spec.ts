/**
 * A page cannot tell that Plainpage read it (issue 13). Chromium gives every document a
 * script makes (a clone of the page, createHTMLDocument, DOMParser, template contents)
 * the page's own policy context: a `<base href>` the page's CSP forbids, once connected
 * in such a copy, fires `securitypolicyviolation` at the page and sends a report to its
 * `report-uri`. So the page below carries blocked `<base>` elements (head and body), inline
 * styles under a style-src that forbids them, and a report endpoint on this spec's server;
 * the bar is that a clean from the popup, auto-clean and the popup over the in-page view
 * add no event and no report to what the page produces on its own. (Before the fix, one
 * popup clean of the /both page added 9 events and 7 reports.)
 */
import type { Server } from 'node:http';
import type { Page } from '@playwright/test';
import { fillTemplate, loadTemplate } from '../hostile/build-pages.ts';
import { closeServer, serveHtml } from '../hostile/serve-html.ts';
import { autoCleanState, expect, expectPopupState, openPopupFor, setAutoCleanFromPopup, test, viewText, type Extension } from './fixtures.ts';

const PORT = Number(process.env.PLAINPAGE_E2E_POLICY_PORT ?? 4191);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const policy = (page: string) => `default-src 'self'; style-src 'self'; base-uri 'none'; form-action 'none'; report-uri /csp-report/${page}`;
const TITLE = 'Harbour council votes to repair, not replace, the old swing bridge';

const HEAD = '<base href="https://cdn.example/assets/"><style>p { margin: 0 }</style>';
const BODY_BASE = '<p style="color: navy">A harbour pilot said the <base href="https://other.example/">river traffic would be rerouted to the northern channel during the works, which the port authority confirmed.</p>';
/**
 * /both: blocked <base> elements in the head and in the story. /head: in the head only, for
 * auto-clean: the in-page view takes the page's body out of the document, and moving a
 * <base> that is inside it makes Chromium check the page's base again; that is the page
 * seeing its own body moved (which it can see anyway), not the working copy.
 */
const PAGES: Record<string, string> = {
  both: fillTemplate(loadTemplate('article'), { head: HEAD, body: BODY_BASE }),
  head: fillTemplate(loadTemplate('article'), { head: HEAD, body: BODY_BASE.replace(/<base [^>]*>/, '') }),
};

const reports: Record<string, number> = { both: 0, head: 0 };
let server: Server;
test.beforeAll(async () => {
  server = await serveHtml(PORT, (pathname) => {
    const [, kind, name = ''] = pathname.split('/');
    if (kind === 'csp-report' && name in reports) {
      reports[name]!++;
      return { body: '' };
    }
    return kind === 'page' && PAGES[name] ? { body: PAGES[name]!, headers: { 'content-security-policy': policy(name) } } : null;
  });
});
test.afterAll(() => closeServer(server));

/** Counts the page's own securitypolicyviolation events from its first instant. */
async function countViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __ppViolations: string[] };
    w.__ppViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__ppViolations.push(`${e.effectiveDirective} ${e.blockedURI}`), true);
  });
}

/** The page's events and its reports so far, once it has settled (reports are sent asynchronously). */
async function settled(page: Page, name: string): Promise<{ events: string[]; reports: number }> {
  await page.waitForTimeout(1_000);
  return { events: await page.evaluate(() => (window as unknown as { __ppViolations: string[] }).__ppViolations.slice()), reports: reports[name]! };
}

/** Opens /page/<name> and waits for what the page raises on its own at load. */
async function openPage(ext: Extension, name: string): Promise<{ page: Page; own: { events: string[]; reports: number } }> {
  const page = await ext.context.newPage();
  await countViolations(page);
  await page.goto(`${ORIGIN}/page/${name}`);
  await expect.poll(() => reports[name]).toBeGreaterThan(0);
  const own = await settled(page, name);
  expect(own.events.some((e) => e.startsWith('base-uri')), name).toBe(true);
  return { page, own };
}

test('building the working copy raises no CSP event and sends no report: popup, auto-clean, popup over the view', async ({ ext }) => {
  const head = await openPage(ext, 'head');
  const both = await openPage(ext, 'both');

  const popup = await openPopupFor(ext, both.page);
  await expectPopupState(popup, 'ready');
  await expect(popup.locator('.pp-title')).toHaveText(TITLE);
  expect(await settled(both.page, 'both'), 'popup clean').toEqual(both.own);
  await setAutoCleanFromPopup(ext, both.page, true);
  await popup.close();

  // Auto-clean: the reload raises exactly what the page raises on its own (events start
  // from zero again; its own reports arrive a second time).
  reports.head = 0;
  await head.page.reload();
  await expect.poll(() => autoCleanState(ext, head.page)).toBe('cleaned');
  expect(await viewText(head.page, '.pp-title')).toBe(TITLE);
  expect(await settled(head.page, 'head'), 'auto-clean').toEqual(head.own);

  // The popup over the in-page view copies the page's own body, <base> and all.
  await both.page.reload();
  await expect.poll(() => autoCleanState(ext, both.page)).toBe('cleaned');
  const before = await settled(both.page, 'both');
  const over = await openPopupFor(ext, both.page);
  await expectPopupState(over, 'ready');
  await expect(over.locator('.pp-title')).toHaveText(TITLE);
  expect(await settled(both.page, 'both'), 'popup over the in-page view').toEqual(before);
});

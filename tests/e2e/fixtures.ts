/**
 * Playwright fixtures: Debian Chromium with the e2e build of Plainpage loaded
 * (dist-e2e/chrome, which holds the 127.0.0.1 host permission: activeTab cannot be
 * triggered by automation — /work/shared/notes/toolchain.md §3).
 */
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { tabIdFor } from './tab-id.ts';

export { tabIdFor };

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../dist-e2e/chrome');
export const PORT = Number(process.env.PLAINPAGE_E2E_PORT ?? 4179);
export const ORIGIN = `http://127.0.0.1:${PORT}`;
export const pageUrl = (path: string) => `${ORIGIN}${path}`;

export interface Extension {
  context: BrowserContext;
  sw: Worker;
  id: string;
}

/** Launches Chromium with the extension on `userDataDir` (a fresh temp profile when omitted). */
export async function launchExtension(userDataDir = ''): Promise<Extension> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1100, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // Fixture pages link to *.example hosts: fail those lookups at once, offline.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, sw, id: new URL(sw.url()).host };
}


/** Opens popup.html as a tab aimed at `tabId` (Playwright cannot reach a real popup). */
export async function openPopupFor(ext: Extension, target: Page): Promise<Page> {
  const tabId = await tabIdFor(ext.sw, target.url());
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 460, height: 600 });
  await popup.goto(`chrome-extension://${ext.id}/popup/popup.html?tabId=${tabId}`);
  return popup;
}

export async function expectPopupState(popup: Page, state: 'ready' | 'not-news' | 'unreadable' | 'error'): Promise<void> {
  await expect(popup.locator('#view')).toHaveAttribute('data-state', state, { timeout: 20_000 });
}

/**
 * Runs `fn(root, arg)` on the in-page view's shadow root and returns its result by value,
 * or null when no view is up. The root is closed: page scripts cannot reach it (issue 13),
 * DevTools can (DOM.getDocument with `pierce` lists closed roots), so the call goes over
 * CDP and `fn` runs in the page's main world with the root as its first argument. `fn`
 * must not close over anything (it is sent as source, like page.evaluate's).
 */
export async function inView<Arg, R>(page: Page, fn: (root: ShadowRoot, arg: Arg) => R, arg?: Arg): Promise<R | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 2, pierce: true });
    const html = root.children?.find((n) => n.nodeName === 'HTML');
    const host = html?.children?.find((n) => n.nodeName === 'BODY' && n.shadowRoots?.length);
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`inView: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as R;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** The mode of the in-page view's shadow root ('closed'), or null when no view is up. */
export async function inPageViewRootMode(page: Page): Promise<string | null> {
  return inView(page, (root) => root.mode);
}

/** textContent of the first `selector` in the in-page view (null: no view, or no match). */
export function viewText(page: Page, selector: string): Promise<string | null> {
  return inView(page, (root, sel: string) => root.querySelector(sel)?.textContent ?? null, selector);
}

/** How many `selector` the in-page view holds (0 without a view). */
export async function viewCount(page: Page, selector: string): Promise<number> {
  return (await inView(page, (root, sel: string) => root.querySelectorAll(sel).length, selector)) ?? 0;
}

/** Clicks the first `selector` in the in-page view (a DOM click, as a reader's). */
export async function clickInView(page: Page, selector: string): Promise<void> {
  const clicked = await inView(page, (root, sel: string) => {
    const el = root.querySelector(sel);
    if (el instanceof HTMLElement) el.click();
    return el !== null;
  }, selector);
  if (!clicked) throw new Error(`no ${selector} in the in-page view`);
}

export async function registeredScripts(sw: Worker): Promise<{ id: string; matches: string[] }[]> {
  return sw.evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: s.matches ?? [] })),
  );
}

export async function storedSettings(sw: Worker): Promise<unknown> {
  return sw.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
}

export const test = base.extend<{ ext: Extension }>({
  // eslint-disable-next-line no-empty-pattern
  ext: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'plainpage-e2e-'));
    const ext = await launchExtension(dir);
    try {
      await use(ext);
    } finally {
      await ext.context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
});

export { expect };

/** What the content script's auto-clean did in `page` (null: no Plainpage script there). */
export async function autoCleanState(ext: Extension, page: Page): Promise<string | null> {
  const tabId = await tabIdFor(ext.sw, page.url());
  return ext.sw.evaluate(async (id) => {
    const [frame] = await chrome.scripting.executeScript({
      target: { tabId: id },
      // The content script's API: a Symbol-keyed own property of the isolated world (src/content/content-api.ts).
      func: () => {
        const own = Object.getOwnPropertyDescriptor(globalThis, Symbol.for('plainpage.content-api'));
        return (own?.value as { autoCleanState?: string } | undefined)?.autoCleanState ?? null;
      },
    });
    return (frame?.result as string | null) ?? null;
  }, tabId);
}

/** Flips "Auto-clean this site" in the popup for `page`'s site and waits for the outcome. */
export async function setAutoCleanFromPopup(ext: Extension, page: Page, on: boolean): Promise<void> {
  const popup = await openPopupFor(ext, page);
  const toggle = popup.getByRole('switch', { name: 'Auto-clean this site' });
  await expect(toggle).toBeEnabled();
  if (on) await toggle.check();
  else await toggle.uncheck();
  await expect(popup.locator('#action-status')).toContainText(on ? 'will clean news pages on' : 'Auto-clean is off');
  await popup.close();
}

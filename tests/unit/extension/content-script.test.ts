/**
 * The content script's state cannot be switched off or answered for by the page (issue 13).
 *
 * In browsers, page elements with an id or name are reachable as globals of the isolated
 * world through the window's named-properties object, which sits on the window's
 * prototype chain. jsdom implements no named properties, so these tests put the same
 * values where browsers put them: on the prototype chain of `window` (what the e2e tests
 * in tests/e2e/page-interference.spec.ts then show with real elements in Chromium).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_API_KEY, contentApiIn } from '../../../src/content/content-api.ts';
import { snapshotPage } from '../../../src/engine-host/snapshot.ts';
import type { PlainpageContentApi } from '../../../src/content/content-api.ts';

const settings = vi.hoisted(() => ({ autoClean: {} as Record<string, boolean> }));
vi.mock('../../../src/settings/store.ts', () => ({
  loadSettings: async () => ({ version: 2, textSize: 18, autoClean: settings.autoClean }),
}));

const runtime = vi.hoisted(() => ({ sent: [] as unknown[], reply: (): Promise<unknown> => Promise.resolve({ ok: true }) }));
// The background's part: a page snapshot is cleaned by the real engine (here, in jsdom's DOMParser).
vi.mock('../../../src/platform/runtime.ts', async () => {
  const { cleanSnapshot } = await import('../../../src/engine-host/clean-snapshot.ts');
  return {
    sendMessage: (message: { type?: string; snapshot?: never; options?: object }) => {
      if (message.type === 'plainpage:clean-snapshot') return Promise.resolve(cleanSnapshot(message.snapshot!, message.options));
      runtime.sent.push(message);
      return runtime.reply();
    },
  };
});

const STORY = Array.from({ length: 6 }, (_, i) => `<p>The harbour council met on day ${i + 1} and agreed to rebuild the old swing bridge rather than replace it, after a debate that ran well into the evening.</p>`).join('');
const ARTICLE = `<article><h1>Harbour council votes to repair the old swing bridge</h1>${STORY}</article>`;

/** Where a named element shows up as a global: the window's prototype chain (WindowProperties). */
const namedProperties = Object.getPrototypeOf(window) as object;
const planted: PropertyKey[] = [];
function plantNamed(name: PropertyKey, value: unknown): void {
  Object.defineProperty(namedProperties, name, { value, configurable: true });
  planted.push(name);
}

const flush = () => new Promise((done) => setTimeout(done, 10));

/** Runs the content script (a fresh module instance, as each injection of the IIFE is). */
async function inject(): Promise<void> {
  vi.resetModules();
  await import('../../../src/content/index.ts');
  await flush();
}

function api(): PlainpageContentApi {
  const found = contentApiIn(globalThis);
  if (!found) throw new Error('no content API');
  return found;
}

beforeEach(() => {
  window.scrollTo = () => {};
  document.title = 'Harbour council votes to repair the old swing bridge';
  document.body.replaceChildren();
  const holder = document.createElement('div');
  holder.innerHTML = ARTICLE; // test fixture markup (tests may parse HTML)
  document.body.append(...holder.childNodes);
  settings.autoClean = {};
  for (const key of [CONTENT_API_KEY]) delete (globalThis as Record<symbol, unknown>)[Symbol.for(key)];
});
afterEach(() => {
  for (const name of planted.splice(0)) delete (namedProperties as Record<PropertyKey, unknown>)[name];
  for (const key of [CONTENT_API_KEY]) delete (globalThis as Record<symbol, unknown>)[Symbol.for(key)];
});

describe('the content script under named page elements', () => {
  it('the function executeScript runs spells the key the module uses', () => {
    const spelled = (fn: () => unknown) => [...fn.toString().matchAll(/Symbol\.for\(["'`]([^"'`]+)["'`]\)/g)].map((m) => m[1]);
    expect(spelled(snapshotPage)).toEqual([CONTENT_API_KEY]);
  });

  it('<div id="__plainpage"> and <img name="__plainpagePopupOnly">: the script still loads and auto-cleans', async () => {
    const div = document.createElement('div');
    div.id = '__plainpage';
    plantNamed('__plainpage', div);
    plantNamed('__plainpagePopupOnly', document.createElement('img'));
    settings.autoClean = { [location.origin]: true };
    await inject();
    expect(api().autoCleanState).toBe('cleaned');
  });

  it('a page API under the old global names is never called; the snapshot is the page\'s', async () => {
    const bodySwap = vi.fn(() => ({ shown: document.body, original: document.createElement('body') }));
    plantNamed('__plainpage', { bodySwap, autoCleanState: 'cleaned' });
    // Even a Symbol-keyed value on the prototype chain is not ours: only an own property counts.
    plantNamed(Symbol.for(CONTENT_API_KEY), { bodySwap, autoCleanState: 'cleaned' });
    const snapshot = snapshotPage();
    expect(bodySwap).not.toHaveBeenCalled();
    expect(snapshot.ok && snapshot.html).toContain('Harbour council votes to repair the old swing bridge');
    settings.autoClean = { [location.origin]: true };
    await inject();
    expect(bodySwap).not.toHaveBeenCalled();
    expect(api().autoCleanState).toBe('cleaned');
  });

  it('while the view is up, the snapshot reads the page\'s own body, not the view', async () => {
    settings.autoClean = { [location.origin]: true };
    await inject();
    expect(api().autoCleanState).toBe('cleaned');
    const snapshot = snapshotPage();
    expect(snapshot.ok && snapshot.html).toContain('<article><h1>Harbour council votes');
    expect(snapshot.ok && snapshot.html).not.toContain('pp-');
    expect(snapshot.ok && snapshot.html).toMatch(/^<!DOCTYPE html><html[^>]*><head>/);
  });

  it('a second injection finds the API and changes nothing', async () => {
    settings.autoClean = { [location.origin]: true };
    await inject();
    const first = api();
    const host = document.body;
    await inject();
    expect(api()).toBe(first);
    expect(document.body).toBe(host);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('the page taking the view away: the state says so, and a notice offers to clean again', async () => {
    settings.autoClean = { [location.origin]: true };
    const original = document.body;
    await inject();
    expect(api().autoCleanState).toBe('cleaned');
    document.documentElement.replaceChild(original, document.body);
    await flush();
    expect(api().autoCleanState).toBe('removed-by-page');
    // The notice offering to clean again: the last child of <html>, its root closed (in-page-view.test.ts clicks it).
    const notice = document.documentElement.lastElementChild!;
    expect(notice).not.toBe(original);
    expect(notice.shadowRoot).toBeNull();
  });
});

describe('the bar\'s Re-clean and Stop auto-cleaning this site', () => {
  let roots: ShadowRoot[] = [];
  beforeEach(() => {
    roots = [];
    runtime.sent = [];
    const attachShadow = Element.prototype.attachShadow;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      const root = attachShadow.call(this, init);
      roots.push(root);
      return root;
    });
    settings.autoClean = { [location.origin]: true };
  });
  afterEach(() => vi.restoreAllMocks());
  const viewRoot = () => roots.find((r) => r.host === document.body)!;
  const press = (root: ShadowRoot, selector: string) => (root.querySelector(selector) as HTMLButtonElement).click();

  it('Re-clean reads the page again, with what it added to its own body since', async () => {
    const article = document.querySelector('article')!;
    await inject();
    expect(api().autoCleanState).toBe('cleaned');
    expect(viewRoot().querySelector('.pp-body')?.textContent).not.toContain('The council confirmed the funding');
    const late = document.createElement('p');
    late.textContent = 'The council confirmed the funding on Thursday, and contractors will be invited to bid for the repair before the end of the year.';
    article.append(late); // the page's own article, out of the document while the view is up
    press(viewRoot(), '.pp-reclean');
    await flush();
    expect(viewRoot().querySelector('.pp-body')?.textContent).toContain('The council confirmed the funding');
    expect(viewRoot().querySelector('[role="status"]')?.textContent).toMatch(/^Cleaned again: /);
    expect(api().autoCleanState).toBe('cleaned');
  });

  it('Re-clean on a page that no longer reads as news keeps the earlier result and says so', async () => {
    const article = document.querySelector('article')!;
    await inject();
    article.replaceChildren();
    press(viewRoot(), '.pp-reclean');
    await flush();
    expect(viewRoot().querySelector('.pp-title')?.textContent).toBe('Harbour council votes to repair the old swing bridge');
    expect(viewRoot().querySelector('[role="status"]')?.textContent).toBe('Could not clean the page again; this is the earlier result.');
  });

  it('Stop asks the background (naming no site), then shows the original page and says auto-clean is off', async () => {
    const original = document.body;
    await inject();
    runtime.reply = () => Promise.resolve({ ok: true, origin: location.origin });
    press(viewRoot(), '.pp-stop-auto-clean');
    press(viewRoot(), '.pp-stop-auto-clean'); // a second press while the first is under way
    await flush();
    expect(runtime.sent).toEqual([{ type: 'plainpage:stop-auto-clean' }]);
    expect(document.body).toBe(original);
    expect(api().autoCleanState).toBe('off');
    expect(roots.at(-1)!.querySelector('.pp-bar-label')?.textContent).toBe(`Auto-clean is off for ${location.host}.`);
  });

  it('Stop that fails (no answer, or a refusal) keeps the view and says so', async () => {
    for (const reply of [() => Promise.reject(new Error('Receiving end does not exist')), () => Promise.resolve({ ok: false })]) {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      await inject();
      const host = document.body;
      runtime.reply = reply;
      press(viewRoot(), '.pp-stop-auto-clean');
      await flush();
      expect(document.body).toBe(host);
      expect(api().autoCleanState).toBe('cleaned');
      expect(viewRoot().querySelector('[role="status"]')?.textContent).toBe('Could not switch auto-clean off for this site. Try the switch in Plainpage’s popup.');
      press(viewRoot(), '.pp-show-original');
      for (const key of [CONTENT_API_KEY]) delete (globalThis as Record<symbol, unknown>)[Symbol.for(key)];
    }
  });
});

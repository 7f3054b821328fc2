import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CleanResult } from '../../../src/core/types.ts';
import { InPageView } from '../../../src/content/in-page-view.ts';

const RESULT: CleanResult = {
  url: 'https://digest.example/news/1', detected: true, autoClean: true, kind: 'article', reasons: [], title: 'Bridge repair approved',
  source: 'Riverside Chronicle', byline: '', published: '2 days ago', readingMinutes: 2, language: 'en',
  text: 'Body.', html: '<p>Body.</p>', related: [], removed: { promo: 0, duplicates: 0, log: [] },
};

/** The shadow roots the view attaches, caught as they are made (page code never gets them: they are closed). */
let roots: ShadowRoot[] = [];
const attachShadow = Element.prototype.attachShadow;

/** Lets the MutationObserver callbacks run. */
const settle = () => new Promise((done) => setTimeout(done, 0));

describe('InPageView', () => {
  beforeEach(() => {
    window.scrollTo = () => {}; // jsdom does not implement scrolling
    roots = [];
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      const root = attachShadow.call(this, init);
      roots.push(root);
      return root;
    });
    if (!document.body) document.documentElement.append(document.createElement('body'));
    document.body.replaceChildren();
    for (const el of [...document.documentElement.children]) if (el !== document.head && el !== document.body) el.remove();
    const p = document.createElement('p');
    p.textContent = 'Original page';
    document.body.append(p);
  });
  afterEach(() => vi.restoreAllMocks());

  it('swaps the body for the reader view in a closed root, and back to the very same node', () => {
    const original = document.body;
    const marker = original.firstElementChild;
    let clicks = 0;
    original.addEventListener('click', () => clicks++);
    const view = new InPageView(document);

    view.show(RESULT, 20);
    expect(view.isShowing).toBe(true);
    expect(document.body).not.toBe(original);
    expect(original.isConnected).toBe(false);
    expect(view.bodySwap?.original).toBe(original);
    expect(view.bodySwap).toEqual({ shown: document.body, original });
    // Closed: page scripts see no root on the host, and no view in the document.
    expect(document.body.shadowRoot).toBeNull();
    expect(document.querySelector('.pp-title')).toBeNull();
    const [shadow] = roots;
    expect(shadow?.mode).toBe('closed');
    expect(shadow!.querySelector('.pp-title')?.textContent).toBe('Bridge repair approved');
    expect((shadow!.querySelector('.pp-reader') as HTMLElement).style.getPropertyValue('--pp-text-size')).toBe('20px');
    expect(document.body.childNodes).toHaveLength(0); // nothing of ours in the page's light DOM

    (shadow!.querySelector('.pp-show-original') as HTMLButtonElement).click();
    expect(view.isShowing).toBe(false);
    expect(view.bodySwap).toBeNull();
    expect(document.body).toBe(original);
    expect(document.body.firstElementChild).toBe(marker);
    document.body.click();
    expect(clicks).toBe(1); // the page's listeners came back with it
  });

  it('shows once and restores once', () => {
    const view = new InPageView(document);
    const original = document.body;
    view.show(RESULT, 18);
    const host = document.body;
    view.show(RESULT, 18);
    expect(document.body).toBe(host);
    view.restore();
    view.restore();
    expect(document.body).toBe(original);
    expect(view.bodySwap).toBeNull();
  });

  it('"Show original" is not the page taking the view away', async () => {
    const removed = vi.fn();
    const view = new InPageView(document, { onRemovedByPage: removed });
    view.show(RESULT, 18);
    view.restore();
    await settle();
    expect(removed).not.toHaveBeenCalled();
  });

  it('a page script putting its own body back: the view says so, and its bar offers to clean again', async () => {
    const removed = vi.fn();
    const view = new InPageView(document, { onRemovedByPage: removed });
    const original = document.body;
    view.show(RESULT, 18);
    document.documentElement.replaceChild(original, document.body); // what the page did in issue 13
    await settle();
    expect(removed).toHaveBeenCalledTimes(1);
    expect(view.isShowing).toBe(false);
    expect(view.bodySwap).toBeNull();

    const again = vi.fn();
    view.offerCleanAgain(again);
    const notice = document.documentElement.lastElementChild!;
    expect(notice.parentElement).toBe(document.documentElement); // outside the page's body
    expect(original.contains(notice)).toBe(false);
    const bar = roots.at(-1)!;
    expect(bar.mode).toBe('closed');
    expect(bar.textContent).toContain('took Plainpage’s cleaned view away');
    (bar.querySelector('.pp-clean-again') as HTMLButtonElement).click();
    expect(again).toHaveBeenCalledTimes(1);
    expect(notice.isConnected).toBe(false);

    // Cleaning again shows the view again, watched again.
    view.show(RESULT, 18);
    expect(view.isShowing).toBe(true);
    document.body.remove();
    await settle();
    expect(removed).toHaveBeenCalledTimes(2);
  });

  it('a page that replaces its whole document element takes the view away too', async () => {
    const removed = vi.fn();
    const view = new InPageView(document, { onRemovedByPage: removed });
    view.show(RESULT, 18);
    const html = document.documentElement;
    const fresh = document.createElement('html');
    fresh.append(document.createElement('head'), document.createElement('body'));
    document.replaceChild(fresh, html);
    await settle();
    expect(removed).toHaveBeenCalledTimes(1);
    document.replaceChild(html, fresh); // leave the document as other tests expect it
  });

  it('a page appending to the host (its old body reference) is not taking the view away', async () => {
    const removed = vi.fn();
    const view = new InPageView(document, { onRemovedByPage: removed });
    view.show(RESULT, 18);
    const ad = document.createElement('div');
    ad.textContent = 'Sponsored';
    document.body.append(ad);
    await settle();
    expect(removed).not.toHaveBeenCalled();
    expect(view.isShowing).toBe(true);
  });

  it('offers Re-clean and Stop auto-cleaning in its bar only when asked to, before Show original', () => {
    const plain = new InPageView(document);
    plain.show(RESULT, 18);
    expect(roots[0]!.querySelector('.pp-reclean, .pp-stop-auto-clean')).toBeNull();
    plain.restore();

    const reclean = vi.fn();
    const stop = vi.fn();
    const view = new InPageView(document, { onReclean: reclean, onStopAutoClean: stop });
    view.show(RESULT, 18);
    const shadow = roots.at(-1)!;
    // The actions group (the reading settings panel takes the bar's last row, below it).
    const actions = shadow.querySelector('.pp-bar > .pp-bar-actions')!;
    expect(shadow.querySelector('.pp-bar')!.lastElementChild!.className).toBe('pp-settings');
    const names = [...actions.querySelectorAll('button')].map((b) => b.textContent);
    expect(names).toEqual(['Re-clean', 'Stop auto-cleaning this site', 'Show original']);
    for (const b of actions.querySelectorAll('button')) expect(b.type).toBe('button');
    (shadow.querySelector('.pp-reclean') as HTMLButtonElement).click();
    (shadow.querySelector('.pp-stop-auto-clean') as HTMLButtonElement).click();
    expect([reclean.mock.calls.length, stop.mock.calls.length]).toEqual([1, 1]);
    expect(view.isShowing).toBe(true); // the handlers decide what happens next
  });

  it('refresh() shows a new result in the view that is up, keeping the bar and the focus, and says so', () => {
    const view = new InPageView(document, { onReclean: () => {} });
    const original = document.body;
    view.show(RESULT, 20);
    const shadow = roots.at(-1)!;
    const button = shadow.querySelector('.pp-reclean') as HTMLButtonElement;
    button.focus();
    const readAloud = shadow.querySelector('.pp-read-aloud');
    view.refresh({ ...RESULT, title: 'Bridge repair approved, funding agreed', html: '<p>Body.</p><p>Update: funding agreed.</p>', readingMinutes: 3 });
    expect(shadow.querySelector('.pp-title')?.textContent).toBe('Bridge repair approved, funding agreed');
    expect(shadow.querySelector('.pp-body')?.textContent).toBe('Body.Update: funding agreed.');
    expect(shadow.querySelectorAll('.pp-article')).toHaveLength(1);
    expect(shadow.querySelector('.pp-reclean')).toBe(button);
    expect(shadow.activeElement).toBe(button);
    expect(shadow.querySelectorAll('.pp-read-aloud')).toHaveLength(1);
    expect(shadow.querySelector('.pp-read-aloud')).not.toBe(readAloud); // made for the new article
    expect(shadow.querySelector('[role="status"]')?.textContent).toBe('Cleaned again: Article ready, 3 min read');
    expect((shadow.querySelector('.pp-reader') as HTMLElement).style.getPropertyValue('--pp-text-size')).toBe('20px');
    expect(view.bodySwap?.original).toBe(original);
    view.restore();
    expect(document.body).toBe(original);
    view.refresh(RESULT); // not up: nothing to refresh
    expect(document.body).toBe(original);
  });

  it('showOriginalWithNotice() puts the page back and gives the focus to the notice\'s Close button', () => {
    const view = new InPageView(document, { onStopAutoClean: () => {} });
    const original = document.body;
    view.show(RESULT, 18);
    (roots.at(-1)!.querySelector('.pp-stop-auto-clean') as HTMLButtonElement).focus();
    view.showOriginalWithNotice('Auto-clean is off for news.example.');
    expect(view.isShowing).toBe(false);
    expect(document.body).toBe(original);
    const notice = document.documentElement.lastElementChild!;
    expect(original.contains(notice)).toBe(false);
    const shadow = roots.at(-1)!;
    expect(shadow.mode).toBe('closed');
    expect(shadow.querySelector('.pp-bar-label')?.textContent).toBe('Auto-clean is off for news.example.');
    const close = shadow.querySelector('.pp-notice-close') as HTMLButtonElement;
    expect(close.textContent).toBe('Close');
    expect(close.getAttribute('aria-describedby')).toBe('pp-notice-text');
    expect(shadow.activeElement).toBe(close);
    close.click();
    expect(notice.isConnected).toBe(false);
  });
});

describe('InPageView keyboard and document', () => {
  beforeEach(() => {
    window.scrollTo = () => {};
    // A fresh body: a view an earlier test left up is then no longer showing.
    const body = document.createElement('body');
    body.append(Object.assign(document.createElement('p'), { textContent: 'Original page' }));
    if (document.body) document.documentElement.replaceChild(body, document.body);
    else document.documentElement.append(body);
    document.documentElement.removeAttribute('lang');
    for (const t of document.querySelectorAll('title')) t.remove();
  });

  it('Escape is "Show original"; other keys and modified Escape do nothing', () => {
    const original = document.body;
    const view = new InPageView(document);
    view.show(RESULT, 18);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', ctrlKey: true, bubbles: true }));
    expect(view.isShowing).toBe(true);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(view.isShowing).toBe(false);
    expect(document.body).toBe(original);
    // Once restored, Escape is the page's again: nothing of ours listens.
    view.show(RESULT, 18);
    view.restore();
    const seen = vi.fn();
    document.addEventListener('keydown', (e) => seen(e.defaultPrevented));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(seen).toHaveBeenCalledWith(false);
  });

  it('gives a page without lang or title both while the view is up, and takes them back exactly', () => {
    const before = document.documentElement.outerHTML;
    const view = new InPageView(document);
    view.show({ ...RESULT, language: 'de' }, 18);
    expect(document.documentElement.getAttribute('lang')).toBe('de');
    expect(document.title).toBe('Bridge repair approved');
    view.restore();
    expect(document.documentElement.hasAttribute('lang')).toBe(false);
    expect(document.querySelector('title')).toBeNull();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('leaves a page its own lang and title, and fills an empty title only for the while', () => {
    document.documentElement.setAttribute('lang', 'fr');
    const title = document.head.appendChild(document.createElement('title'));
    const view = new InPageView(document);
    view.show(RESULT, 18);
    expect(document.documentElement.getAttribute('lang')).toBe('fr');
    expect(document.title).toBe('Bridge repair approved');
    view.restore();
    expect(title.isConnected && title.textContent).toBe('');
    title.textContent = 'Le pont';
    view.show(RESULT, 18);
    expect(document.title).toBe('Le pont');
    view.restore();
    expect(document.title).toBe('Le pont');
    title.remove();
  });

  it('answers +, −, T and ? while it is up, asks for them to be remembered, and drops them on Show original', () => {
    const changes: unknown[] = [];
    let root!: ShadowRoot;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementationOnce(function (this: Element, init: ShadowRootInit) {
      return (root = attachShadow.call(this, init));
    });
    const view = new InPageView(document, { onSettingsChange: (change) => changes.push(change) });
    view.show(RESULT, 18, { theme: 'dark', font: 'serif', width: 'medium', lineSpacing: 'normal' });
    const reader = root.querySelector('.pp-reader') as HTMLElement;
    const press = (key: string, init: KeyboardEventInit = {}) => {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
      document.body.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(press('+')).toBe(true);
    expect(reader.style.getPropertyValue('--pp-text-size')).toBe('20px');
    expect(press('t')).toBe(true);
    expect(reader.dataset.theme).toBe('contrast');
    expect(press('-', { ctrlKey: true })).toBe(false); // the browser's zoom
    expect(reader.style.getPropertyValue('--pp-text-size')).toBe('20px');
    expect(changes).toEqual([{ textSize: 20 }, { reading: { theme: 'contrast' } }]);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Theme: High contrast');
    expect(press('?')).toBe(true);
    expect(root.querySelector('dialog')?.hasAttribute('open')).toBe(true);
    // Escape closes the card first, then leaves the view.
    expect(press('Escape')).toBe(true);
    expect(root.querySelector('dialog')?.hasAttribute('open')).toBe(false);
    expect(view.isShowing).toBe(true);
    press('Escape');
    expect(view.isShowing).toBe(false);
    expect(press('+')).toBe(false);
    expect(changes).toHaveLength(2);
    vi.restoreAllMocks();
  });

  it('announces a short status, not the article', () => {
    const roots: ShadowRoot[] = [];
    const attach = Element.prototype.attachShadow;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    });
    const view = new InPageView(document);
    view.show(RESULT, 18);
    const live = [...roots[0]!.querySelectorAll('[role="status"], [aria-live]')];
    expect(live.map((n) => n.textContent)).toEqual(['Article ready, 2 min read']);
    view.restore();
    vi.restoreAllMocks();
  });
});

describe('InPageView on a page whose named images shadow document members (issue 13)', () => {
  it('still shows, patches and leaves on Escape when document.addEventListener, querySelector, title and head are page elements', () => {
    const body = document.createElement('body');
    document.documentElement.replaceChild(body, document.body);
    for (const t of document.querySelectorAll('title')) t.remove();
    window.scrollTo = () => {};
    // What a browser does for <img name="…"> ([LegacyOverrideBuiltIns]); jsdom does not, so the test does it.
    const names = ['addEventListener', 'removeEventListener', 'querySelector', 'title', 'head'];
    for (const name of names) {
      const img = body.appendChild(document.createElement('img'));
      img.setAttribute('name', name);
      Object.defineProperty(document, name, { value: img, configurable: true });
    }
    try {
      const view = new InPageView(document);
      view.show(RESULT, 18);
      expect(view.isShowing).toBe(true);
      expect(document.documentElement.querySelector('title')?.textContent).toBe('Bridge repair approved');
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      expect(view.isShowing).toBe(false);
      expect(document.documentElement.querySelector('title')).toBeNull();
    } finally {
      for (const name of names) delete (document as unknown as Record<string, unknown>)[name];
    }
  });
});

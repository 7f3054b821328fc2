import { beforeEach, describe, expect, it } from 'vitest';
import type { CleanResult } from '../../../src/core/types.ts';
import { InPageView } from '../../../src/content/in-page-view.ts';

const RESULT: CleanResult = {
  url: 'https://digest.example/news/1', detected: true, autoClean: true, kind: 'article', reasons: [], title: 'Bridge repair approved',
  source: 'Riverside Chronicle', byline: '', published: '2 days ago', readingMinutes: 2, language: 'en',
  text: 'Body.', html: '<p>Body.</p>', related: [], removed: { promo: 0, duplicates: 0, log: [] },
};

describe('InPageView', () => {
  beforeEach(() => {
    window.scrollTo = () => {}; // jsdom does not implement scrolling
    document.body.replaceChildren();
    const p = document.createElement('p');
    p.textContent = 'Original page';
    document.body.append(p);
  });

  it('swaps the body for the reader view and back to the very same node', () => {
    const original = document.body;
    const marker = original.firstElementChild;
    let clicks = 0;
    original.addEventListener('click', () => clicks++);
    const view = new InPageView(document);

    view.show(RESULT, 20);
    expect(view.isShowing).toBe(true);
    expect(document.body).not.toBe(original);
    expect(original.isConnected).toBe(false);
    expect(view.originalBody).toBe(original);
    const shadow = document.body.shadowRoot!;
    expect(shadow.querySelector('.pp-title')?.textContent).toBe('Bridge repair approved');
    expect((shadow.querySelector('.pp-reader') as HTMLElement).style.getPropertyValue('--pp-text-size')).toBe('20px');
    expect(document.body.childNodes).toHaveLength(0); // nothing of ours in the page's light DOM

    (shadow.querySelector('.pp-show-original') as HTMLButtonElement).click();
    expect(view.isShowing).toBe(false);
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
    expect(view.originalBody).toBeNull();
  });
});

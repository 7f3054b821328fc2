// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../../src/cli/load-page.ts';

const FILE = 'file:///tmp/saved/page.html';
const page = (head: string) => `<!doctype html><html><head>${head}</head><body><a href="story">s</a></body></html>`;

describe('loadPage base URL', () => {
  it('uses the explicit URL over a canonical link', () => {
    const loaded = loadPage(page('<link rel="canonical" href="https://news.example/a">'), FILE, 'https://given.example/x');
    expect(loaded.url).toBe('https://given.example/x');
    expect(loaded.urlFrom).toBe('option');
    expect(loaded.document.URL).toBe('https://given.example/x');
    loaded.dom.window.close();
  });

  it('uses the canonical link, and relative links resolve against it', () => {
    const loaded = loadPage(page('<link rel="Canonical" href="https://news.example/world/a">'), FILE, null);
    expect(loaded.url).toBe('https://news.example/world/a');
    expect(loaded.urlFrom).toBe('canonical');
    expect(loaded.document.querySelector('a')!.href).toBe('https://news.example/world/story');
    loaded.dom.window.close();
  });

  it('resolves a relative canonical against a fetched location', () => {
    const loaded = loadPage(page('<link rel="canonical" href="/world/a?x=1">'), 'https://news.example/amp/a', null);
    expect(loaded.url).toBe('https://news.example/world/a?x=1');
    loaded.dom.window.close();
  });

  it('ignores canonical links that are not http(s) and falls back to the location', () => {
    for (const href of ['javascript:alert(1)', 'data:text/html,x', '/relative-on-a-file', '']) {
      const loaded = loadPage(page(`<link rel="canonical" href="${href}">`), FILE, null);
      expect(loaded.url, href).toBe(FILE);
      expect(loaded.urlFrom).toBe('location');
      loaded.dom.window.close();
    }
  });

  it('does not run the page scripts', () => {
    const loaded = loadPage(page('<script>document.title = "ran"</script><title>static</title>'), FILE, null);
    expect(loaded.document.title).toBe('static');
    loaded.dom.window.close();
  });

  it('still parses a page whose stylesheet makes jsdom throw, without its <style> blocks', () => {
    // jsdom 29 throws out of the whole parse on this (seen on a real benchmark page).
    const css = '<style>.a{min-height: calc(($w - $s - 16px) / 16 * 9)}</style>';
    const loaded = loadPage(page(`${css}<title>kept</title>`), FILE, null);
    expect(loaded.document.title).toBe('kept');
    expect(loaded.document.querySelector('style')).toBeNull();
    expect(loaded.document.querySelector('a')!.textContent).toBe('s');
    loaded.dom.window.close();
  });
});

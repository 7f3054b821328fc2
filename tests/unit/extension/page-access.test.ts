// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { classifyPage, UNREADABLE_ERROR } from '../../../src/popup/page-access.ts';
import { tabIdFromSearch } from '../../../src/popup/tab-target.ts';
import { autoCleanScriptId, isAutoCleanScriptId, matchPatternFor, webOriginOf } from '../../../src/settings/site-access.ts';

describe('classifyPage', () => {
  const unreadable = (url: string, fileAccess = false) => {
    const access = classifyPage(url, fileAccess);
    return access.readable ? 'readable' : access.reason;
  };

  it('reads ordinary web pages, and tabs whose URL it may not see yet', () => {
    expect(unreadable('https://www.theguardian.com/world/2025/aug/13/russia-whatsapp')).toBe('readable');
    expect(unreadable('http://127.0.0.1:4179/demo/aggregator-article.html')).toBe('readable');
    expect(classifyPage(undefined, false)).toEqual({ readable: true });
  });

  it('refuses browser pages, extension pages and other special schemes', () => {
    for (const url of ['chrome://settings/', 'about:addons', 'about:blank', 'edge://flags', 'chrome-extension://abc/popup.html', 'moz-extension://x/y', 'view-source:https://a.example/', 'data:text/html,hi', 'devtools://devtools/bundled/inspector.html']) {
      expect(unreadable(url), url).toBe('browser-page');
    }
  });

  it('refuses the extension stores', () => {
    expect(unreadable('https://chromewebstore.google.com/detail/abc')).toBe('extension-store');
    expect(unreadable('https://chrome.google.com/webstore/detail/abc')).toBe('extension-store');
    expect(unreadable('https://addons.mozilla.org/en-GB/firefox/addon/x/')).toBe('extension-store');
    expect(unreadable('https://addons.mozilla.org.evil.example/')).toBe('readable');
  });

  it('refuses PDFs and, without the user\'s switch, local files', () => {
    expect(unreadable('https://a.example/report.PDF')).toBe('pdf');
    expect(unreadable('https://a.example/report.pdf?page=2')).toBe('pdf');
    expect(unreadable('file:///home/me/article.html')).toBe('file-access');
    expect(unreadable('file:///home/me/article.html', true)).toBe('readable');
    expect(unreadable('file:///home/me/paper.pdf', true)).toBe('pdf');
    expect(unreadable('not a url')).toBe('not-web');
  });

  it('recognises the browsers\' refusals as "unreadable"', () => {
    expect(UNREADABLE_ERROR.test('Cannot access contents of the page. Extension manifest must request permission to access the respective host.')).toBe(true);
    expect(UNREADABLE_ERROR.test('The extensions gallery cannot be scripted.')).toBe(true);
    expect(UNREADABLE_ERROR.test('Missing host permission for the tab')).toBe(true);
    expect(UNREADABLE_ERROR.test('TypeError: x is undefined')).toBe(false);
  });
});

describe('site access', () => {
  it('keys sites by origin and drops the port from the match pattern (Firefox forbids ports)', () => {
    expect(webOriginOf('https://news.example/a/b?c#d')).toBe('https://news.example');
    expect(webOriginOf('http://127.0.0.1:4179/x')).toBe('http://127.0.0.1:4179');
    expect(webOriginOf('chrome://settings')).toBeNull();
    expect(webOriginOf(undefined)).toBeNull();
    expect(matchPatternFor('http://127.0.0.1:4179')).toBe('http://127.0.0.1/*');
    expect(matchPatternFor('https://news.example')).toBe('https://news.example/*');
    expect(autoCleanScriptId('https://news.example')).toBe('plainpage-auto:https://news.example');
    expect(isAutoCleanScriptId('plainpage-auto:https://news.example')).toBe(true);
    expect(isAutoCleanScriptId('other')).toBe(false);
  });

  it('reads the popup\'s ?tabId= override strictly', () => {
    expect(tabIdFromSearch('?tabId=42')).toBe(42);
    expect(tabIdFromSearch('?tabId=0')).toBe(0);
    for (const bad of ['', '?tabId=', '?tabId=-1', '?tabId=4.2', '?tabId=1e3', '?tabId=abc', '?tab=3']) expect(tabIdFromSearch(bad), bad).toBeNull();
  });
});

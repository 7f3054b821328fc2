// @vitest-environment node
/** The side panel (issue 11): the adapter over sidePanel / sidebarAction, the hand-off, where the article comes from, the command. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CleanResult } from '../../../src/core/types.ts';

const api = vi.hoisted(() => ({ browser: {} as Record<string, unknown>, calls: [] as string[], reply: undefined as unknown, sent: [] as unknown[] }));
vi.mock('../../../src/platform/browser-api.ts', () => ({
  get default() {
    return api.browser;
  },
}));
vi.mock('../../../src/platform/storage.ts', async () => (await import('./fake-storage.ts')).createFakeStorage().module);
vi.mock('../../../src/platform/scripting.ts', () => ({
  runInTab: async (tabId: number, func: { name: string }) => {
    api.calls.push(`run ${func.name} ${tabId}`);
    return func.name === 'snapshotPage' ? { ok: true, html: '<p>page</p>', url: 'https://news.example/second', baseUrl: 'https://news.example/second' } : undefined;
  },
}));
// The engine itself is tested elsewhere (clean-tab.test.ts); here, what it answers for the snapshot.
vi.mock('../../../src/engine-host/clean-snapshot.ts', () => ({
  cleanSnapshot: (snapshot: { html: string }) => {
    api.calls.push(`clean ${snapshot.html}`);
    return api.reply;
  },
}));
vi.mock('../../../src/platform/runtime.ts', () => ({
  sendMessage: async (message: unknown) => void api.sent.push(message),
}));

const { hasSidePanel, openSidePanel } = await import('../../../src/platform/side-panel.ts');
const { loadForPanel, onPanelHandoff, samePage, storeForPanel } = await import('../../../src/sidepanel/panel-handoff.ts');
const { acceptsHandoff, articleForTab } = await import('../../../src/sidepanel/panel-source.ts');
const { handleCommand, OPEN_SIDE_PANEL_COMMAND } = await import('../../../src/background/side-panel-command.ts');

const URL_A = 'https://news.example/story';
const result = (title: string, url = URL_A): CleanResult => ({
  url, detected: true, autoClean: true, kind: 'article', reasons: [], title, source: '', byline: '', published: '',
  readingMinutes: 1, language: 'en', text: 'x', html: '<p>x</p>', related: [], removed: { promo: 0, duplicates: 0, log: [] },
});

beforeEach(() => {
  api.browser = {};
  api.calls = [];
  api.sent = [];
  api.reply = { ok: true, result: result('Cleaned by the panel') };
});

describe('the side panel adapter', () => {
  it('Chrome: sidePanel.open({tabId}), called at once (inside the user gesture)', async () => {
    let resolveOpen!: () => void;
    const open = vi.fn(() => new Promise<void>((r) => (resolveOpen = r)));
    api.browser = { sidePanel: { open } };
    expect(hasSidePanel()).toBe(true);
    const opening = openSidePanel(7);
    // Called synchronously: no await happened before it.
    expect(open).toHaveBeenCalledWith({ tabId: 7 });
    resolveOpen();
    await expect(opening).resolves.toBeUndefined();
  });

  it('Firefox: sidebarAction.open() (the sidebar belongs to the window)', async () => {
    const open = vi.fn(async () => {});
    api.browser = { sidebarAction: { open } };
    expect(hasSidePanel()).toBe(true);
    await openSidePanel(7);
    expect(open).toHaveBeenCalledWith();
  });

  it('a browser with neither: no button, and a clear error if asked', async () => {
    expect(hasSidePanel()).toBe(false);
    await expect(openSidePanel(7)).rejects.toThrow('This browser has no side panel for extensions.');
  });
});

describe('the hand-off from the popup', () => {
  it('is the tab\'s article while the tab still shows that page (a #fragment is the same page)', async () => {
    expect(await storeForPanel(3, result('From the popup'), true)).toBe(true);
    expect((await loadForPanel(3, URL_A))?.title).toBe('From the popup');
    expect((await loadForPanel(3, `${URL_A}#comments`))?.title).toBe('From the popup');
    expect(await loadForPanel(4, URL_A)).toBeNull(); // another tab
    expect(await loadForPanel(3, 'https://news.example/other')).toBeNull(); // the tab moved on
    expect(await loadForPanel(3, undefined)).toBeNull(); // cannot tell
    expect(samePage(undefined, undefined)).toBe(false);
  });

  it('reaches an open panel', async () => {
    const seen: unknown[] = [];
    const stop = onPanelHandoff((h) => seen.push([h.tabId, h.open, h.result.title]));
    await storeForPanel(5, result('New'));
    stop();
    await storeForPanel(5, result('Unheard'));
    expect(seen).toEqual([[5, false, 'New']]);
  });
});

describe('where the panel\'s article comes from', () => {
  it('the popup\'s hand-off first, without cleaning the page again', async () => {
    await storeForPanel(3, result('From the popup'));
    const outcome = await articleForTab({ id: 3, url: URL_A, title: '' });
    expect(outcome).toMatchObject({ kind: 'ready', result: { title: 'From the popup' } });
    expect(api.calls).toEqual([]);
  });

  it('else it cleans the tab itself, as the popup does', async () => {
    const outcome = await articleForTab({ id: 9, url: 'https://news.example/second', title: '' });
    expect(outcome).toMatchObject({ kind: 'ready', result: { title: 'Cleaned by the panel' } });
    expect(api.calls).toEqual(['run snapshotPage 9', 'clean <p>page</p>']);
  });

  it('"Clean anyway" cleans again even with a hand-off', async () => {
    await storeForPanel(3, result('From the popup'));
    expect(await articleForTab({ id: 3, url: URL_A, title: '' }, { force: true })).toMatchObject({ result: { title: 'Cleaned by the panel' } });
  });

  it('a tab Plainpage may not read (no address: no activeTab, no site access) needs a click, and nothing is injected', async () => {
    expect(await articleForTab({ id: 11, url: undefined, title: undefined })).toEqual({ kind: 'needs-access' });
    expect(api.calls).toEqual([]);
  });

  it('browser pages and PDFs get their message; no tab, its own', async () => {
    expect(await articleForTab({ id: 1, url: 'chrome://settings/', title: '' })).toEqual({ kind: 'unreadable', reason: 'browser-page' });
    expect(await articleForTab({ id: 1, url: 'https://a.example/report.pdf', title: '' })).toEqual({ kind: 'unreadable', reason: 'pdf' });
    expect(await articleForTab(null)).toEqual({ kind: 'no-tab' });
    expect(api.calls).toEqual([]);
  });
});

describe('which hand-offs replace what the panel shows', () => {
  const view = { shownTabId: 1, activeTabId: 2, follow: false };
  it('"Open beside the page" always; the shown tab cleaned again always; another tab only when following and active', () => {
    expect(acceptsHandoff(view, { tabId: 5, open: true })).toBe(true);
    expect(acceptsHandoff(view, { tabId: 1, open: false })).toBe(true);
    expect(acceptsHandoff(view, { tabId: 2, open: false })).toBe(false);
    expect(acceptsHandoff({ ...view, follow: true }, { tabId: 2, open: false })).toBe(true);
    expect(acceptsHandoff({ ...view, follow: true }, { tabId: 3, open: false })).toBe(false);
  });
});

describe('the open-side-panel command', () => {
  it('opens the panel on the tab at once, then tells an open panel to show that tab', async () => {
    const open = vi.fn(async () => {});
    api.browser = { sidePanel: { open } };
    const work = handleCommand(OPEN_SIDE_PANEL_COMMAND, 4);
    expect(open).toHaveBeenCalledWith({ tabId: 4 });
    await work;
    expect(api.sent).toEqual([{ type: 'plainpage:panel-show', tabId: 4 }]);
  });

  it('ignores other commands and a command with no tab', () => {
    const open = vi.fn(async () => {});
    api.browser = { sidePanel: { open } };
    expect(handleCommand('_execute_action', 4)).toBeUndefined();
    expect(handleCommand(OPEN_SIDE_PANEL_COMMAND, undefined)).toBeUndefined();
    expect(open).not.toHaveBeenCalled();
  });

  it('a refused open is logged, not thrown', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    api.browser = { sidePanel: { open: async () => Promise.reject(new Error('`sidePanel.open()` may only be called in response to a user gesture.')) } };
    await expect(handleCommand(OPEN_SIDE_PANEL_COMMAND, 4)).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalled();
    expect(api.sent).toEqual([]);
    warn.mockRestore();
  });
});

// @vitest-environment jsdom
/** The options page's site list, and the shortcuts adapter (Firefox's openShortcutSettings, else Chrome's page). */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const api = vi.hoisted(() => ({
  commands: {
    getAll: vi.fn(async () => [{ name: '_execute_action', description: '', shortcut: 'Alt+Shift+P' }, { name: 'other' }]),
    openShortcutSettings: undefined as undefined | (() => Promise<void>),
  },
  tabs: { create: vi.fn(async (_: { url: string }) => ({})) },
}));
vi.mock('../../../src/platform/browser-api.ts', () => ({ default: api }));

const { CHROME_SHORTCUTS_URL, getShortcuts, openShortcutSettings } = await import('../../../src/platform/commands.ts');
const { focusAfterRemoval, renderSiteList, siteLabel } = await import('../../../src/options/site-list.ts');

describe('shortcuts adapter', () => {
  beforeEach(() => {
    api.tabs.create.mockClear();
    api.commands.openShortcutSettings = undefined;
  });

  it('lists commands with their shortcut, "" when none is set', async () => {
    expect(await getShortcuts()).toEqual([
      { name: '_execute_action', description: '', shortcut: 'Alt+Shift+P' },
      { name: 'other', description: '', shortcut: '' },
    ]);
  });

  it('uses commands.openShortcutSettings where the browser has it (Firefox)', async () => {
    const open = vi.fn(async () => {});
    api.commands.openShortcutSettings = open;
    await openShortcutSettings();
    expect(open).toHaveBeenCalledOnce();
    expect(api.tabs.create).not.toHaveBeenCalled();
  });

  it("opens Chrome's shortcuts page in a tab otherwise", async () => {
    await openShortcutSettings();
    expect(api.tabs.create).toHaveBeenCalledWith({ url: CHROME_SHORTCUTS_URL });
  });
});

describe('site list', () => {
  function setUp() {
    document.body.replaceChildren();
    const list = document.body.appendChild(document.createElement('ul'));
    const empty = document.body.appendChild(document.createElement('p'));
    const heading = document.body.appendChild(document.createElement('h2'));
    heading.tabIndex = -1;
    return { list, empty, heading };
  }

  it('names sites by host, marks http, keeps ports', () => {
    expect(siteLabel('https://news.example')).toBe('news.example');
    expect(siteLabel('http://127.0.0.1:4179')).toBe('127.0.0.1:4179 (http)');
  });

  it('lists each site with a Remove button that names it, sorted; the empty note when none', () => {
    const { list, empty } = setUp();
    const removed: string[] = [];
    renderSiteList(list, empty, ['https://zeitung.example', 'https://news.example'], { onRemove: (o) => removed.push(o) });
    expect([...list.querySelectorAll('li')].map((li) => li.dataset.origin)).toEqual(['https://news.example', 'https://zeitung.example']);
    const buttons = [...list.querySelectorAll('button')];
    expect(buttons.map((b) => [b.textContent, b.getAttribute('aria-label')])).toEqual([
      ['Remove', 'Remove news.example'],
      ['Remove', 'Remove zeitung.example'],
    ]);
    expect([list.hidden, empty.hidden]).toEqual([false, true]);
    buttons[1]!.click();
    expect(removed).toEqual(['https://zeitung.example']);
    renderSiteList(list, empty, [], { onRemove: () => {} });
    expect([list.children.length, list.hidden, empty.hidden]).toEqual([0, true, false]);
  });

  it('after a removal, focus goes to the next Remove button, the previous one for the last, else the heading', () => {
    const { list, empty, heading } = setUp();
    renderSiteList(list, empty, ['https://a.example', 'https://c.example'], { onRemove: () => {} });
    focusAfterRemoval(list, 1, heading); // b.example (index 1) was removed
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Remove c.example');
    focusAfterRemoval(list, 2, heading); // the last one was removed
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Remove c.example');
    renderSiteList(list, empty, [], { onRemove: () => {} });
    focusAfterRemoval(list, 0, heading);
    expect(document.activeElement).toBe(heading);
  });
});

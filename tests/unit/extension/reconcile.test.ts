// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema.ts';

const state = vi.hoisted(() => ({
  granted: new Set<string>(),
  registered: [] as { id: string; matches: string[] }[],
  calls: [] as string[],
}));

vi.mock('../../../src/platform/storage.ts', async () => (await import('./fake-storage.ts')).createFakeStorage().module);
vi.mock('../../../src/platform/permissions.ts', () => ({
  containsOrigins: async (origins: string[]) => origins.every((o) => state.granted.has(o)),
}));
vi.mock('../../../src/platform/scripting.ts', () => ({
  getRegisteredContentScripts: async () => structuredClone(state.registered),
  registerContentScript: async (id: string, matches: string[], files: string[]) => {
    if (state.registered.some((s) => s.id === id)) throw new Error(`Duplicate script ID '${id}'`);
    state.calls.push(`register ${id} ${matches.join(',')} ${files.join(',')}`);
    state.registered.push({ id, matches });
  },
  unregisterContentScripts: async (ids: string[]) => {
    if (ids.length === 0) return;
    state.calls.push(`unregister ${ids.join(',')}`);
    state.registered = state.registered.filter((s) => !ids.includes(s.id));
  },
}));

const { reconcile, scheduleReconcile } = await import('../../../src/background/reconcile.ts');
const { loadSettings, saveSettings } = await import('../../../src/settings/store.ts');

async function enable(...origins: string[]) {
  await saveSettings({ ...DEFAULT_SETTINGS, autoClean: Object.fromEntries(origins.map((o) => [o, true as const])) });
}

beforeEach(async () => {
  state.granted.clear();
  state.registered = [];
  state.calls = [];
  await enable();
});

describe('reconcile', () => {
  it('registers a script per enabled, permitted site, with a fixed id and a port-less pattern', async () => {
    await enable('https://news.example', 'http://127.0.0.1:4179');
    state.granted.add('https://news.example/*').add('http://127.0.0.1/*');
    const report = await reconcile();
    expect(state.registered).toEqual([
      { id: 'plainpage-auto:https://news.example', matches: ['https://news.example/*'] },
      { id: 'plainpage-auto:http://127.0.0.1:4179', matches: ['http://127.0.0.1/*'] },
    ]);
    expect(state.calls[0]).toBe('register plainpage-auto:https://news.example https://news.example/* content.js');
    expect(report.active).toEqual(['https://news.example', 'http://127.0.0.1:4179']);
    // A second run changes nothing.
    state.calls = [];
    await reconcile();
    expect(state.calls).toEqual([]);
  });

  it('re-registers what the browser dropped (Chrome on update / relaunch)', async () => {
    await enable('https://news.example');
    state.granted.add('https://news.example/*');
    await reconcile();
    state.registered = [];
    await reconcile({ pruneRevoked: true });
    expect(state.registered.map((s) => s.id)).toEqual(['plainpage-auto:https://news.example']);
  });

  it('unregisters switched-off sites and wrong patterns, and leaves other scripts alone', async () => {
    await enable('https://news.example');
    state.granted.add('https://news.example/*');
    state.registered = [
      { id: 'plainpage-auto:https://old.example', matches: ['https://old.example/*'] },
      { id: 'plainpage-auto:https://news.example', matches: ['https://wrong.example/*'] },
      { id: 'someone-else', matches: ['https://x.example/*'] },
    ];
    await reconcile();
    expect(state.registered).toEqual([
      { id: 'someone-else', matches: ['https://x.example/*'] },
      { id: 'plainpage-auto:https://news.example', matches: ['https://news.example/*'] },
    ]);
  });

  it('a revoked permission unregisters the site; pruning also switches it off in the settings', async () => {
    await enable('https://news.example', 'https://kept.example');
    state.granted.add('https://news.example/*').add('https://kept.example/*');
    await reconcile();
    state.granted.delete('https://news.example/*');

    await reconcile(); // while a prompt may be pending: setting kept, script gone
    expect(state.registered.map((s) => s.id)).toEqual(['plainpage-auto:https://kept.example']);
    expect(Object.keys((await loadSettings()).autoClean)).toEqual(['https://news.example', 'https://kept.example']);

    const report = await reconcile({ pruneRevoked: true });
    expect(report.pruned).toEqual(['https://news.example']);
    expect((await loadSettings()).autoClean).toEqual({ 'https://kept.example': true });
  });

  it('scheduled runs never overlap (two at once would register the same id twice)', async () => {
    await enable('https://news.example');
    state.granted.add('https://news.example/*');
    const reports = await Promise.all([scheduleReconcile(), scheduleReconcile(), scheduleReconcile({ pruneRevoked: true })]);
    expect(reports.map((r) => r.registered.length)).toEqual([1, 0, 0]);
    expect(state.registered).toHaveLength(1);
  });
});

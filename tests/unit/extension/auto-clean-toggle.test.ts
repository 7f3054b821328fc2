// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema.ts';

const calls = vi.hoisted(() => [] as string[]);
const answer = vi.hoisted(() => ({ grant: true, resolve: null as ((v: boolean) => void) | null }));

vi.mock('../../../src/platform/storage.ts', async () => (await import('./fake-storage.ts')).createFakeStorage().module);
vi.mock('../../../src/platform/permissions.ts', () => ({
  requestOrigins: (origins: string[]) => {
    calls.push(`request ${origins.join(',')}`);
    return new Promise<boolean>((resolve) => (answer.resolve = resolve));
  },
  removeOrigins: async (origins: string[]) => {
    calls.push(`remove ${origins.join(',')}`);
    return true;
  },
  containsOrigins: async () => answer.grant,
}));
vi.mock('../../../src/platform/runtime.ts', () => ({
  sendMessage: async (message: { type: string }) => void calls.push(`message ${message.type}`),
}));

const { isAutoCleanOn, switchAutoCleanOff, switchAutoCleanOn } = await import('../../../src/popup/auto-clean-toggle.ts');
const { loadSettings, saveSettings } = await import('../../../src/settings/store.ts');

beforeEach(async () => {
  calls.length = 0;
  answer.grant = true;
  await saveSettings({ ...DEFAULT_SETTINGS, autoClean: {} });
});

describe('auto-clean switch', () => {
  it('asks for the permission synchronously, before anything is awaited (Firefox user-gesture rule)', async () => {
    const pending = switchAutoCleanOn('https://news.example');
    // Still inside the click handler's synchronous part:
    expect(calls).toEqual(['request https://news.example/*']);
    answer.resolve!(true);
    expect(await pending).toBe(true);
    expect(calls).toEqual(['request https://news.example/*', 'message plainpage:reconcile']);
    expect((await loadSettings()).autoClean).toEqual({ 'https://news.example': true });
  });

  it('records the intent before the answer, so the background can finish if the popup closes', async () => {
    const pending = switchAutoCleanOn('https://news.example');
    await vi.waitFor(async () => expect((await loadSettings()).autoClean).toEqual({ 'https://news.example': true }));
    answer.resolve!(true);
    await pending;
  });

  it('a refused permission leaves the site switched off and registers nothing', async () => {
    const pending = switchAutoCleanOn('https://news.example');
    answer.resolve!(false);
    expect(await pending).toBe(false);
    expect((await loadSettings()).autoClean).toEqual({});
    expect(calls).not.toContain('message plainpage:reconcile');
  });

  it('switching off removes the setting and the permission, then reconciles', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, autoClean: { 'https://news.example': true } });
    expect(await switchAutoCleanOff('https://news.example')).toBe(false);
    expect(calls).toEqual(['remove https://news.example/*', 'message plainpage:reconcile']);
    expect((await loadSettings()).autoClean).toEqual({});
  });

  it('switching off from the background (the in-page bar) reconciles in place, without a message to itself', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, autoClean: { 'https://news.example': true } });
    const reconcileNow = vi.fn(async () => void calls.push('reconcile'));
    expect(await switchAutoCleanOff('https://news.example', reconcileNow)).toBe(false);
    expect(calls).toEqual(['remove https://news.example/*', 'reconcile']);
    expect((await loadSettings()).autoClean).toEqual({});
  });

  it('keeps the permission while another port of the same host is still on', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, autoClean: { 'http://127.0.0.1:4179': true, 'http://127.0.0.1:8080': true } });
    await switchAutoCleanOff('http://127.0.0.1:4179');
    expect(calls).toEqual(['message plainpage:reconcile']);
    expect((await loadSettings()).autoClean).toEqual({ 'http://127.0.0.1:8080': true });
  });

  it('shows "on" only when switched on AND still permitted', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, autoClean: { 'https://news.example': true } });
    expect(await isAutoCleanOn('https://news.example')).toBe(true);
    expect(await isAutoCleanOn('https://other.example')).toBe(false);
    answer.grant = false; // revoked in the browser's settings
    expect(await isAutoCleanOn('https://news.example')).toBe(false);
  });
});

// @vitest-environment node
/**
 * The background's part in auto-clean (issue 12): a content script's page snapshot goes to the
 * engine where a DOM is. Firefox: the engine the background page holds; Chrome: the offscreen
 * document, opened first. Only a page's content script is answered.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CleanSnapshotMessage } from '../../../src/background/messages.ts';
import { isCleanSnapshotMessage, isEngineCleanMessage } from '../../../src/background/messages.ts';
import { ENGINE_KEY } from '../../../src/engine-host/engine-key.ts';

const state = vi.hoisted(() => ({ calls: [] as string[], ensure: async (): Promise<void> => {}, reply: undefined as unknown }));
vi.mock('../../../src/platform/offscreen.ts', () => ({
  ensureOffscreenDocument: async (path: string) => {
    state.calls.push(`ensure ${path}`);
    return state.ensure();
  },
}));
vi.mock('../../../src/platform/runtime.ts', () => ({
  sendMessage: async (message: { type: string }) => {
    state.calls.push(`send ${message.type}`);
    return state.reply;
  },
}));

const { cleanForTab } = await import('../../../src/background/clean-for-tab.ts');

const message: CleanSnapshotMessage = {
  type: 'plainpage:clean-snapshot',
  snapshot: { ok: true, html: '<p>x</p>', url: 'https://news.example/a', baseUrl: 'https://news.example/a' },
  options: {},
};
const FROM_PAGE = { tabId: 4, url: 'https://news.example/a' };
const READY = { ok: true, result: { title: 'T' } };

beforeEach(() => {
  state.calls = [];
  state.ensure = async () => {};
  state.reply = READY;
});
afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for(ENGINE_KEY)];
});

describe('cleanForTab', () => {
  it('Chrome: opens the offscreen document, then forwards the snapshot to it', async () => {
    expect(await cleanForTab(message, FROM_PAGE)).toEqual(READY);
    expect(state.calls).toEqual(['ensure offscreen/offscreen.html', 'send plainpage:engine-clean']);
  });

  it('Firefox: the background page\'s own engine, no offscreen document', async () => {
    const engine = vi.fn(() => READY);
    Object.defineProperty(globalThis, Symbol.for(ENGINE_KEY), { value: engine, configurable: true });
    expect(await cleanForTab(message, FROM_PAGE)).toEqual(READY);
    expect(engine).toHaveBeenCalledWith(message.snapshot, message.options);
    expect(state.calls).toEqual([]);
  });

  it('a failure to open the document, or no answer, is an error reply (never a throw)', async () => {
    state.ensure = async () => {
      throw new Error('Only a single offscreen document may be created.');
    };
    expect(await cleanForTab(message, FROM_PAGE)).toEqual({ ok: false, error: 'Only a single offscreen document may be created.' });
    state.ensure = async () => {};
    state.reply = undefined;
    expect(await cleanForTab(message, FROM_PAGE)).toEqual({ ok: false, error: 'the engine did not answer' });
  });

  it('an extension page (no tab) is not answered with a clean', async () => {
    expect(await cleanForTab(message, {})).toMatchObject({ ok: false });
    expect(state.calls).toEqual([]);
  });
});

describe('the snapshot messages', () => {
  it('are recognised only with a snapshot of the right shape', () => {
    expect(isCleanSnapshotMessage(message)).toBe(true);
    expect(isEngineCleanMessage({ ...message, type: 'plainpage:engine-clean' })).toBe(true);
    expect(isEngineCleanMessage(message)).toBe(false);
    expect(isCleanSnapshotMessage({ ...message, snapshot: { ok: true, html: 1 } })).toBe(false);
    expect(isCleanSnapshotMessage({ ...message, snapshot: { ok: false, unreadable: 'pdf' } })).toBe(true);
    expect(isCleanSnapshotMessage({ ...message, options: null })).toBe(false);
    expect(isCleanSnapshotMessage(null)).toBe(false);
  });
});

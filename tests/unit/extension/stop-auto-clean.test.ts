// @vitest-environment node
/** The background's half of the in-page bar's "Stop auto-cleaning this site" (src/background/stop-auto-clean.ts). */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => [] as string[]);
vi.mock('../../../src/popup/auto-clean-toggle.ts', () => ({
  switchAutoCleanOff: async (origin: string, reconcileNow: () => Promise<unknown>) => {
    calls.push(`off ${origin}`);
    await reconcileNow();
    return false;
  },
}));
vi.mock('../../../src/background/reconcile.ts', () => ({
  scheduleReconcile: async () => void calls.push('reconcile'),
}));

const { handleStopAutoClean } = await import('../../../src/background/stop-auto-clean.ts');
const { isStopAutoCleanMessage } = await import('../../../src/background/messages.ts');

beforeEach(() => {
  calls.length = 0;
});

describe('stop auto-cleaning from the in-page bar', () => {
  it('switches off the site of the tab that asked, the popup switch\'s way, reconciling in the background', async () => {
    expect(await handleStopAutoClean({ url: 'http://127.0.0.1:4179/news/story.html?x=1#top', tabId: 3, frameId: 0 })).toEqual({ ok: true, origin: 'http://127.0.0.1:4179' });
    expect(calls).toEqual(['off http://127.0.0.1:4179', 'reconcile']);
  });

  it('does nothing for a sub-frame, an extension page (no tab) or a page that is not http(s)', async () => {
    for (const sender of [
      { url: 'https://news.example/a', tabId: 3, frameId: 2 },
      { url: 'https://news.example/a' },
      { url: 'file:///tmp/a.html', tabId: 3, frameId: 0 },
      { url: undefined, tabId: 3, frameId: 0 },
    ]) {
      expect(await handleStopAutoClean(sender), JSON.stringify(sender)).toEqual({ ok: false });
    }
    expect(calls).toEqual([]);
  });

  it('knows its message and no other', () => {
    expect(isStopAutoCleanMessage({ type: 'plainpage:stop-auto-clean' })).toBe(true);
    for (const other of [{ type: 'plainpage:reconcile' }, null, 'plainpage:stop-auto-clean', {}]) expect(isStopAutoCleanMessage(other)).toBe(false);
  });
});

// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CleanResult } from '../../../src/core/types.ts';

const behaviour = vi.hoisted(() => ({ inject: async (): Promise<void> => {}, reply: undefined as unknown, calls: [] as string[] }));
vi.mock('../../../src/platform/scripting.ts', () => ({
  injectFiles: async (_tabId: number, files: string[]) => {
    behaviour.calls.push(`inject ${files.join(',')}`);
    return behaviour.inject();
  },
  runInTab: async (_tabId: number, func: { name: string }, args: unknown[]) => {
    behaviour.calls.push(`run ${func.name} ${JSON.stringify(args)}`);
    return func.name === 'callClean' ? behaviour.reply : undefined;
  },
}));

const { cleanTab, outcomeOf } = await import('../../../src/popup/clean-tab.ts');

const base = { url: 'https://a.example/', kind: null, reasons: ['no headline'], title: 'T', source: '', byline: '', published: '', readingMinutes: 0, language: '', text: '', html: '', related: [], removed: { promo: 0, duplicates: 0, log: [] } };
const detected: CleanResult = { ...base, detected: true, autoClean: true, kind: 'article', text: 'x', html: '<p>x</p>' };
const notDetected: CleanResult = { ...base, detected: false, autoClean: false };

beforeEach(() => {
  behaviour.inject = async () => {};
  behaviour.calls = [];
});

describe('outcomeOf', () => {
  it('maps replies to popup states', () => {
    expect(outcomeOf({ ok: true, result: detected })).toEqual({ kind: 'ready', result: detected });
    expect(outcomeOf({ ok: true, result: notDetected })).toEqual({ kind: 'not-news', result: notDetected });
    expect(outcomeOf({ ok: true, result: { ...notDetected, html: '<p>x</p>' } }, true).kind).toBe('ready');
    // "Clean anyway" that finds nothing must not offer "Clean anyway" again.
    expect(outcomeOf({ ok: true, result: notDetected }, true)).toEqual({ kind: 'error', message: 'Plainpage found no article text on this page.' });
    expect(outcomeOf({ ok: false, unreadable: 'pdf' })).toEqual({ kind: 'unreadable', reason: 'pdf' });
    expect(outcomeOf({ ok: false, error: 'boom' })).toEqual({ kind: 'error', message: 'boom' });
    expect(outcomeOf(undefined).kind).toBe('error');
  });
});

describe('cleanTab', () => {
  it('marks the injection as popup-only, injects content.js, then calls it with the options', async () => {
    behaviour.reply = { ok: true, result: detected };
    expect(await cleanTab(7, { force: true })).toEqual({ kind: 'ready', result: detected });
    expect(behaviour.calls).toEqual(['run markPopupInjection []', 'inject content.js', 'run callClean [{"force":true}]']);
  });

  it('reports pages the browser will not let it read', async () => {
    behaviour.inject = async () => {
      throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
    };
    expect(await cleanTab(7)).toMatchObject({ kind: 'unreadable', reason: 'browser-page' });
  });

  it('reports other failures as errors, and a page that never answers', async () => {
    behaviour.inject = async () => {
      throw new Error('No tab with id: 7');
    };
    expect(await cleanTab(7)).toEqual({ kind: 'error', message: 'No tab with id: 7' });
    behaviour.inject = () => new Promise(() => {});
    expect(await cleanTab(7, {}, 30)).toEqual({ kind: 'error', message: 'The page did not answer in time.' });
  });
});

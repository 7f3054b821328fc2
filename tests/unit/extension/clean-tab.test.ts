import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CleanResult } from '../../../src/core/types.ts';
import type { PageSnapshot } from '../../../src/engine-host/snapshot.ts';

const behaviour = vi.hoisted(() => ({ run: async (): Promise<unknown> => undefined, calls: [] as string[] }));
vi.mock('../../../src/platform/scripting.ts', () => ({
  runInTab: async (_tabId: number, func: { name: string }, args: unknown[]) => {
    behaviour.calls.push(`run ${func.name} ${JSON.stringify(args)}`);
    return behaviour.run();
  },
}));

const STORY = Array.from({ length: 6 }, (_, i) => `<p>The harbour council met on day ${i + 1} and agreed to rebuild the old swing bridge rather than replace it, after a debate that ran well into the evening.</p>`).join('');
const PAGE = `<!DOCTYPE html><html lang="en"><head><title>Harbour council votes to repair the old swing bridge</title></head><body><article><h1>Harbour council votes to repair the old swing bridge</h1>${STORY}<p>The plan is <a href="plans/bridge.pdf">on the council site</a>, the council said after the vote on Tuesday evening.</p></article></body></html>`;
const snapshot: PageSnapshot = { ok: true, html: PAGE, url: 'https://news.example/local/bridge', baseUrl: 'https://cdn.example/council/' };

const { cleanTab, outcomeOf } = await import('../../../src/popup/clean-tab.ts');

const base = { url: 'https://a.example/', kind: null, reasons: ['no headline'], title: 'T', source: '', byline: '', published: '', readingMinutes: 0, language: '', text: '', html: '', related: [], removed: { promo: 0, duplicates: 0, log: [] } };
const detected: CleanResult = { ...base, detected: true, autoClean: true, kind: 'article', text: 'x', html: '<p>x</p>' };
const notDetected: CleanResult = { ...base, detected: false, autoClean: false };

beforeEach(() => {
  behaviour.run = async () => snapshot;
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
  it('reads the page in the tab (nothing injected to stay) and cleans it here, links against the page\'s base URL', async () => {
    const outcome = await cleanTab(7, { force: true });
    expect(behaviour.calls).toEqual(['run snapshotPage []']);
    expect(outcome.kind).toBe('ready');
    const result = outcome.kind === 'ready' ? outcome.result : null;
    expect(result?.title).toBe('Harbour council votes to repair the old swing bridge');
    expect(result?.text).toContain('The harbour council met on day 6');
    expect(result?.html).toContain('href="https://cdn.example/council/plans/bridge.pdf"');
  });

  it('a PDF or a page that is not HTML is unreadable; no answer is an error', async () => {
    behaviour.run = async () => ({ ok: false, unreadable: 'pdf' });
    expect(await cleanTab(7)).toEqual({ kind: 'unreadable', reason: 'pdf' });
    behaviour.run = async () => undefined;
    expect(await cleanTab(7)).toEqual({ kind: 'error', message: 'The page returned nothing.' });
  });

  it('reports pages the browser will not let it read', async () => {
    behaviour.run = async () => {
      throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
    };
    expect(await cleanTab(7)).toMatchObject({ kind: 'unreadable', reason: 'browser-page' });
  });

  it('reports other failures as errors, and a page that never answers', async () => {
    behaviour.run = async () => {
      throw new Error('No tab with id: 7');
    };
    expect(await cleanTab(7)).toEqual({ kind: 'error', message: 'No tab with id: 7' });
    behaviour.run = () => new Promise(() => {});
    expect(await cleanTab(7, {}, 30)).toEqual({ kind: 'error', message: 'The page did not answer in time.' });
  });
});

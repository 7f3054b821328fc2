// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import type { CleanResult } from '../../../src/core/types.ts';

const fake = vi.hoisted(() => ({ areas: null as null | { session: Map<string, unknown> } }));
vi.mock('../../../src/platform/storage.ts', async () => {
  const storage = (await import('./fake-storage.ts')).createFakeStorage();
  fake.areas = storage.areas;
  return storage.module;
});

const { loadForReader, MAX_HANDOFFS, storeForReader } = await import('../../../src/reader/handoff.ts');

const result = (title: string): CleanResult => ({
  url: 'https://a.example/', detected: true, kind: 'article', reasons: [], title, source: '', byline: '', published: '',
  readingMinutes: 1, language: '', text: 'x', html: '<p>x</p>', related: [], removed: { promo: 0, duplicates: 0, log: [] },
});

describe('reader tab hand-off', () => {
  it('passes the result through session storage under a random key', async () => {
    const key = await storeForReader(result('One'));
    expect(key).toMatch(/^reader:[0-9a-f-]{36}$/);
    expect((await loadForReader(key))?.title).toBe('One');
    expect(await loadForReader('reader:unknown')).toBeNull();
    expect(await loadForReader('reader:index')).toBeNull();
    expect(await loadForReader('settings')).toBeNull();
  });

  it(`keeps only the last ${MAX_HANDOFFS} results`, async () => {
    fake.areas!.session.clear();
    const keys: string[] = [];
    for (let i = 0; i < MAX_HANDOFFS + 3; i++) keys.push(await storeForReader(result(`R${i}`)));
    expect(await loadForReader(keys[0]!)).toBeNull();
    expect(await loadForReader(keys[2]!)).toBeNull();
    expect((await loadForReader(keys[3]!))?.title).toBe('R3');
    expect(fake.areas!.session.size).toBe(MAX_HANDOFFS + 1); // + the index
  });
});

// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import type { CleanResult } from '../../../src/core/types.ts';

const fake = vi.hoisted(() => ({ areas: null as null | { session: Map<string, unknown> }, full: null as null | Set<string> }));
vi.mock('../../../src/platform/storage.ts', async () => {
  const storage = (await import('./fake-storage.ts')).createFakeStorage();
  fake.areas = storage.areas;
  fake.full = storage.full;
  return storage.module;
});

const { HandoffError, loadForReader, MAX_HANDOFFS, storeForReader } = await import('../../../src/reader/handoff.ts');

const result = (title: string): CleanResult => ({
  url: 'https://a.example/', detected: true, autoClean: true, kind: 'article', reasons: [], title, source: '', byline: '', published: '',
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

  it('says clearly when session storage is full, and leaves nothing half-stored', async () => {
    fake.areas!.session.clear();
    const earlier = await storeForReader(result('Earlier'));
    fake.full!.add('session');
    try {
      await expect(storeForReader(result('Big'))).rejects.toBeInstanceOf(HandoffError);
      await expect(storeForReader(result('Big'))).rejects.toThrow(/could not open the reader tab/i);
    } finally {
      fake.full!.delete('session');
    }
    expect([...fake.areas!.session.values()].some((v) => (v as CleanResult).title === 'Big')).toBe(false);
    expect(await loadForReader(earlier)).toBeNull(); // dropped to make room before the retry
  });

  it('makes room by dropping earlier hand-offs when the first write fails', async () => {
    fake.areas!.session.clear();
    const earlier = await storeForReader(result('Earlier'));
    const { setItem } = await import('../../../src/platform/storage.ts');
    let failures = 1;
    const spy = vi.spyOn(await import('../../../src/platform/storage.ts'), 'setItem');
    spy.mockImplementation(async (area, key, value) => {
      if (failures-- > 0) throw new Error('quota');
      await (setItem as (a: string, k: string, v: unknown) => Promise<void>)(area, key, value);
    });
    try {
      const key = await storeForReader(result('Later'));
      expect(await loadForReader(earlier)).toBeNull();
      expect((await loadForReader(key))?.title).toBe('Later');
    } finally {
      spy.mockRestore();
    }
  });
});

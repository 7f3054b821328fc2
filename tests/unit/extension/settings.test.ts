// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeStorage } from './fake-storage.ts';

const fake = vi.hoisted(() => ({ storage: null as ReturnType<typeof createFakeStorage> | null }));
vi.mock('../../../src/platform/storage.ts', async () => {
  const { createFakeStorage } = await import('./fake-storage.ts');
  fake.storage = createFakeStorage();
  return fake.storage.module;
});

const { DEFAULT_SETTINGS, SETTINGS_KEY, isWebOrigin, validateSettings } = await import('../../../src/settings/schema.ts');
const { migrateSettings } = await import('../../../src/settings/migrations.ts');
const { loadSettings, onSettingsChanged, setAutoClean, setReading, setTextSize, updateSettings } = await import('../../../src/settings/store.ts');
const R = { theme: 'auto', font: 'serif', width: 'medium', lineSpacing: 'normal' };

describe('settings schema', () => {
  it('gives the defaults for nothing stored, and for non-objects', () => {
    for (const raw of [undefined, null, 42, 'x', [], [1, 2]]) {
      expect(migrateSettings(raw)).toEqual({ version: 3, textSize: 18, reading: R, autoClean: {} });
    }
    expect(DEFAULT_SETTINGS.textSize).toBe(18);
  });

  it('a corrupt text size falls back to its default without losing the sites', () => {
    const sites = { 'https://news.example': true, 'http://127.0.0.1:4179': true };
    for (const textSize of ['huge', -3, 13, 27, 17.5, null, {}]) {
      expect(migrateSettings({ version: 2, textSize, autoClean: sites })).toEqual({ version: 3, textSize: 18, reading: R, autoClean: sites });
    }
  });

  it('a corrupt site entry is dropped alone; the other sites and the text size stay', () => {
    const stored = {
      version: 2,
      textSize: 22,
      autoClean: {
        'https://news.example': true,
        'https://broken.example': 'yes', // wrong type
        'https://path.example/article': true, // not an origin
        'javascript:alert(1)': true,
        'ftp://files.example': true,
        'https://other.example:8443': true,
      },
    };
    expect(migrateSettings(stored)).toEqual({
      version: 3,
      textSize: 22,
      reading: R,
      autoClean: { 'https://news.example': true, 'https://other.example:8443': true },
    });
  });

  it('an autoClean that is not a map becomes empty, keeping the text size', () => {
    expect(validateSettings({ textSize: 20, autoClean: ['https://news.example'] })).toEqual({ version: 3, textSize: 20, reading: R, autoClean: {} });
  });

  it('migrates the version-1 layout (origin list, named sizes)', () => {
    expect(migrateSettings({ version: 1, autoCleanOrigins: ['https://a.example', 7, 'not a url'], textSize: 'large' })).toEqual({
      version: 3,
      textSize: 22,
      reading: R,
      autoClean: { 'https://a.example': true },
    });
    // No version at all is the oldest layout.
    expect(migrateSettings({ autoCleanOrigins: ['https://b.example'], textSize: 'small' })).toEqual({
      version: 3,
      textSize: 16,
      reading: R,
      autoClean: { 'https://b.example': true },
    });
  });

  it('keeps what still validates from a newer version (a downgrade)', () => {
    expect(migrateSettings({ version: 9, textSize: 20, autoClean: { 'https://a.example': true }, future: 1 })).toEqual({
      version: 3,
      textSize: 20,
      reading: R,
      autoClean: { 'https://a.example': true },
    });
  });

  it('migrates version 2 to 3: the reading settings at their defaults, the rest kept', () => {
    expect(migrateSettings({ version: 2, textSize: 22, autoClean: { 'https://a.example': true } })).toEqual({
      version: 3,
      textSize: 22,
      reading: R,
      autoClean: { 'https://a.example': true },
    });
  });

  it('each reading setting falls back on its own; the others, the text size and the sites stay', () => {
    const stored = { version: 3, textSize: 20, reading: { theme: 'sepia', font: 'comic', width: 7, lineSpacing: 'loose' }, autoClean: { 'https://a.example': true } };
    expect(migrateSettings(stored)).toEqual({
      version: 3,
      textSize: 20,
      reading: { theme: 'sepia', font: 'serif', width: 'medium', lineSpacing: 'loose' },
      autoClean: { 'https://a.example': true },
    });
    for (const reading of [null, 'dark', [], 5]) expect(migrateSettings({ ...stored, reading }).reading).toEqual(R);
  });

  it('Easy-read joins the fonts within version 3: stored before or after, every font loads as it was', () => {
    const site = { 'https://a.example': true };
    for (const font of ['serif', 'sans', 'mono', 'easy']) {
      const stored = { version: 3, textSize: 20, reading: { theme: 'dark', font, width: 'wide', lineSpacing: 'tight' }, autoClean: site };
      expect(migrateSettings(stored), font).toEqual(stored);
    }
    // A version-2 value still migrates to the default font; an unknown one still falls back alone.
    expect(migrateSettings({ version: 2, textSize: 20, autoClean: site }).reading.font).toBe('serif');
    expect(migrateSettings({ version: 3, reading: { ...R, font: 'easy-read' } }).reading).toEqual(R);
  });

  it('recognises web origins only', () => {
    expect(isWebOrigin('https://a.example')).toBe(true);
    expect(isWebOrigin('http://127.0.0.1:4179')).toBe(true);
    for (const bad of ['https://a.example/', 'https://a.example/x', 'chrome://settings', 'file:///tmp', 'https://u:p@a.example', '', 3]) {
      expect(isWebOrigin(bad), String(bad)).toBe(false);
    }
  });
});

describe('settings store', () => {
  beforeEach(() => {
    fake.storage!.areas.local.clear();
  });

  it('switches sites on and off and clamps the text size, keeping the rest', async () => {
    await setAutoClean('https://a.example', true);
    await setAutoClean('https://b.example', true);
    await setTextSize(40);
    await setAutoClean('https://a.example', false);
    expect(await loadSettings()).toEqual({ version: 3, textSize: 26, reading: R, autoClean: { 'https://b.example': true } });
    expect(fake.storage!.areas.local.get(SETTINGS_KEY)).toEqual({ version: 3, textSize: 26, reading: R, autoClean: { 'https://b.example': true } });
  });

  it('refuses to store something that is not an origin', async () => {
    await expect(setAutoClean('https://a.example/page', true)).rejects.toThrow(/Not a web origin/);
    expect(fake.storage!.areas.local.has(SETTINGS_KEY)).toBe(false);
  });

  it('repairs a corrupt stored value on the next write without losing the valid sites', async () => {
    fake.storage!.areas.local.set(SETTINGS_KEY, { version: 2, textSize: 'big', autoClean: { 'https://a.example': true, bad: true } });
    await setAutoClean('https://c.example', true);
    expect(fake.storage!.areas.local.get(SETTINGS_KEY)).toEqual({
      version: 3,
      textSize: 18,
      reading: R,
      autoClean: { 'https://a.example': true, 'https://c.example': true },
    });
  });

  it('changes one reading setting, keeping the others, and ignores an unknown value', async () => {
    await setReading({ theme: 'dark' });
    await setReading({ font: 'mono' });
    await setReading({ width: 'enormous' as 'wide' });
    expect((await loadSettings()).reading).toEqual({ ...R, theme: 'dark', font: 'mono' });
    await setReading({ font: 'easy' });
    expect((await loadSettings()).reading).toEqual({ ...R, theme: 'dark', font: 'easy' });
  });

  it('keeps every change made at once: a text size and a theme set together both stay', async () => {
    await Promise.all([setTextSize(20), setReading({ theme: 'light' }), setAutoClean('https://a.example', true)]);
    expect(await loadSettings()).toEqual({ version: 3, textSize: 20, reading: { ...R, theme: 'light' }, autoClean: { 'https://a.example': true } });
  });

  it('a write that fails does not stop the writes after it', async () => {
    const first = updateSettings(() => {
      throw new Error('a change that fails');
    });
    const second = setReading({ theme: 'dark' });
    await expect(first).rejects.toThrow(/a change that fails/);
    expect((await second).reading.theme).toBe('dark');
    expect((await loadSettings()).textSize).toBe(18);
  });

  it('notifies listeners with validated settings', async () => {
    const seen: unknown[] = [];
    const stop = onSettingsChanged((s) => seen.push(s));
    await setTextSize(20);
    stop();
    await setTextSize(22);
    expect(seen).toEqual([{ version: 3, textSize: 20, reading: R, autoClean: {} }]);
  });
});

// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeStorage } from './fake-storage.ts';

const fake = vi.hoisted(() => ({ storage: null as ReturnType<typeof createFakeStorage> | null }));
vi.mock('../../../src/platform/storage.ts', async () => {
  const { createFakeStorage } = await import('./fake-storage.ts');
  fake.storage = createFakeStorage();
  return fake.storage.module;
});

const { DEFAULT_SETTINGS, MAX_REMEMBERED_VOICES, SETTINGS_KEY, isWebOrigin, rememberedReadAloud, validateSettings, voiceLanguageKey, withReadAloudChoice } = await import(
  '../../../src/settings/schema.ts'
);
const { migrateSettings } = await import('../../../src/settings/migrations.ts');
const { loadSettings, onSettingsChanged, saveReadAloudChoice, setAutoClean, setFollowTab, setReading, setTextSize, updateSettings } = await import('../../../src/settings/store.ts');
const R = { theme: 'auto', font: 'serif', width: 'medium', lineSpacing: 'normal' };
/** What version 4 added, at its defaults. */
const V4 = { readAloud: { rate: 1, voices: {} }, sidePanel: { follow: false } };

describe('settings schema', () => {
  it('gives the defaults for nothing stored, and for non-objects', () => {
    for (const raw of [undefined, null, 42, 'x', [], [1, 2]]) {
      expect(migrateSettings(raw)).toEqual({ ...V4, version: 4, textSize: 18, reading: R, autoClean: {} });
    }
    expect(DEFAULT_SETTINGS.textSize).toBe(18);
  });

  it('a corrupt text size falls back to its default without losing the sites', () => {
    const sites = { 'https://news.example': true, 'http://127.0.0.1:4179': true };
    for (const textSize of ['huge', -3, 13, 27, 17.5, null, {}]) {
      expect(migrateSettings({ version: 2, textSize, autoClean: sites })).toEqual({ ...V4, version: 4, textSize: 18, reading: R, autoClean: sites });
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
      ...V4,
      version: 4,
      textSize: 22,
      reading: R,
      autoClean: { 'https://news.example': true, 'https://other.example:8443': true },
    });
  });

  it('an autoClean that is not a map becomes empty, keeping the text size', () => {
    expect(validateSettings({ textSize: 20, autoClean: ['https://news.example'] })).toEqual({ ...V4, version: 4, textSize: 20, reading: R, autoClean: {} });
  });

  it('migrates the version-1 layout (origin list, named sizes)', () => {
    expect(migrateSettings({ version: 1, autoCleanOrigins: ['https://a.example', 7, 'not a url'], textSize: 'large' })).toEqual({
      ...V4,
      version: 4,
      textSize: 22,
      reading: R,
      autoClean: { 'https://a.example': true },
    });
    // No version at all is the oldest layout.
    expect(migrateSettings({ autoCleanOrigins: ['https://b.example'], textSize: 'small' })).toEqual({
      ...V4,
      version: 4,
      textSize: 16,
      reading: R,
      autoClean: { 'https://b.example': true },
    });
  });

  it('keeps what still validates from a newer version (a downgrade)', () => {
    expect(migrateSettings({ version: 9, textSize: 20, autoClean: { 'https://a.example': true }, future: 1 })).toEqual({
      ...V4,
      version: 4,
      textSize: 20,
      reading: R,
      autoClean: { 'https://a.example': true },
    });
  });

  it('migrates version 2 to 4: the reading and read-aloud settings at their defaults, the rest kept', () => {
    expect(migrateSettings({ version: 2, textSize: 22, autoClean: { 'https://a.example': true } })).toEqual({
      ...V4,
      version: 4,
      textSize: 22,
      reading: R,
      autoClean: { 'https://a.example': true },
    });
  });

  it('each reading setting falls back on its own; the others, the text size and the sites stay', () => {
    const stored = { version: 3, textSize: 20, reading: { theme: 'sepia', font: 'comic', width: 7, lineSpacing: 'loose' }, autoClean: { 'https://a.example': true } };
    expect(migrateSettings(stored)).toEqual({
      ...V4,
      version: 4,
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
      expect(migrateSettings(stored), font).toEqual({ ...stored, ...V4, version: 4 });
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
    expect(await loadSettings()).toEqual({ ...V4, version: 4, textSize: 26, reading: R, autoClean: { 'https://b.example': true } });
    expect(fake.storage!.areas.local.get(SETTINGS_KEY)).toEqual({ ...V4, version: 4, textSize: 26, reading: R, autoClean: { 'https://b.example': true } });
  });

  it('refuses to store something that is not an origin', async () => {
    await expect(setAutoClean('https://a.example/page', true)).rejects.toThrow(/Not a web origin/);
    expect(fake.storage!.areas.local.has(SETTINGS_KEY)).toBe(false);
  });

  it('repairs a corrupt stored value on the next write without losing the valid sites', async () => {
    fake.storage!.areas.local.set(SETTINGS_KEY, { version: 2, textSize: 'big', autoClean: { 'https://a.example': true, bad: true } });
    await setAutoClean('https://c.example', true);
    expect(fake.storage!.areas.local.get(SETTINGS_KEY)).toEqual({
      ...V4,
      version: 4,
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
    expect(await loadSettings()).toEqual({ ...V4, version: 4, textSize: 20, reading: { ...R, theme: 'light' }, autoClean: { 'https://a.example': true } });
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
    expect(seen).toEqual([{ ...V4, version: 4, textSize: 20, reading: R, autoClean: {} }]);
  });
});

describe('read aloud and side panel settings (version 4)', () => {
  beforeEach(() => {
    fake.storage!.areas.local.clear();
  });

  it('migrates version 3 to 4: read aloud at normal speed with no chosen voice, not following tabs; the rest kept', () => {
    const v3 = { version: 3, textSize: 22, reading: { ...R, theme: 'dark' }, autoClean: { 'https://a.example': true } };
    expect(migrateSettings(v3)).toEqual({ ...v3, ...V4, version: 4 });
  });

  it('a corrupt speed falls back alone; a corrupt voice entry is dropped alone', () => {
    const stored = {
      version: 4,
      textSize: 20,
      reading: R,
      readAloud: { rate: 1.5, voices: { en: 'Daniel', de: 7, 'pt-BR': 'Luciana', '<x>': 'y', fr: '', '': 'Fallback' } },
      sidePanel: { follow: true },
      autoClean: {},
    };
    expect(migrateSettings(stored).readAloud).toEqual({ rate: 1.5, voices: { en: 'Daniel', '': 'Fallback' } });
    expect(migrateSettings(stored).sidePanel).toEqual({ follow: true });
    for (const rate of [0, 3, '1.5', null, 1.1]) expect(migrateSettings({ ...stored, readAloud: { ...stored.readAloud, rate } }).readAloud.rate).toBe(1);
    for (const sidePanel of [null, { follow: 'yes' }, []]) expect(migrateSettings({ ...stored, sidePanel }).sidePanel).toEqual({ follow: false });
    expect(migrateSettings({ ...stored, readAloud: 'loud' }).readAloud).toEqual({ rate: 1, voices: {} });
  });

  it('keys a voice by the article language, so an English choice is not used for a German article', () => {
    expect(voiceLanguageKey('en-GB')).toBe('en');
    expect(voiceLanguageKey('pt_BR')).toBe('pt');
    expect(voiceLanguageKey('')).toBe('');
    expect(voiceLanguageKey('not a language')).toBe('');
    const memory = withReadAloudChoice(DEFAULT_SETTINGS.readAloud, 'en-US', { voiceId: 'Daniel' });
    expect(rememberedReadAloud(memory, 'en-GB')).toEqual({ voiceId: 'Daniel', rate: 1 });
    expect(rememberedReadAloud(memory, 'de')).toEqual({ voiceId: null, rate: 1 });
  });

  it('keeps only the newest choices past the limit', () => {
    let memory = DEFAULT_SETTINGS.readAloud;
    const langs = Array.from({ length: MAX_REMEMBERED_VOICES + 5 }, (_, i) => `l${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
    for (const lang of langs) memory = withReadAloudChoice(memory, lang, { voiceId: `voice-${lang}` });
    expect(Object.keys(memory.voices)).toHaveLength(MAX_REMEMBERED_VOICES);
    expect(memory.voices[langs.at(-1)!]).toBe(`voice-${langs.at(-1)}`);
    expect(memory.voices[langs[0]!]).toBeUndefined();
    // Choosing again for an old language makes it the newest.
    memory = withReadAloudChoice(memory, langs[5]!, { voiceId: 'again' });
    expect(Object.keys(memory.voices).at(-1)).toBe(langs[5]);
  });

  it('stores the speed and the voice chosen, and "Follow the active tab", keeping the rest', async () => {
    await setTextSize(22);
    await saveReadAloudChoice('en-GB', { voiceId: 'Daniel' });
    await saveReadAloudChoice('de', { voiceId: 'Anna' });
    await saveReadAloudChoice('en', { rate: 1.25 });
    await saveReadAloudChoice('en', { rate: 9 });
    await setFollowTab(true);
    expect(await loadSettings()).toEqual({
      version: 4,
      textSize: 22,
      reading: R,
      readAloud: { rate: 1.25, voices: { en: 'Daniel', de: 'Anna' } },
      sidePanel: { follow: true },
      autoClean: {},
    });
  });
});

/** Reading and writing the settings through the storage adapter, always migrated and validated. */
import { getItem, onItemChanged, setItem } from '../platform/storage.ts';
import { migrateSettings } from './migrations.ts';
import {
  clampTextSize, isWebOrigin, SETTINGS_KEY, validateReading, validateSidePanel, withReadAloudChoice, type ReadingSettings, type Settings,
} from './schema.ts';

export async function loadSettings(): Promise<Settings> {
  return migrateSettings(await getItem('local', SETTINGS_KEY));
}

export async function saveSettings(settings: Settings): Promise<void> {
  await setItem('local', SETTINGS_KEY, settings);
}

/**
 * Writes still to finish in this page, in order. Two changes made at once (the
 * reader presses + then T) would otherwise both read the old settings, and the
 * second write would put back what the first one changed.
 */
let pending: Promise<unknown> = Promise.resolve();

/** Read-modify-write, one at a time in this page; returns the saved settings. */
export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const run = pending.then(async () => {
    const next = migrateSettings(change(await loadSettings()));
    await saveSettings(next);
    return next;
  });
  // A failed write (storage full) fails its caller, not the writes after it.
  pending = run.catch(() => undefined);
  return run;
}

export async function setAutoClean(origin: string, enabled: boolean): Promise<Settings> {
  if (!isWebOrigin(origin)) throw new Error(`Not a web origin: ${origin}`);
  return updateSettings((s) => {
    const autoClean = { ...s.autoClean };
    if (enabled) autoClean[origin] = true;
    else delete autoClean[origin];
    return { ...s, autoClean };
  });
}

export async function setTextSize(px: number): Promise<Settings> {
  return updateSettings((s) => ({ ...s, textSize: clampTextSize(px) }));
}

/** Changes some reading settings, keeping the others. */
export async function setReading(change: Partial<ReadingSettings>): Promise<Settings> {
  return updateSettings((s) => ({ ...s, reading: validateReading({ ...s.reading, ...change }) }));
}

/** Remembers what the reader chose in read aloud's controls (a speed, or a voice for articles in `lang`). */
export async function saveReadAloudChoice(lang: string, choice: { voiceId?: string; rate?: number }): Promise<Settings> {
  return updateSettings((s) => ({ ...s, readAloud: withReadAloudChoice(s.readAloud, lang, choice) }));
}

export async function setFollowTab(follow: boolean): Promise<Settings> {
  return updateSettings((s) => ({ ...s, sidePanel: validateSidePanel({ ...s.sidePanel, follow }) }));
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  return onItemChanged('local', SETTINGS_KEY, (value) => listener(migrateSettings(value)));
}

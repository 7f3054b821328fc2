/** Reading and writing the settings through the storage adapter, always migrated and validated. */
import { getItem, onItemChanged, setItem } from '../platform/storage.ts';
import { migrateSettings } from './migrations.ts';
import { clampTextSize, isWebOrigin, SETTINGS_KEY, validateReading, type ReadingSettings, type Settings } from './schema.ts';

export async function loadSettings(): Promise<Settings> {
  return migrateSettings(await getItem('local', SETTINGS_KEY));
}

export async function saveSettings(settings: Settings): Promise<void> {
  await setItem('local', SETTINGS_KEY, settings);
}

/** Read-modify-write; returns the saved settings. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = migrateSettings(change(await loadSettings()));
  await saveSettings(next);
  return next;
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

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  return onItemChanged('local', SETTINGS_KEY, (value) => listener(migrateSettings(value)));
}

/**
 * Adapter over `browser.storage`: `local` holds the settings (survives restarts),
 * `session` holds the result handed to the reader tab (memory only, cleared on quit).
 */
import browser from './browser-api.ts';

export type StorageAreaName = 'local' | 'session';

export async function getItem(area: StorageAreaName, key: string): Promise<unknown> {
  const items = await browser.storage[area].get(key);
  return items[key];
}

export async function setItem(area: StorageAreaName, key: string, value: unknown): Promise<void> {
  await browser.storage[area].set({ [key]: value });
}

export async function removeItem(area: StorageAreaName, key: string): Promise<void> {
  await browser.storage[area].remove(key);
}

/** Calls `listener(newValue)` whenever `key` changes in `area`. Returns an unsubscribe function. */
export function onItemChanged(area: StorageAreaName, key: string, listener: (newValue: unknown) => void): () => void {
  const handle = (changes: Record<string, browser.Storage.StorageChange>, areaName: string) => {
    const change = changes[key];
    if (areaName === area && change) listener(change.newValue);
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}

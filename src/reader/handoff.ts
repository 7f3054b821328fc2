/**
 * Hands a CleanResult from the popup to the reader tab through storage.session
 * (memory only, gone when the browser quits): the tab's URL carries only a random key.
 */
import type { CleanResult } from '../core/types.ts';
import { t } from '../platform/i18n.ts';
import { getItem, removeItem, setItem } from '../platform/storage.ts';

const KEY_PREFIX = 'reader:';
const INDEX_KEY = 'reader:index';
/** Reader tabs kept readable at once; older hand-offs are dropped. */
export const MAX_HANDOFFS = 20;

/** Thrown when the hand-off cannot be stored; its message is meant for the reader. */
export class HandoffError extends Error {}

async function storedKeys(): Promise<string[]> {
  const index = await getItem('session', INDEX_KEY);
  return Array.isArray(index) ? index.filter((k): k is string => typeof k === 'string') : [];
}

/**
 * Stores `result` for a reader tab and returns its key. When session storage is
 * full, the earlier hand-offs are dropped and the write tried once more; if that
 * fails too, a HandoffError says so (nothing half-stored is left behind).
 */
export async function storeForReader(result: CleanResult): Promise<string> {
  const key = `${KEY_PREFIX}${crypto.randomUUID()}`;
  try {
    await setItem('session', key, result);
  } catch {
    const earlier = await storedKeys();
    for (const old of earlier) await removeItem('session', old);
    if (earlier.length > 0) await removeItem('session', INDEX_KEY);
    try {
      await setItem('session', key, result);
    } catch {
      throw new HandoffError(t('popup_readerTabNoRoom'));
    }
  }
  const keys = [...(await storedKeys()), key];
  for (const old of keys.splice(0, Math.max(0, keys.length - MAX_HANDOFFS))) await removeItem('session', old);
  try {
    await setItem('session', INDEX_KEY, keys);
  } catch {
    // The article is stored; without the index it is only dropped later than the others.
  }
  return key;
}

export function looksLikeResult(value: unknown): value is CleanResult {
  const v = value as Partial<CleanResult> | null;
  return typeof v === 'object' && v !== null && typeof v.title === 'string' && typeof v.html === 'string' && Array.isArray(v.related);
}

export async function loadForReader(key: string): Promise<CleanResult | null> {
  if (!key.startsWith(KEY_PREFIX) || key === INDEX_KEY) return null;
  const value = await getItem('session', key);
  return looksLikeResult(value) ? value : null;
}

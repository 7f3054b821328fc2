/**
 * Hands a CleanResult from the popup to the reader tab through storage.session
 * (memory only, gone when the browser quits): the tab's URL carries only a random key.
 */
import type { CleanResult } from '../core/types.ts';
import { getItem, removeItem, setItem } from '../platform/storage.ts';

const KEY_PREFIX = 'reader:';
const INDEX_KEY = 'reader:index';
/** Reader tabs kept readable at once; older hand-offs are dropped. */
export const MAX_HANDOFFS = 20;

export async function storeForReader(result: CleanResult): Promise<string> {
  const key = `${KEY_PREFIX}${crypto.randomUUID()}`;
  await setItem('session', key, result);
  const index = await getItem('session', INDEX_KEY);
  const keys = [...(Array.isArray(index) ? index.filter((k): k is string => typeof k === 'string') : []), key];
  for (const old of keys.splice(0, Math.max(0, keys.length - MAX_HANDOFFS))) await removeItem('session', old);
  await setItem('session', INDEX_KEY, keys);
  return key;
}

function looksLikeResult(value: unknown): value is CleanResult {
  const v = value as Partial<CleanResult> | null;
  return typeof v === 'object' && v !== null && typeof v.title === 'string' && typeof v.html === 'string' && Array.isArray(v.related);
}

export async function loadForReader(key: string): Promise<CleanResult | null> {
  if (!key.startsWith(KEY_PREFIX) || key === INDEX_KEY) return null;
  const value = await getItem('session', key);
  return looksLikeResult(value) ? value : null;
}

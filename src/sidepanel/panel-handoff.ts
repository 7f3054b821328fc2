/**
 * Hands the popup's cleaned article to the side panel, as handoff.ts does for the reader tab:
 * through storage.session (memory only), one entry for the last tab the popup showed. The
 * panel shows it without cleaning the page again, and hears of new ones while it is open.
 */
import type { CleanResult } from '../core/types.ts';
import { getItem, onItemChanged, setItem } from '../platform/storage.ts';
import { looksLikeResult } from '../reader/handoff.ts';

export const PANEL_HANDOFF_KEY = 'panel:handoff';

export interface PanelHandoff {
  tabId: number;
  result: CleanResult;
  /** True when the reader pressed "Open beside the page" (show it even when not following tabs). */
  open: boolean;
}

function looksLikeHandoff(value: unknown): value is PanelHandoff {
  const v = value as Partial<PanelHandoff> | null;
  return typeof v === 'object' && v !== null && Number.isSafeInteger(v.tabId) && looksLikeResult(v.result);
}

/** Stores the popup's result for the panel; false when the browser had no room (the panel then cleans the tab itself). */
export async function storeForPanel(tabId: number, result: CleanResult, open = false): Promise<boolean> {
  try {
    await setItem('session', PANEL_HANDOFF_KEY, { tabId, result, open } satisfies PanelHandoff);
    return true;
  } catch {
    return false;
  }
}

/** Two addresses of the same page: the fragment (#section) does not make another article. */
export function samePage(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  return a.split('#')[0] === b.split('#')[0];
}

/** The hand-off for `tabId`, if it is still the page the tab shows (`tabUrl`). */
export async function loadForPanel(tabId: number, tabUrl: string | undefined): Promise<CleanResult | null> {
  const value = await getItem('session', PANEL_HANDOFF_KEY);
  return looksLikeHandoff(value) && value.tabId === tabId && samePage(value.result.url, tabUrl) ? value.result : null;
}

export function onPanelHandoff(listener: (handoff: PanelHandoff) => void): () => void {
  return onItemChanged('session', PANEL_HANDOFF_KEY, (value) => {
    if (looksLikeHandoff(value)) listener(value);
  });
}

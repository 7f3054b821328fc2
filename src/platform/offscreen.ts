/**
 * Adapter over Chrome's `offscreen` API (not in webextension-polyfill): a hidden extension
 * page with a DOM, where the engine cleans the auto-clean pages' snapshots, since an MV3
 * service worker has no DOMParser. Firefox has no such API and needs none: its background
 * is a page with a DOM (see engine-host/background-engine.ts).
 */
interface ChromeOffscreen {
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
interface ChromeRuntimeContexts {
  getURL(path: string): string;
  getContexts?(filter: { contextTypes: string[]; documentUrls?: string[] }): Promise<unknown[]>;
}

function chromeApis(): { offscreen?: ChromeOffscreen; runtime?: ChromeRuntimeContexts } {
  return (globalThis as { chrome?: { offscreen?: ChromeOffscreen; runtime?: ChromeRuntimeContexts } }).chrome ?? {};
}

let creating: Promise<void> | null = null;

/** Makes sure the offscreen document at `path` is open (at most one exists per extension). */
export async function ensureOffscreenDocument(path: string, justification: string): Promise<void> {
  const { offscreen, runtime } = chromeApis();
  if (!offscreen || !runtime) throw new Error('This browser has no offscreen documents.');
  const open = await runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [runtime.getURL(path)] });
  if (open && open.length > 0) return;
  // Two pages loading at once: the second waits for the first one's document.
  creating ??= offscreen.createDocument({ url: path, reasons: ['DOM_PARSER'], justification }).finally(() => (creating = null));
  await creating;
}

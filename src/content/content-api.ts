/**
 * What the content script exposes to the popup. The IIFE sets `globalThis.__plainpage`
 * in the extension's isolated world; the popup then calls it with
 * `scripting.executeScript({func})` (an IIFE's completion value is not a usable result).
 */
import type { CleanOptions, CleanResult } from '../core/types.ts';

export type ContentReply =
  | { ok: true; result: CleanResult }
  | { ok: false; unreadable: 'pdf' | 'not-html' }
  | { ok: false; error: string };

/** What auto-clean did on this page load; 'popup-only' when the popup injected the script. */
export type AutoCleanState = 'popup-only' | 'pending' | 'off' | 'not-news' | 'cleaned' | 'failed';

export interface PlainpageContentApi {
  clean(options?: CleanOptions): ContentReply;
  /** For diagnostics and the e2e tests (read via executeScript in the isolated world). */
  autoCleanState: AutoCleanState;
}

declare global {
  // eslint-disable-next-line no-var
  var __plainpage: PlainpageContentApi | undefined;
  /** Set by the popup before injecting: run for the popup only, do not auto-clean in place. */
  // eslint-disable-next-line no-var
  var __plainpagePopupOnly: boolean | undefined;
}

/** Runs in the page (isolated world) via executeScript({func}); must not close over anything. */
export function markPopupInjection(): void {
  globalThis.__plainpagePopupOnly = true;
}

/** Runs in the page (isolated world) via executeScript({func}); must not close over anything. */
export function callClean(options: CleanOptions): ContentReply {
  const api = globalThis.__plainpage;
  if (!api) return { ok: false, error: 'The Plainpage script did not load in this page.' };
  return api.clean(options);
}

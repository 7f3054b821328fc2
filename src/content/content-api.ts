/**
 * What the content script exposes to the popup, and how the popup reaches it.
 *
 * The IIFE keeps its API in the extension's isolated world as an own, Symbol-keyed
 * property of `globalThis` (defined with Object.defineProperty). The page shares the DOM
 * with that world, and its elements with an `id` or `name` become properties of the
 * isolated world's `window` too (`<div id="__plainpage">`, `<iframe name="…">`), but only
 * through the window's named-properties object on the prototype chain, and only under
 * string names: a Symbol-keyed own property is out of their reach, and reading it with
 * Object.getOwnPropertyDescriptor never falls through to the prototype chain (issue 13).
 *
 * The popup then calls the API with `scripting.executeScript({func})` and takes the
 * function's return value as the reply (an IIFE's completion value is not a usable
 * result, toolchain notes §3).
 */
import type { CleanOptions, CleanResult } from '../core/types.ts';

export type ContentReply =
  | { ok: true; result: CleanResult }
  | { ok: false; unreadable: 'pdf' | 'not-html' }
  | { ok: false; error: string };

/**
 * What auto-clean did on this page load: 'popup-only' when the popup injected the script;
 * 'removed-by-page' when a page script took the in-page view out of the page (the bar
 * then offers to clean again).
 */
export type AutoCleanState = 'popup-only' | 'pending' | 'off' | 'not-news' | 'cleaned' | 'removed-by-page' | 'failed';

export interface PlainpageContentApi {
  clean(options?: CleanOptions): ContentReply;
  /** For diagnostics and the e2e tests (read via executeScript in the isolated world). */
  readonly autoCleanState: AutoCleanState;
}

/**
 * `Symbol.for` names of the two own properties. The functions below run in the page via
 * executeScript and must not close over anything, so they spell the names out; a unit
 * test checks that they match these.
 */
export const CONTENT_API_KEY = 'plainpage.content-api';
export const POPUP_ONLY_KEY = 'plainpage.popup-only';

/** callClean's error when the script is not there; the popup shows messages.json's clean_errorScriptMissing for it. */
export const CONTENT_SCRIPT_MISSING = 'The Plainpage script did not load in this page.';

/** The content script's API in this world, or null: own property only (see the top of this file). */
export function contentApiIn(global: object): PlainpageContentApi | null {
  const own = Object.getOwnPropertyDescriptor(global, Symbol.for(CONTENT_API_KEY));
  return own && 'value' in own && typeof own.value === 'object' && own.value !== null ? (own.value as PlainpageContentApi) : null;
}

/** Runs in the page (isolated world) via executeScript({func}): before injecting, say "for the popup only, do not auto-clean in place". */
export function markPopupInjection(): void {
  const key = Symbol.for('plainpage.popup-only');
  if (!Object.getOwnPropertyDescriptor(globalThis, key)) Object.defineProperty(globalThis, key, { value: true, configurable: true });
}

/** Runs in the page (isolated world) via executeScript({func}); its return value is the popup's reply. */
export function callClean(options: CleanOptions): ContentReply {
  const own = Object.getOwnPropertyDescriptor(globalThis, Symbol.for('plainpage.content-api'));
  const api = own && 'value' in own ? (own.value as PlainpageContentApi | undefined) : undefined;
  if (!api || typeof api.clean !== 'function') return { ok: false, error: 'The Plainpage script did not load in this page.' };
  return api.clean(options);
}

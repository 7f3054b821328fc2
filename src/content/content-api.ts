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
 * The popup and the side panel read the page with snapshotPage through
 * `scripting.executeScript({func})`; it asks this API whether the in-page view stands in the
 * page's body's place.
 */
import type { BodySwap } from '../engine-host/snapshot.ts';

/** What auto-clean did on this page load: 'removed-by-page' when a page script took the in-page view out of the page (the bar then offers to clean again). */
export type AutoCleanState = 'pending' | 'off' | 'not-news' | 'cleaned' | 'removed-by-page' | 'failed';

export interface PlainpageContentApi {
  /** While the in-page view is up: the view and the page's own body it stands in for (snapshotPage reads the body). */
  bodySwap(): BodySwap | null;
  /** For diagnostics and the e2e tests (read via executeScript in the isolated world). */
  readonly autoCleanState: AutoCleanState;
}

/**
 * `Symbol.for` name of the API's own property. snapshotPage (engine-host/snapshot.ts) runs in
 * the page via executeScript and must not close over anything, so it spells the name out; a
 * unit test checks that it matches this.
 */
export const CONTENT_API_KEY = 'plainpage.content-api';

/** The content script's API in this world, or null: own property only (see the top of this file). */
export function contentApiIn(global: object): PlainpageContentApi | null {
  const own = Object.getOwnPropertyDescriptor(global, Symbol.for(CONTENT_API_KEY));
  return own && 'value' in own && typeof own.value === 'object' && own.value !== null ? (own.value as PlainpageContentApi) : null;
}

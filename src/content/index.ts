/**
 * The content script (one IIFE: engine + in-page view). Two ways in:
 *  - the popup injects it on demand and calls its API's `clean()` (never changes the page);
 *  - a registered auto-clean script loads it at document_idle on enabled sites, where a
 *    detected news page is shown as the in-page reader view.
 * A second injection into the same page finds the API and does nothing.
 *
 * State lives in this module's scope, and the API in a Symbol-keyed own property of the
 * isolated world's global (see content-api.ts), never under a plain global name: page
 * elements with an id or name show up as globals here too (issue 13).
 */
import { cleanDocument } from '../core/index.ts';
import type { CleanOptions } from '../core/types.ts';
import { loadSettings, setReading, setTextSize } from '../settings/store.ts';
import { CONTENT_API_KEY, POPUP_ONLY_KEY, contentApiIn, type AutoCleanState, type ContentReply, type PlainpageContentApi } from './content-api.ts';
import { InPageView } from './in-page-view.ts';
import { inPageOrder } from '../reader/removal-log.ts';

function clean(view: InPageView, options: CleanOptions = {}): ContentReply {
  if (document.contentType === 'application/pdf') return { ok: false, unreadable: 'pdf' };
  if (!document.documentElement || !(document.contentType === 'text/html' || document.contentType === 'application/xhtml+xml')) {
    return { ok: false, unreadable: 'not-html' };
  }
  try {
    // While the in-page view is up, the engine reads the page's own body in its place.
    const result = cleanDocument(document, location.href, options, view.pageSource);
    // The core logs in stage order; the reader sees each kind of removal in page order.
    const pageText = (view.originalBody ?? document.body)?.textContent ?? '';
    return { ok: true, result: { ...result, removed: { ...result.removed, log: inPageOrder(result.removed.log, pageText) } } };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Cleans the page and shows it in place; the settings are read each time (text size may have changed). */
async function cleanInPlace(view: InPageView): Promise<AutoCleanState> {
  const settings = await loadSettings();
  const reply = clean(view);
  if (!reply.ok) return 'failed';
  // Only news article pages are changed in place: a home page, a listing or a page whose
  // article the popup would show on request is left exactly as it is.
  if (!reply.result.autoClean) return 'not-news';
  view.show(reply.result, settings.textSize, settings.reading);
  return view.isShowing ? 'cleaned' : 'failed';
}

async function autoClean(view: InPageView): Promise<AutoCleanState> {
  // The registration matches every port of the host (see matchPatternFor); the setting is per origin.
  const settings = await loadSettings();
  if (!settings.autoClean[location.origin]) return 'off';
  return cleanInPlace(view);
}

function start(): void {
  let state: AutoCleanState = Object.getOwnPropertyDescriptor(globalThis, Symbol.for(POPUP_ONLY_KEY)) ? 'popup-only' : 'pending';
  const settle = (run: Promise<AutoCleanState>) =>
    run.then(
      (next) => (state = next),
      (error: unknown) => {
        state = 'failed';
        console.warn('plainpage: auto-clean failed', error);
      },
    );
  const view: InPageView = new InPageView(document, {
    onRemovedByPage: () => {
      state = 'removed-by-page';
      view.offerCleanAgain(() => void settle(cleanInPlace(view)));
    },
    // Shortcuts in the view (+, −, T) are remembered as the popup's buttons and panel are.
    onSettingsChange: (change) => {
      if (change.textSize !== undefined) void setTextSize(change.textSize);
      if (change.reading) void setReading(change.reading);
    },
  });
  const api: PlainpageContentApi = Object.freeze({
    clean: (options?: CleanOptions) => clean(view, options),
    get autoCleanState() {
      return state;
    },
  });
  // Own and Symbol-keyed: no page element can stand in for it (content-api.ts). Configurable
  // only so that tests can reset it; nothing outside this world can reach it anyway.
  Object.defineProperty(globalThis, Symbol.for(CONTENT_API_KEY), { value: api, configurable: true });
  if (state === 'pending') void settle(autoClean(view));
}

if (!contentApiIn(globalThis)) start();

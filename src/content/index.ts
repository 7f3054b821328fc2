/**
 * The content script (one IIFE: engine + in-page view). Two ways in:
 *  - the popup injects it on demand and calls `__plainpage.clean()` (never changes the page);
 *  - a registered auto-clean script loads it at document_idle on enabled sites, where a
 *    detected news page is shown as the in-page reader view.
 * A second injection into the same page finds `__plainpage` and does nothing.
 */
import { cleanDocument } from '../core/index.ts';
import type { CleanOptions } from '../core/types.ts';
import { loadSettings } from '../settings/store.ts';
import type { AutoCleanState, ContentReply, PlainpageContentApi } from './content-api.ts';
import { InPageView } from './in-page-view.ts';

/** The document to clean: the live one (the engine works on its own clone), or, while
 * the in-page view is up, a copy of it with the page's original body put back. */
function documentToClean(view: InPageView): Document {
  const original = view.originalBody;
  if (!original) return document;
  const copy = document.cloneNode(true) as Document;
  if (copy.body) copy.documentElement.replaceChild(copy.importNode(original, true), copy.body);
  return copy;
}

function clean(view: InPageView, options: CleanOptions = {}): ContentReply {
  if (document.contentType === 'application/pdf') return { ok: false, unreadable: 'pdf' };
  if (!document.documentElement || !(document.contentType === 'text/html' || document.contentType === 'application/xhtml+xml')) {
    return { ok: false, unreadable: 'not-html' };
  }
  try {
    return { ok: true, result: cleanDocument(documentToClean(view), location.href, options) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

async function autoClean(view: InPageView): Promise<AutoCleanState> {
  // The registration matches every port of the host (see matchPatternFor); the setting is per origin.
  const settings = await loadSettings();
  if (!settings.autoClean[location.origin]) return 'off';
  const reply = clean(view);
  if (!reply.ok) return 'failed';
  // Only news article pages are changed in place: a home page, a listing or a page whose
  // article the popup would show on request is left exactly as it is.
  if (!reply.result.autoClean) return 'not-news';
  view.show(reply.result, settings.textSize);
  return 'cleaned';
}

if (!globalThis.__plainpage) {
  const view = new InPageView(document);
  const api: PlainpageContentApi = {
    clean: (options) => clean(view, options),
    autoCleanState: globalThis.__plainpagePopupOnly ? 'popup-only' : 'pending',
  };
  globalThis.__plainpage = api;
  if (api.autoCleanState === 'pending') {
    autoClean(view).then(
      (state) => (api.autoCleanState = state),
      (error: unknown) => {
        api.autoCleanState = 'failed';
        console.warn('plainpage: auto-clean failed', error);
      },
    );
  }
}

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
import { loadSettings, saveReadAloudChoice, setReading, setTextSize } from '../settings/store.ts';
import { CONTENT_API_KEY, POPUP_ONLY_KEY, contentApiIn, type AutoCleanState, type ContentReply, type PlainpageContentApi } from './content-api.ts';
import { InPageView } from './in-page-view.ts';
import { inPageOrder } from '../reader/removal-log.ts';
import { t } from '../platform/i18n.ts';
import { sendMessage } from '../platform/runtime.ts';
import type { StopAutoCleanMessage, StopAutoCleanReply } from '../background/messages.ts';

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
  view.show(reply.result, settings.textSize, settings.reading, settings.readAloud);
  return view.isShowing ? 'cleaned' : 'failed';
}

/**
 * The bar's "Re-clean": the live page read again (its own body, which may have grown since
 * load) and the new result shown in the view that is up. A page that no longer reads as a
 * news article keeps the earlier result, and the view says so.
 */
function recleanInPlace(view: InPageView): void {
  const reply = clean(view);
  if (reply.ok && reply.result.autoClean) view.refresh(reply.result);
  else view.say(t('inPage_recleanFailed'));
}

const STOP_AUTO_CLEAN: StopAutoCleanMessage = { type: 'plainpage:stop-auto-clean' };

/**
 * The bar's "Stop auto-cleaning this site": the background switches the site off as the popup's
 * switch does (a content script cannot give a permission back); then the original page, and a
 * notice that auto-clean is off. On failure the view stays and says so.
 */
async function stopAutoClean(view: InPageView): Promise<boolean> {
  let reply: StopAutoCleanReply | undefined;
  try {
    reply = await sendMessage<StopAutoCleanReply | undefined>(STOP_AUTO_CLEAN);
  } catch (error) {
    console.warn('plainpage: could not stop auto-clean', error);
  }
  if (!reply?.ok) {
    view.say(t('inPage_stopFailed'));
    return false;
  }
  view.showOriginalWithNotice(t('common_autoCleanOff', location.host));
  return true;
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
  let stopping = false;
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
    onReadAloudChoice: (lang, choice) => void saveReadAloudChoice(lang, choice).catch(() => undefined),
    onReclean: () => recleanInPlace(view),
    onStopAutoClean: () => {
      if (stopping) return; // a second press while the background works
      stopping = true;
      void stopAutoClean(view).then((stopped) => {
        stopping = false;
        if (stopped) state = 'off';
      });
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

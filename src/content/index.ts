/**
 * The auto-clean content script (one IIFE: the in-page view, no engine). A registered
 * script loads it at document_idle on enabled sites. It reads the page (snapshotPage) and
 * has the background clean it in an extension page (Chrome's offscreen document, Firefox's
 * background page); a detected news page is then shown as the in-page reader view.
 * The engine is not injected into the page: the script stays small, and the page's own
 * scripts never share a world with it (issue 12).
 * A second injection into the same page finds the API and does nothing.
 *
 * State lives in this module's scope, and the API in a Symbol-keyed own property of the
 * isolated world's global (see content-api.ts), never under a plain global name: page
 * elements with an id or name show up as globals here too (issue 13).
 */
import { loadSettings, saveReadAloudChoice, setReading, setTextSize } from '../settings/store.ts';
import { CONTENT_API_KEY, contentApiIn, type AutoCleanState, type PlainpageContentApi } from './content-api.ts';
import { InPageView } from './in-page-view.ts';
import { t } from '../platform/i18n.ts';
import { sendMessage } from '../platform/runtime.ts';
import type { CleanSnapshotMessage, StopAutoCleanMessage, StopAutoCleanReply } from '../background/messages.ts';
import type { CleanReply } from '../engine-host/clean-snapshot.ts';
import { snapshotPage } from '../engine-host/snapshot.ts';

/** The page read as it is now (its own body while the view is up) and cleaned by the background's engine. */
async function clean(): Promise<CleanReply> {
  try {
    const snapshot = snapshotPage();
    if (!snapshot.ok) return snapshot;
    const message: CleanSnapshotMessage = { type: 'plainpage:clean-snapshot', snapshot, options: {} };
    return (await sendMessage<CleanReply | undefined>(message)) ?? { ok: false, error: 'no reply from the engine' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Cleans the page and shows it in place; the settings are read each time (text size may have changed). */
async function cleanInPlace(view: InPageView): Promise<AutoCleanState> {
  const settings = await loadSettings();
  const reply = await clean();
  if (!reply.ok) {
    console.warn('plainpage: auto-clean failed', 'error' in reply ? reply.error : reply.unreadable);
    return 'failed';
  }
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
async function recleanInPlace(view: InPageView): Promise<void> {
  const reply = await clean();
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
  let state: AutoCleanState = 'pending';
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
    onReclean: () => void recleanInPlace(view),
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
    bodySwap: () => view.bodySwap,
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

/**
 * The toolbar popup: cleans the active tab (or `?tabId=N`, used when the popup page is
 * opened as a tab by tests or the reader) and shows the reader view, with the
 * auto-clean switch, "Open in reader tab", "Open beside the page" (the side panel), "Copy text"
 * and the text size.
 */
import type { CleanResult } from '../core/types.ts';
import { copyText } from '../platform/clipboard.ts';
import { t } from '../platform/i18n.ts';
import { extensionUrl, isFileSchemeAllowed } from '../platform/runtime.ts';
import { hasSidePanel, openSidePanel } from '../platform/side-panel.ts';
import { getActiveTab, getTab, openTab } from '../platform/tabs.ts';
import { READER_CSS, attachStyles } from '../reader/reader-css.ts';
import { plainTextOf, readyStatus } from '../reader/format.ts';
import { focusArticle } from '../reader/keyboard.ts';
import { localizePage } from '../reader/localize.ts';
import { HandoffError, storeForReader } from '../reader/handoff.ts';
import { TEXT_SIZE_MAX, TEXT_SIZE_MIN, TEXT_SIZE_STEP } from '../settings/schema.ts';
import { webOriginOf } from '../settings/site-access.ts';
import { loadSettings, setReading, setTextSize } from '../settings/store.ts';
import { createReadingPanel } from '../reader/reading-panel.ts';
import { storeForPanel } from '../sidepanel/panel-handoff.ts';
import { isAutoCleanOn, switchAutoCleanOff, switchAutoCleanOn } from './auto-clean-toggle.ts';
import { cleanTab } from './clean-tab.ts';
import { classifyPage } from './page-access.ts';
import { tabIdFromSearch } from './tab-target.ts';
import { showError, showNotNews, showReady, showUnreadable, showWorking } from './popup-view.ts';

localizePage(document);

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`popup.html lacks #${id}`);
  return node as T;
}

const ui = {
  root: byId<HTMLDivElement>('root'),
  view: byId<HTMLElement>('view'),
  smaller: byId<HTMLButtonElement>('smaller'),
  larger: byId<HTMLButtonElement>('larger'),
  sizeValue: byId<HTMLSpanElement>('size-value'),
  autoClean: byId<HTMLInputElement>('auto-clean'),
  openReader: byId<HTMLButtonElement>('open-reader'),
  openSide: byId<HTMLButtonElement>('open-side'),
  copy: byId<HTMLButtonElement>('copy'),
  copyRelated: byId<HTMLButtonElement>('copy-related'),
  status: byId<HTMLParagraphElement>('action-status'),
  viewStatus: byId<HTMLParagraphElement>('view-status'),
};

let current: CleanResult | null = null;
/** The tab the popup cleaned (the side panel opens for it). */
let currentTabId: number | null = null;
let textSize = 18;

function say(message: string): void {
  ui.status.textContent = message;
}

function applyTextSize(px: number): void {
  textSize = px;
  ui.root.style.setProperty('--pp-text-size', `${px}px`);
  ui.sizeValue.textContent = String(px);
  // aria-disabled, not disabled: a disabled button drops the focus of whoever just pressed it.
  ui.smaller.setAttribute('aria-disabled', String(px <= TEXT_SIZE_MIN));
  ui.larger.setAttribute('aria-disabled', String(px >= TEXT_SIZE_MAX));
  // The accessible name starts with the visible text (WCAG 2.5.3, axe label-content-name-mismatch).
  ui.smaller.setAttribute('aria-label', t('popup_smallerTextNow', px));
  ui.larger.setAttribute('aria-label', t('popup_largerTextNow', px));
}

async function handleTextSize(delta: number): Promise<void> {
  const next = textSize + delta;
  if (next < TEXT_SIZE_MIN || next > TEXT_SIZE_MAX) return;
  applyTextSize((await setTextSize(next)).textSize);
}

/** After a state is shown: focus on the article (Space and PageDown scroll it) and a short announcement. */
function settleView(announcement: string): void {
  ui.viewStatus.textContent = announcement;
  focusArticle(ui.view);
}

function setResult(result: CleanResult | null): void {
  current = result;
  ui.openReader.disabled = result === null;
  ui.openSide.disabled = result === null;
  ui.copy.disabled = result === null;
  // Related stories are copied only when the reader asks for them.
  ui.copyRelated.hidden = !result || result.related.length === 0;
}

async function run(tabId: number, force: boolean): Promise<void> {
  setResult(null);
  showWorking(ui.view);
  const outcome = await cleanTab(tabId, { force });
  const actions = {
    onCleanAnyway: () => void run(tabId, true),
    onRetry: () => void run(tabId, force),
  };
  switch (outcome.kind) {
    case 'ready':
      showReady(ui.view, outcome.result);
      setResult(outcome.result);
      // A side panel following the active tab shows it too, without cleaning the page again.
      void storeForPanel(tabId, outcome.result);
      settleView(readyStatus(outcome.result));
      break;
    case 'not-news':
      showNotNews(ui.view, outcome.result, actions);
      settleView(t('state_notNewsStatus'));
      break;
    case 'unreadable':
      showUnreadable(ui.view, outcome.reason, outcome.detail);
      ui.autoClean.disabled = true;
      settleView(t('state_cannotReadStatus'));
      break;
    case 'error':
      showError(ui.view, outcome.message, actions);
      settleView(t('state_errorTitle'));
      break;
  }
}

async function setUpAutoClean(origin: string | null): Promise<void> {
  if (!origin) return;
  const host = new URL(origin).host;
  ui.autoClean.checked = await isAutoCleanOn(origin);
  ui.autoClean.disabled = false;
  let busy = false;
  // While a change is under way the switch ignores presses, but stays enabled: disabling the
  // focused switch would drop the keyboard focus of the reader who just pressed Space.
  ui.autoClean.addEventListener('click', (event) => {
    if (busy) event.preventDefault();
  });
  ui.autoClean.addEventListener('change', () => {
    const wantOn = ui.autoClean.checked;
    // The permission request must be the first thing this handler does (see auto-clean-toggle.ts).
    const pending = wantOn ? switchAutoCleanOn(origin) : switchAutoCleanOff(origin);
    busy = true;
    ui.autoClean.setAttribute('aria-busy', 'true');
    pending
      .then((on) => {
        ui.autoClean.checked = on;
        if (on) say(t('popup_autoCleanOn', host));
        else say(wantOn ? t('popup_autoCleanDenied', host) : t('common_autoCleanOff', host));
      })
      .catch((error: unknown) => {
        ui.autoClean.checked = !wantOn;
        say(t('popup_autoCleanFailed', error instanceof Error ? error.message : String(error)));
      })
      .finally(() => {
        busy = false;
        ui.autoClean.removeAttribute('aria-busy');
      });
  });
}

async function handleOpenReader(): Promise<void> {
  if (!current) return;
  try {
    const key = await storeForReader(current);
    await openTab(extensionUrl(`reader/reader.html#${encodeURIComponent(key)}`));
  } catch (error) {
    say(error instanceof HandoffError ? error.message : t('popup_readerTabFailed', error instanceof Error ? error.message : String(error)));
  }
}

/** "Open beside the page": Chrome's side panel or Firefox's sidebar, with this article. */
function handleOpenSidePanel(): void {
  if (!current || currentTabId === null) return;
  // First, before any await: the browser opens the panel only while it handles the click.
  const opening = openSidePanel(currentTabId);
  const stored = storeForPanel(currentTabId, current, true);
  Promise.all([opening, stored]).then(
    () => say(t('popup_openedBeside')),
    (error: unknown) => say(t('popup_sidePanelFailed', error instanceof Error ? error.message : String(error))),
  );
}

async function handleCopy(related: boolean): Promise<void> {
  if (!current) return;
  const done = related ? t('common_copiedWithRelated') : t('common_copiedText');
  say((await copyText(plainTextOf(current, { related }))) ? done : t('common_copyRefused'));
}

async function main(): Promise<void> {
  attachStyles(document, READER_CSS);
  ui.smaller.addEventListener('click', () => void handleTextSize(-TEXT_SIZE_STEP));
  ui.larger.addEventListener('click', () => void handleTextSize(TEXT_SIZE_STEP));
  ui.openReader.addEventListener('click', () => void handleOpenReader());
  ui.openSide.hidden = !hasSidePanel();
  ui.openSide.addEventListener('click', handleOpenSidePanel);
  ui.copy.addEventListener('click', () => void handleCopy(false));
  ui.copyRelated.addEventListener('click', () => void handleCopy(true));
  showWorking(ui.view);
  const settings = await loadSettings();
  applyTextSize(settings.textSize);
  const panel = createReadingPanel(document, ui.root, settings.reading, (change) => void setReading(change), 'pp-popup-reading');
  byId<HTMLDivElement>('reading-settings').append(panel.element);

  const tabId = tabIdFromSearch(location.search) ?? (await getActiveTab())?.id ?? null;
  const tab = tabId === null ? null : await getTab(tabId);
  if (!tab) {
    showUnreadable(ui.view, 'not-web', t('popup_noTab'));
    settleView(t('state_cannotReadStatus'));
    return;
  }
  const access = classifyPage(tab.url, await isFileSchemeAllowed());
  if (!access.readable) {
    showUnreadable(ui.view, access.reason);
    settleView(t('state_cannotReadStatus'));
    return;
  }
  await setUpAutoClean(webOriginOf(tab.url));
  currentTabId = tab.id;
  await run(tab.id, false);
}

main().catch((error: unknown) => {
  showError(ui.view, error instanceof Error ? error.message : String(error), { onCleanAnyway: () => {}, onRetry: () => location.reload() });
});

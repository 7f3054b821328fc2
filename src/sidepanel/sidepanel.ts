/**
 * The side panel (Chrome) and sidebar (Firefox) page (issue 11): the cleaned article of the
 * active tab beside the page, with the reader tab's rendering, reading settings, text size and
 * read aloud. `?tabId=N` picks the tab (tests open the page as a tab, toolchain notes §10);
 * "Follow the active tab" shows each tab the reader switches to, where Plainpage may read it.
 */
import type { CleanResult } from '../core/types.ts';
import { isPanelShowMessage } from '../background/messages.ts';
import { t } from '../platform/i18n.ts';
import { isFileSchemeAllowed, onMessage } from '../platform/runtime.ts';
import { getActiveTab, getTab, onTabActivated, onTabLoaded, type TabInfo } from '../platform/tabs.ts';
import { showError, showNotNews, showReady, showUnreadable, showWorking } from '../popup/popup-view.ts';
import { tabIdFromSearch } from '../popup/tab-target.ts';
import { readyStatus } from '../reader/format.ts';
import { extensionReadAloud } from '../reader/extension-read-aloud.ts';
import { focusArticle, closeOpenPanels, isPlainEscape } from '../reader/keyboard.ts';
import { localizePage } from '../reader/localize.ts';
import { READ_ALOUD_CSS, type ReadAloudControls } from '../reader/read-aloud-controls.ts';
import { READER_CSS, attachStyles } from '../reader/reader-css.ts';
import { createReadingPanel } from '../reader/reading-panel.ts';
import { DEFAULT_READ_ALOUD, TEXT_SIZE_MAX, TEXT_SIZE_MIN, TEXT_SIZE_STEP, type ReadAloudSettings } from '../settings/schema.ts';
import { loadSettings, onSettingsChanged, setFollowTab, setReading, setTextSize } from '../settings/store.ts';
import { onPanelHandoff } from './panel-handoff.ts';
import { acceptsHandoff, articleForTab, type PanelOutcome } from './panel-source.ts';

localizePage(document);

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const root = $<HTMLDivElement>('root');
const view = $<HTMLElement>('view');
const smaller = $<HTMLButtonElement>('smaller');
const larger = $<HTMLButtonElement>('larger');
const follow = $<HTMLInputElement>('follow');
const viewStatus = $<HTMLParagraphElement>('view-status');

/** The first tab to show when not the active one (tests open the panel page as a tab of its own). */
const firstTabId = tabIdFromSearch(location.search);
let textSize = 18;
let shownTabId: number | null = null;
let lastKind: PanelOutcome['kind'] | null = null;
let readAloud: ReadAloudControls | null = null;
/** Read aloud's remembered voice and speed, kept current (another view may change them). */
let readAloudMemory: ReadAloudSettings = DEFAULT_READ_ALOUD;
/** Bumped by every load: the answer of an earlier, slower one is dropped. */
let loads = 0;

function applyTextSize(px: number): void {
  textSize = px;
  root.style.setProperty('--pp-text-size', `${px}px`);
  // aria-disabled, not disabled: a disabled button drops the focus of whoever just pressed it.
  smaller.setAttribute('aria-disabled', String(px <= TEXT_SIZE_MIN));
  larger.setAttribute('aria-disabled', String(px >= TEXT_SIZE_MAX));
}

function changeTextSize(delta: number): void {
  const next = textSize + delta;
  if (next < TEXT_SIZE_MIN || next > TEXT_SIZE_MAX) return;
  void setTextSize(next).then((s) => applyTextSize(s.textSize));
}

function stopReadingAloud(): void {
  readAloud?.destroy();
  readAloud = null;
  $<HTMLDivElement>('read-aloud').replaceChildren();
}

function mountReadAloud(result: CleanResult): void {
  const bar = document.querySelector<HTMLElement>('.pp-panel-bar');
  readAloud = extensionReadAloud(view, result, bar, 'pp-panel-ra', readAloudMemory);
  $<HTMLDivElement>('read-aloud').append(readAloud.element);
}

/** The message when Plainpage may not read the tab (activeTab: a click on the toolbar button grants it). */
function showNeedsAccess(): void {
  const box = document.createElement('div');
  box.className = 'pp-state';
  const h = document.createElement('h1');
  h.textContent = t('sidepanel_needsAccessTitle');
  const p = document.createElement('p');
  p.textContent = t('sidepanel_needsAccessText');
  box.append(h, p);
  view.replaceChildren(box);
  view.setAttribute('aria-busy', 'false');
  view.dataset.state = 'needs-access';
}

function settle(kind: PanelOutcome['kind'], announcement: string): void {
  lastKind = kind;
  viewStatus.textContent = announcement;
  focusArticle(view);
}

function showResult(tabId: number, result: CleanResult): void {
  stopReadingAloud();
  shownTabId = tabId;
  showReady(view, result);
  document.title = t('common_articleDocumentTitle', result.title || t('common_untitled'));
  mountReadAloud(result);
  settle('ready', readyStatus(result));
}

async function showTab(tab: TabInfo | null, force = false): Promise<void> {
  const load = ++loads;
  stopReadingAloud();
  showWorking(view);
  const outcome = await articleForTab(tab, { force, fileAccess: await isFileSchemeAllowed() });
  if (load !== loads) return;
  shownTabId = tab?.id ?? null;
  document.title = t('sidepanel_documentTitle');
  const actions = { onCleanAnyway: () => void showTab(tab, true), onRetry: () => void showTab(tab, force) };
  switch (outcome.kind) {
    case 'ready':
      return showResult(tab!.id, outcome.result);
    case 'not-news':
      showNotNews(view, outcome.result, actions);
      return settle(outcome.kind, t('state_notNewsStatus'));
    case 'unreadable':
      showUnreadable(view, outcome.reason, outcome.detail);
      return settle(outcome.kind, t('state_cannotReadStatus'));
    case 'needs-access':
      showNeedsAccess();
      return settle(outcome.kind, t('sidepanel_needsAccessTitle'));
    case 'no-tab':
      showUnreadable(view, 'not-web', t('sidepanel_noTab'));
      return settle(outcome.kind, t('state_cannotReadStatus'));
    case 'error':
      showError(view, outcome.message, actions);
      return settle(outcome.kind, t('state_errorTitle'));
  }
}

/** The active tab of the panel's window. */
async function activeTabId(): Promise<number | null> {
  return (await getActiveTab())?.id ?? null;
}

/** With "Follow the active tab" on: show `tabId` if it is (still) this window's active tab. */
async function followTo(tabId: number, reload = false): Promise<void> {
  if (!follow.checked) return;
  if ((await activeTabId()) !== tabId || (tabId === shownTabId && !reload)) return;
  await showTab(await getTab(tabId));
}

function handleKeydown(event: KeyboardEvent): void {
  if (isPlainEscape(event) && closeOpenPanels(root, document.activeElement)) event.preventDefault();
}

async function main(): Promise<void> {
  attachStyles(document, READER_CSS);
  attachStyles(document, READ_ALOUD_CSS);
  const settings = await loadSettings();
  applyTextSize(settings.textSize);
  readAloudMemory = settings.readAloud;
  // "Follow the active tab" is remembered: a panel opened later follows from the start.
  follow.checked = settings.sidePanel.follow;
  const panel = createReadingPanel(document, root, settings.reading, (change) => void setReading(change), 'pp-panel-reading');
  $<HTMLDivElement>('reading-settings').append(panel.element);
  onSettingsChanged((next) => {
    applyTextSize(next.textSize);
    readAloudMemory = next.readAloud;
    follow.checked = next.sidePanel.follow;
    panel.update(next.reading);
  });
  smaller.addEventListener('click', () => changeTextSize(-TEXT_SIZE_STEP));
  larger.addEventListener('click', () => changeTextSize(TEXT_SIZE_STEP));
  document.addEventListener('keydown', handleKeydown);
  addEventListener('pagehide', stopReadingAloud);

  follow.addEventListener('change', () => {
    void setFollowTab(follow.checked).catch(() => undefined);
    if (follow.checked) void activeTabId().then((id) => (id === null ? undefined : followTo(id)));
  });
  onTabActivated((tabId) => void followTo(tabId));
  onTabLoaded((tabId) => void followTo(tabId, true));
  // The popup cleaned a tab (and may have pressed "Open beside the page").
  onPanelHandoff((handoff) => {
    void activeTabId().then((active) => {
      if (!acceptsHandoff({ shownTabId, activeTabId: active, follow: follow.checked }, handoff)) return;
      loads += 1; // a clean still under way is out of date
      showResult(handoff.tabId, handoff.result);
    });
  });
  // The side panel command on a tab: activeTab now allows reading it.
  onMessage((message) => {
    if (!isPanelShowMessage(message)) return undefined;
    if (!(message.tabId === shownTabId && lastKind === 'ready')) void getTab(message.tabId).then((tab) => showTab(tab));
    return Promise.resolve(true);
  });

  const tabId = firstTabId ?? (await activeTabId());
  await showTab(tabId === null ? null : await getTab(tabId));
}

main().catch((error: unknown) => {
  showError(view, error instanceof Error ? error.message : String(error), { onCleanAnyway: () => {}, onRetry: () => location.reload() });
});

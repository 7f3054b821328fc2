/**
 * Adapter over Chrome's `sidePanel` and Firefox's `sidebarAction`: the cleaned article
 * beside the page (issue 11). Both open only in answer to a user action (a click, a
 * keyboard command), so openSidePanel() must be called before any `await` in its handler.
 */
import browser from './browser-api.ts';
import { t } from './i18n.ts';

interface ChromeSidePanel {
  open(options: { tabId: number }): Promise<void>;
}

function chromeSidePanel(): ChromeSidePanel | undefined {
  // Chrome 114+; not in webextension-polyfill's types, passed through to `chrome.sidePanel` as it is.
  return (browser as unknown as { sidePanel?: ChromeSidePanel }).sidePanel;
}

function firefoxSidebar(): typeof browser.sidebarAction | undefined {
  return (browser as { sidebarAction?: typeof browser.sidebarAction }).sidebarAction;
}

/** Whether this browser can show an extension page beside the page. */
export function hasSidePanel(): boolean {
  return typeof chromeSidePanel()?.open === 'function' || typeof firefoxSidebar()?.open === 'function';
}

/**
 * Opens the side panel for `tabId` (Chrome) or the window's sidebar (Firefox, where the
 * sidebar belongs to the window, not a tab). Call it synchronously in the user's gesture.
 */
export function openSidePanel(tabId: number): Promise<void> {
  const sidePanel = chromeSidePanel();
  if (typeof sidePanel?.open === 'function') return sidePanel.open({ tabId });
  const sidebar = firefoxSidebar();
  if (typeof sidebar?.open === 'function') return sidebar.open();
  return Promise.reject(new Error(t('popup_noSidePanel')));
}

/**
 * Where the side panel's article comes from (issue 11). First the popup's hand-off for the
 * tab (no second clean); else the panel cleans the tab itself, as the popup does, which
 * works while Plainpage may read the tab: activeTab, granted when the reader clicked the
 * toolbar button or pressed a Plainpage shortcut on it (until it navigates away), or the
 * site's auto-clean permission. Without either, the browser does not even tell us the tab's
 * address; the panel then asks for that click instead of failing.
 */
import { cleanTab, type CleanOutcome } from '../popup/clean-tab.ts';
import { classifyPage } from '../popup/page-access.ts';
import type { TabInfo } from '../platform/tabs.ts';
import { loadForPanel, type PanelHandoff } from './panel-handoff.ts';

export type PanelOutcome = CleanOutcome | { kind: 'needs-access' } | { kind: 'no-tab' };

export interface PanelSourceOptions {
  /** "Clean anyway" on a page that is not a news article. @default false */
  force?: boolean;
  /** Whether the reader allowed Plainpage on file:// pages. @default false */
  fileAccess?: boolean;
}

export async function articleForTab(tab: TabInfo | null, options: PanelSourceOptions = {}): Promise<PanelOutcome> {
  if (!tab) return { kind: 'no-tab' };
  const force = options.force === true;
  if (!force) {
    const handed = await loadForPanel(tab.id, tab.url);
    if (handed) return { kind: 'ready', result: handed };
  }
  // No address: no activeTab grant and no host permission for this tab.
  if (tab.url === undefined) return { kind: 'needs-access' };
  const access = classifyPage(tab.url, options.fileAccess === true);
  if (!access.readable) return { kind: 'unreadable', reason: access.reason };
  return cleanTab(tab.id, { force });
}

export interface PanelView {
  /** The tab whose article the panel shows (null before the first). */
  shownTabId: number | null;
  /** The active tab of the panel's window. */
  activeTabId: number | null;
  follow: boolean;
}

/** Whether a new hand-off from the popup replaces what the panel shows. */
export function acceptsHandoff(view: PanelView, handoff: Pick<PanelHandoff, 'tabId' | 'open'>): boolean {
  if (handoff.open || handoff.tabId === view.shownTabId) return true;
  return view.follow && handoff.tabId === view.activeTabId;
}

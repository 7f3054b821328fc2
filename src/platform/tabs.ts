/**
 * Adapter over `browser.tabs`: the rest of the extension imports this, never the
 * polyfill, so logic can be unit-tested with `vi.mock('…/platform/tabs')`.
 */
import browser from './browser-api.ts';

export interface TabInfo {
  id: number;
  /** Undefined when the extension may not see the tab's URL (no activeTab/host grant). */
  url: string | undefined;
  title: string | undefined;
}

function toTabInfo(tab: browser.Tabs.Tab): TabInfo | null {
  return tab.id === undefined ? null : { id: tab.id, url: tab.url, title: tab.title };
}

/** The active tab of the window the popup belongs to. */
export async function getActiveTab(): Promise<TabInfo | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab ? toTabInfo(tab) : null;
}

export async function getTab(tabId: number): Promise<TabInfo | null> {
  try {
    return toTabInfo(await browser.tabs.get(tabId));
  } catch {
    return null; // closed, or never existed
  }
}

export async function openTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}

/** A tab became the active one in its window. */
export function onTabActivated(listener: (tabId: number) => void): () => void {
  const handle = (info: browser.Tabs.OnActivatedActiveInfoType) => listener(info.tabId);
  browser.tabs.onActivated.addListener(handle);
  return () => browser.tabs.onActivated.removeListener(handle);
}

/** A tab finished loading a page (a navigation, a reload). */
export function onTabLoaded(listener: (tabId: number) => void): () => void {
  const handle = (tabId: number, change: browser.Tabs.OnUpdatedChangeInfoType) => {
    if (change.status === 'complete') listener(tabId);
  };
  browser.tabs.onUpdated.addListener(handle);
  return () => browser.tabs.onUpdated.removeListener(handle);
}

/** Adapter over `browser.commands`: the keyboard shortcuts, and the browser's page to change them. */
import browser from './browser-api.ts';
import { openTab } from './tabs.ts';

export interface ShortcutInfo {
  name: string;
  description: string;
  /** '' when the reader has not set one (or the browser took it for something else). */
  shortcut: string;
}

/** Chrome's shortcuts page: extensions may open it with tabs.create, but not link to it. */
export const CHROME_SHORTCUTS_URL = 'chrome://extensions/shortcuts';

export async function getShortcuts(): Promise<ShortcutInfo[]> {
  const commands = await browser.commands.getAll();
  return commands.map((c) => ({ name: c.name ?? '', description: c.description ?? '', shortcut: c.shortcut ?? '' }));
}

/**
 * Opens the browser's page for changing extension shortcuts: Firefox has
 * `commands.openShortcutSettings()` (Firefox 137+; about:addons cannot be opened by an
 * extension); Chrome has no such call, so its chrome:// page is opened in a tab.
 */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') {
    await commands.openShortcutSettings();
    return;
  }
  await openTab(CHROME_SHORTCUTS_URL);
}

/** A keyboard command was pressed, with the tab it was pressed in (a user action: see side-panel.ts). */
export function onCommand(listener: (name: string, tabId: number | undefined) => void): void {
  browser.commands.onCommand.addListener((name, tab) => listener(name, tab?.id));
}

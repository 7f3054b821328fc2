/**
 * The "open-side-panel" keyboard command (manifest.json): opens the side panel (Chrome) or the
 * sidebar (Firefox) on the tab it was pressed in. A command is a user action, and pressing it
 * grants activeTab for that tab, so the panel can clean it; a panel already open is told to.
 */
import { sendMessage } from '../platform/runtime.ts';
import { openSidePanel } from '../platform/side-panel.ts';
import type { PanelShowMessage } from './messages.ts';

export const OPEN_SIDE_PANEL_COMMAND = 'open-side-panel';

/** Returns the work started, or undefined for another command (or one with no tab). */
export function handleCommand(name: string, tabId: number | undefined): Promise<void> | undefined {
  if (name !== OPEN_SIDE_PANEL_COMMAND || tabId === undefined) return undefined;
  // First, before any await: the browser allows opening only while the user action is handled.
  const opening = openSidePanel(tabId);
  const message: PanelShowMessage = { type: 'plainpage:panel-show', tabId };
  return opening
    .then(() => sendMessage(message).catch(() => undefined)) // no panel page listening yet: it reads the tab itself
    .then(() => undefined, (error: unknown) => console.warn('plainpage: could not open the side panel', error));
}

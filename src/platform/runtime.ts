/** Adapter over `browser.runtime` and `browser.extension`: lifecycle events, URLs, messages. */
import browser from './browser-api.ts';

export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path);
}

/** Fires on install, on update and (with --load-extension) on every launch. */
export function onInstalled(listener: (reason: string) => void): void {
  browser.runtime.onInstalled.addListener((details) => listener(details.reason));
}

/** Fires when a browser profile starts (not when the extension is merely reloaded). */
export function onStartup(listener: () => void): void {
  browser.runtime.onStartup.addListener(listener);
}

export async function sendMessage<Reply>(message: unknown): Promise<Reply> {
  return (await browser.runtime.sendMessage(message)) as Reply;
}

/** Who sent a message: the page's address and tab for a content script, nothing for an extension page. */
export interface MessageSender {
  url?: string;
  tabId?: number;
  frameId?: number;
}

/** Registers an async message handler; a handler returning undefined leaves the message to others. */
export function onMessage(handler: (message: unknown, sender: MessageSender) => Promise<unknown> | undefined): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
    handler(message, { url: sender.url, tabId: sender.tab?.id, frameId: sender.frameId }),
  );
}

/** Whether the user allowed this extension on file:// URLs (Chrome's per-extension switch). */
export async function isFileSchemeAllowed(): Promise<boolean> {
  try {
    return await browser.extension.isAllowedFileSchemeAccess();
  } catch {
    return false;
  }
}

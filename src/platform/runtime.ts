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

/** Registers an async message handler; a handler returning undefined leaves the message to others. */
export function onMessage(handler: (message: unknown) => Promise<unknown> | undefined): void {
  browser.runtime.onMessage.addListener((message: unknown) => handler(message));
}

/** Whether the user allowed this extension on file:// URLs (Chrome's per-extension switch). */
export async function isFileSchemeAllowed(): Promise<boolean> {
  try {
    return await browser.extension.isAllowedFileSchemeAccess();
  } catch {
    return false;
  }
}

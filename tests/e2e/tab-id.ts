/** The tab id of a URL, asked of the extension's service worker: for the e2e tests and the demo's screenshots. */
import type { Worker } from '@playwright/test';

/** The tab id of the (only) tab showing `url`. */
export async function tabIdFor(sw: Worker, url: string): Promise<number> {
  return sw.evaluate(async (u) => {
    const [tab] = await chrome.tabs.query({ url: u.split('#')[0] });
    if (tab?.id === undefined) throw new Error(`no tab for ${u}`);
    return tab.id;
  }, url);
}

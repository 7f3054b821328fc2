/** Adapter over `browser.scripting` (one-off injection and dynamic content scripts). */
import browser from './browser-api.ts';

export interface ContentScriptRegistration {
  id: string;
  matches: string[];
}

/** Runs `func(...args)` in the tab's top frame (isolated world) and returns its result. */
export async function runInTab<Args extends unknown[], Result>(
  tabId: number,
  func: (...args: Args) => Result,
  args: Args,
): Promise<Awaited<Result> | undefined> {
  const [first] = await browser.scripting.executeScript({ target: { tabId }, func, args });
  if (first && 'error' in first && first.error) throw new Error(String((first.error as { message?: string }).message ?? first.error));
  return first?.result as Awaited<Result> | undefined;
}

export async function getRegisteredContentScripts(): Promise<ContentScriptRegistration[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.map((s) => ({ id: s.id, matches: s.matches ?? [] }));
}

/** Registers `files` on `matches` at document_idle, top frame only. */
export async function registerContentScript(id: string, matches: string[], files: string[]): Promise<void> {
  await browser.scripting.registerContentScripts([
    // persistAcrossSessions is the default; Chrome still drops registrations on update
    // and on every --load-extension launch, which is why the background reconciles.
    { id, matches, js: files, runAt: 'document_idle', allFrames: false, persistAcrossSessions: true },
  ]);
}

export async function unregisterContentScripts(ids: string[]): Promise<void> {
  if (ids.length > 0) await browser.scripting.unregisterContentScripts({ ids });
}

/** Adapter over `browser.permissions` (optional host permissions only). */
import browser from './browser-api.ts';

/**
 * Asks the user for `origins`. MUST be called synchronously inside the click
 * handler, before any `await`: Firefox only honours requests made while the user
 * gesture is still being handled, and refuses the rest.
 */
export function requestOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.request({ origins });
}

/** Gives up `origins`. Resolves false when the browser refuses (e.g. required permissions). */
export async function removeOrigins(origins: string[]): Promise<boolean> {
  try {
    return await browser.permissions.remove({ origins });
  } catch {
    return false; // "You cannot remove required permissions" (the e2e build's fixed grant)
  }
}

export async function containsOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.contains({ origins });
}

export async function getGrantedOrigins(): Promise<string[]> {
  return (await browser.permissions.getAll()).origins ?? [];
}

export function onOriginsAdded(listener: (origins: string[]) => void): void {
  browser.permissions.onAdded.addListener((p) => listener(p.origins ?? []));
}

export function onOriginsRemoved(listener: (origins: string[]) => void): void {
  browser.permissions.onRemoved.addListener((p) => listener(p.origins ?? []));
}

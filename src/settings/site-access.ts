/**
 * How a site's auto-clean switch maps to browser objects: the origin that keys the
 * setting, the host-permission match pattern, and the fixed content-script id.
 */

/** The one content-script file (an IIFE built by vite.content.config.ts). */
export const CONTENT_SCRIPT_FILE = 'content.js';

/** Registered auto-clean scripts are `plainpage-auto:<origin>`; nothing else uses the prefix. */
export const AUTO_CLEAN_SCRIPT_PREFIX = 'plainpage-auto:';

/** The http(s) origin of `url`, or null for any other kind of page. */
export function webOriginOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/**
 * `https://example.com:8443` → `https://example.com/*`. The port is dropped because
 * Firefox match patterns may not contain one (MDN "Match patterns"; Firefox bugs
 * 1362809, 1468162); the content script re-checks the exact origin against the settings.
 */
export function matchPatternFor(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

export function autoCleanScriptId(origin: string): string {
  return `${AUTO_CLEAN_SCRIPT_PREFIX}${origin}`;
}

export function isAutoCleanScriptId(id: string): boolean {
  return id.startsWith(AUTO_CLEAN_SCRIPT_PREFIX);
}

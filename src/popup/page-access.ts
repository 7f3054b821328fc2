/**
 * Which tabs Plainpage can read, decided from the URL before trying. Browsers refuse
 * scripts on their own pages, on the extension stores and in the PDF viewer; a file://
 * page needs the user's "Allow access to file URLs" switch.
 */
import { t } from '../platform/i18n.ts';

/** Schemes of pages extensions may never script (browser UI, other extensions, sources). */
export const UNREADABLE_SCHEMES = [
  'about:', 'chrome:', 'chrome-extension:', 'chrome-untrusted:', 'chrome-search:', 'devtools:', 'edge:', 'brave:',
  'opera:', 'vivaldi:', 'moz-extension:', 'resource:', 'view-source:', 'data:', 'blob:', 'javascript:', 'jar:',
] as const;

/** Extension stores: Chrome and Firefox block content scripts there (Chrome policy; Firefox's restrictedDomains). */
export const EXTENSION_STORE_URLS = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore\b/,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons\b/,
  /^https:\/\/addons\.mozilla\.org\//,
  /^https:\/\/accounts-static\.cdn\.mozilla\.net\//,
] as const;

/** A URL whose path ends in .pdf opens in the browser's PDF viewer, which scripts cannot read. */
export const PDF_PATH = /\.pdf$/i;

export type UnreadableReason = 'browser-page' | 'extension-store' | 'pdf' | 'file-access' | 'not-web';

export type PageAccess = { readable: true } | { readable: false; reason: UnreadableReason };

export function classifyPage(url: string | undefined, fileAccessAllowed: boolean): PageAccess {
  // No URL: the tab is not ours to see yet; injecting decides (activeTab normally grants it).
  if (!url) return { readable: true };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { readable: false, reason: 'not-web' };
  }
  if ((UNREADABLE_SCHEMES as readonly string[]).includes(parsed.protocol)) return { readable: false, reason: 'browser-page' };
  if (parsed.protocol === 'file:') {
    if (!fileAccessAllowed) return { readable: false, reason: 'file-access' };
    return PDF_PATH.test(parsed.pathname) ? { readable: false, reason: 'pdf' } : { readable: true };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { readable: false, reason: 'not-web' };
  if (EXTENSION_STORE_URLS.some((re) => re.test(parsed.href))) return { readable: false, reason: 'extension-store' };
  if (PDF_PATH.test(parsed.pathname)) return { readable: false, reason: 'pdf' };
  return { readable: true };
}

/** Injection errors that mean "this page is off limits" rather than a bug. */
export const UNREADABLE_ERROR = /cannot access|cannot be scripted|missing host permission|extensions gallery|permission to access|restricted|not allowed/i;

export const UNREADABLE_MESSAGES: Record<UnreadableReason, { title: string; detail: string }> = {
  'browser-page': { title: t('unreadable_pageTitle'), detail: t('unreadable_browserPageDetail') },
  'extension-store': { title: t('unreadable_storeTitle'), detail: t('unreadable_storeDetail') },
  pdf: { title: t('unreadable_pdfTitle'), detail: t('unreadable_pdfDetail') },
  'file-access': { title: t('unreadable_fileAccessTitle'), detail: t('unreadable_fileAccessDetail') },
  'not-web': { title: t('unreadable_pageTitle'), detail: t('unreadable_notWebDetail') },
};

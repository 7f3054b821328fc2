/** URLs: absolute http(s) addresses and the site a link belongs to. */

/** Resolve `href` against `base`; '' unless the result is http(s). */
export function absoluteHttpUrl(href: string | null, base: string): string {
  if (!href) return '';
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : '';
  } catch {
    return '';
  }
}

/** Second-level labels under which a country's domains are registered ("bbc.co.uk", "uol.com.br"). */
const REGISTRY_LABELS = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'ne', 'or', 'go', 'gob', 'nic', 'mil']);

/**
 * The site a URL belongs to, as its last two host labels ("chron.com" for
 * marketing.chron.com), or three under a country's registry label ("bbc.co.uk",
 * "uol.com.br"; "heute.zdf.de" is zdf.de). No public-suffix list: this only groups a site's
 * own subdomains together. '' for anything that is not http(s).
 */
export function siteOf(href: string | null, base: string): string {
  const abs = absoluteHttpUrl(href, base);
  if (!abs) return '';
  const labels = new URL(abs).hostname.replace(/\.$/, '').split('.');
  const keep = labels.length >= 3 && labels.at(-1)!.length === 2 && REGISTRY_LABELS.has(labels.at(-2)!) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

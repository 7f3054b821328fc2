/**
 * The options page's list of sites with auto-clean on, each with a Remove button. DOM only
 * (createElement/textContent); what Remove does is the caller's (the popup's switch-off path).
 */
import { t } from '../platform/i18n.ts';

export interface SiteListActions {
  onRemove(origin: string): void;
}

/** "https://news.example" → "news.example"; a port stays ("127.0.0.1:4179"), http is said. */
export function siteLabel(origin: string): string {
  const url = new URL(origin);
  return url.protocol === 'http:' ? t('options_siteHttp', url.host) : url.host;
}

/** Replaces `list`'s items with one per origin (sorted by label); `empty` is shown when there are none. */
export function renderSiteList(list: HTMLUListElement, empty: HTMLElement, origins: readonly string[], actions: SiteListActions): void {
  const doc = list.ownerDocument;
  const sorted = [...origins].sort((a, b) => siteLabel(a).localeCompare(siteLabel(b)));
  const items = sorted.map((origin) => {
    const li = doc.createElement('li');
    li.className = 'pp-site';
    li.dataset.origin = origin;
    const name = doc.createElement('span');
    name.className = 'pp-site-name';
    name.textContent = siteLabel(origin);
    const remove = doc.createElement('button');
    remove.type = 'button';
    remove.className = 'pp-button';
    remove.textContent = t('options_remove');
    // The visible word first, then which site (WCAG 2.5.3).
    remove.setAttribute('aria-label', t('options_removeSite', siteLabel(origin)));
    remove.addEventListener('click', () => actions.onRemove(origin));
    li.append(name, remove);
    return li;
  });
  list.replaceChildren(...items);
  list.hidden = items.length === 0;
  empty.hidden = items.length > 0;
}

/**
 * Where focus goes after `removed` left the list: the Remove button of the site that took
 * its place (or the one before it, for the last), else `fallback` (the list's heading).
 */
export function focusAfterRemoval(list: HTMLUListElement, removedIndex: number, fallback: HTMLElement): void {
  const buttons = [...list.querySelectorAll<HTMLButtonElement>('.pp-site button')];
  const next = buttons[Math.min(removedIndex, buttons.length - 1)];
  (next ?? fallback).focus();
}

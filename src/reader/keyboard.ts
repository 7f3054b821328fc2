/**
 * Keyboard behaviour shared by the popup, the reader tab and the in-page view (issue 11):
 * the article container takes focus once it is rendered (so Space, PageDown and the arrows
 * scroll it), and Escape closes the open panel. Pure DOM, unit-tested.
 */

/** True when `active` is nothing in particular (the body, the document, or the view itself). */
function isIdle(doc: Document, active: Element | null, view: HTMLElement): boolean {
  return active === null || active === doc.body || active === doc.documentElement || active === view;
}

/**
 * Focuses the article container (tabindex="-1") unless the reader already moved focus to a
 * control: opening the popup must not take focus away from a switch someone tabbed to.
 * `preventScroll`: the view is already at its top. Returns whether it focused.
 */
export function focusArticle(view: HTMLElement, active: Element | null = view.ownerDocument.activeElement): boolean {
  if (!isIdle(view.ownerDocument, active, view) && !(active && view.contains(active))) return false;
  view.focus({ preventScroll: true });
  return true;
}

/**
 * Escape in a view with panels: closes the innermost open `<details>` holding focus and puts
 * focus on its summary; with focus outside every panel, closes all open panels in `root`.
 * Returns whether any panel was closed (the caller may then stop the key from doing more).
 */
export function closeOpenPanels(root: ParentNode, active: Element | null): boolean {
  const holder = active?.closest('details[open]') as HTMLDetailsElement | null | undefined;
  if (holder && root.contains(holder)) {
    holder.open = false;
    holder.querySelector<HTMLElement>(':scope > summary')?.focus();
    return true;
  }
  const open = [...root.querySelectorAll('details[open]')] as HTMLDetailsElement[];
  for (const panel of open) panel.open = false;
  return open.length > 0;
}

/** A plain Escape (no modifier, not while an input method is composing). */
export function isPlainEscape(event: KeyboardEvent): boolean {
  return event.key === 'Escape' && !event.isComposing && !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
}

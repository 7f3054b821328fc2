/** The bar above the view, and the notice that offers to clean again. */
const BAR_CSS = `
.pp-bar {
  position: sticky; top: 0; z-index: 1;
  display: flex; align-items: center; justify-content: space-between; flex-wrap: wrap; gap: 8px 12px;
  padding: 8px 16px;
  background: var(--pp-card); border-bottom: 1px solid var(--pp-rule);
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
}
.pp-bar-label { color: var(--pp-muted); font-weight: 600; }
/*
 * Read aloud takes the room between the label and the bar's buttons, wrapping inside itself; below
 * 16em of room it takes a row of its own rather than being squeezed to a letter a line.
 */
.pp-bar .pp-read-aloud { flex: 1 1 16em; min-width: min(16em, 100%); justify-content: center; }
.pp-show-original, .pp-clean-again, .pp-notice-close {
  font: inherit; font-weight: 600; cursor: pointer;
  color: var(--pp-bg); background: var(--pp-accent);
  border: 0; border-radius: 6px; padding: 6px 14px;
}
.pp-show-original:hover, .pp-clean-again:hover, .pp-notice-close:hover { filter: brightness(1.1); }
.pp-help-button, .pp-bar-button {
  font: inherit; cursor: pointer; color: var(--pp-fg); background: transparent;
  border: 1px solid var(--pp-control); border-radius: 6px; padding: 5px 12px;
}
.pp-help-button { margin-left: auto; }
.pp-bar-actions { display: flex; flex-wrap: wrap; justify-content: flex-end; gap: 8px; margin-left: auto; }
.pp-bar-button[aria-busy="true"] { cursor: progress; }
.pp-bar-sizes { display: flex; gap: 4px; }
/* The reading settings: a row of their own, across the bar. */
.pp-bar > .pp-settings { flex: 1 0 100%; }
.pp-visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
`;

/**
 * Styles of the in-page view's shell. `:host` rules are !important because the page's
 * own `body { … }` rules also match our host element; inside a shadow tree, important
 * declarations of the inner context beat the outer ones (CSS Cascade 4, "Context").
 */
export const IN_PAGE_CSS = `${BAR_CSS}
:host {
  all: initial !important;
  display: block !important;
  position: static !important;
  margin: 0 !important;
  padding: 0 !important;
  min-height: 100vh !important;
  width: auto !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
  filter: none !important;
}
.pp-in-page { min-height: 100vh; }
.pp-main { padding: 32px 20px 64px; }
/* Keep anchors and scrolled-to sections clear of the sticky bar. */
.pp-main :is(h1, h2, h3, section, li) { scroll-margin-top: 64px; }
`;

/**
 * The notice shown when a page script took the view out of the page: a bar fixed at the
 * top, on its own host (same `:host` reasoning as above).
 */
export const IN_PAGE_NOTICE_CSS = `${BAR_CSS}
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  top: 0 !important;
  left: 0 !important;
  right: 0 !important;
  z-index: 2147483647 !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
  filter: none !important;
}
`;

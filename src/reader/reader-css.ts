/**
 * Reading typography for the reader view, as a string so the same rules style the
 * popup, the reader tab and the in-page view's shadow root. Everything is scoped
 * under `.pp-reader`, sized in px (the page's `html { font-size }` must not reach
 * into the in-page view) and follows the system light/dark preference.
 * `--pp-text-size` is the reader's remembered text size.
 */
export const READER_CSS = `
.pp-reader {
  --pp-text-size: 18px;
  --pp-bg: #fbfaf7;
  --pp-fg: #1f1f1c;
  --pp-muted: #5f5d57;
  --pp-rule: #e2ded4;
  --pp-card: #ffffff;
  --pp-link: #1747a6;
  --pp-accent: #1f5fd6;
  --pp-focus: #1f5fd6;
  /* Borders of controls (buttons, the switch): at least 3:1 on --pp-bg and --pp-card (WCAG 1.4.11). */
  --pp-control: #7d7a72;
  /* Text on --pp-accent: at least 4.5:1. */
  --pp-on-accent: #ffffff;
  color-scheme: light dark;
  background: var(--pp-bg);
  color: var(--pp-fg);
  font-family: Charter, "Iowan Old Style", "Source Serif 4", "Source Serif Pro", Georgia, "Noto Serif", "DejaVu Serif", serif;
  font-size: var(--pp-text-size);
  line-height: var(--pp-line-height, 1.6);
  text-rendering: optimizeLegibility;
  overflow-wrap: anywhere;
  -webkit-text-size-adjust: 100%;
}
@media (prefers-color-scheme: dark) {
  .pp-reader {
    --pp-bg: #1b1c1e;
    --pp-fg: #e7e4dc;
    --pp-muted: #a9a59b;
    --pp-rule: #3a3a3c;
    --pp-card: #242528;
    --pp-link: #8fb4ff;
    --pp-accent: #6f9cf2;
    --pp-focus: #8fb4ff;
    --pp-control: #8e8a80;
    --pp-on-accent: #1b1c1e;
  }
}
/* Reading settings (reading-panel.ts): a chosen theme beats the system's (higher specificity). */
.pp-reader[data-theme="light"] {
  --pp-bg: #fbfaf7; --pp-fg: #1f1f1c; --pp-muted: #5f5d57; --pp-rule: #e2ded4; --pp-card: #ffffff;
  --pp-link: #1747a6; --pp-accent: #1f5fd6; --pp-focus: #1f5fd6; --pp-control: #7d7a72; --pp-on-accent: #ffffff;
  color-scheme: light;
}
.pp-reader[data-theme="dark"] {
  --pp-bg: #1b1c1e; --pp-fg: #e7e4dc; --pp-muted: #a9a59b; --pp-rule: #3a3a3c; --pp-card: #242528;
  --pp-link: #8fb4ff; --pp-accent: #6f9cf2; --pp-focus: #8fb4ff; --pp-control: #8e8a80; --pp-on-accent: #1b1c1e;
  color-scheme: dark;
}
.pp-reader[data-theme="sepia"] {
  --pp-bg: #f4ecd8; --pp-fg: #3b2f20; --pp-muted: #5f4b32; --pp-rule: #d9cba8; --pp-card: #fbf6e9;
  --pp-link: #7a3d0a; --pp-accent: #8b4a12; --pp-focus: #8b4a12; --pp-control: #8a7653; --pp-on-accent: #ffffff;
  color-scheme: light;
}
.pp-reader[data-theme="contrast"] {
  --pp-bg: #000000; --pp-fg: #ffffff; --pp-muted: #e6e6e6; --pp-rule: #9a9a9a; --pp-card: #000000;
  --pp-link: #ffeb3b; --pp-accent: #ffeb3b; --pp-focus: #ffeb3b; --pp-control: #ffffff; --pp-on-accent: #000000;
  color-scheme: dark;
}
.pp-reader[data-theme="contrast"] a { text-decoration-thickness: 2px; }
.pp-reader[data-font="sans"] { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
.pp-reader[data-font="mono"] { font-family: ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace; }
/*
 * Easy-read: dyslexia-friendly faces the system may have (none is bundled), then a plain sans-serif.
 * It reaches the headings too (they are otherwise always sans-serif), and text is spaced a little
 * wider (British Dyslexia Association style guide: larger letter and word spacing helps).
 */
.pp-reader[data-font="easy"],
.pp-reader[data-font="easy"] :is(.pp-head, .pp-related-heading, .pp-card-title, .pp-body h2, .pp-body h3, .pp-body h4) {
  font-family: "OpenDyslexic", "Lexend", "Atkinson Hyperlegible", "Comic Sans MS", "Comic Neue", Verdana, "DejaVu Sans", sans-serif;
}
.pp-reader[data-font="easy"] :is(.pp-article, .pp-related) { letter-spacing: 0.02em; word-spacing: 0.08em; }
.pp-reader[data-width="narrow"] { --pp-width: 32em; }
.pp-reader[data-width="wide"] { --pp-width: 52em; }
.pp-reader[data-line-spacing="tight"] { --pp-line-height: 1.4; }
.pp-reader[data-line-spacing="loose"] { --pp-line-height: 1.9; }
.pp-reader .pp-settings { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; font-size: 13px; }
.pp-reader .pp-settings > summary { color: var(--pp-fg); font-size: 13px; }
/* Columns wide enough for the longest choice ("Automatic (system)") beside its label. */
.pp-reader .pp-settings-body { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 250px), 1fr)); gap: 6px 14px; padding: 8px 0 4px; }
.pp-reader .pp-setting-row { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.pp-reader .pp-setting { white-space: nowrap; }
.pp-reader .pp-settings select { min-width: 0; max-width: 65%; }
.pp-reader .pp-settings select {
  font: inherit; color: var(--pp-fg); background: var(--pp-card); border: 1px solid var(--pp-control); border-radius: 6px; padding: 2px 4px;
}
.pp-reader *, .pp-reader *::before, .pp-reader *::after { box-sizing: border-box; }
.pp-reader :focus-visible { outline: 3px solid var(--pp-focus); outline-offset: 2px; border-radius: 3px; }
.pp-reader a { color: var(--pp-link); text-underline-offset: 0.15em; }
.pp-reader .pp-sans, .pp-reader .pp-head, .pp-reader .pp-related-heading, .pp-reader .pp-card-title,
.pp-reader .pp-card-meta, .pp-reader summary, .pp-reader .pp-note {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
}
.pp-reader .pp-article, .pp-reader .pp-related { max-width: var(--pp-width, 40em); margin: 0 auto; }
.pp-reader .pp-head { margin-bottom: 1.4em; }
.pp-reader .pp-source { margin: 0 0 0.5em; color: var(--pp-muted); font-size: 0.78em; font-weight: 600; letter-spacing: 0.01em; }
.pp-reader .pp-title { margin: 0 0 0.4em; font-size: 1.55em; line-height: 1.22; font-weight: 700; letter-spacing: -0.01em; }
.pp-reader .pp-byline { margin: 0 0 0.9em; color: var(--pp-muted); font-size: 0.8em; }
.pp-reader .pp-sep { color: var(--pp-muted); }
.pp-reader details > summary { cursor: pointer; color: var(--pp-muted); font-size: 0.78em; }
.pp-reader details > summary:hover { color: var(--pp-fg); }
.pp-reader .pp-removed { border-top: 1px solid var(--pp-rule); border-bottom: 1px solid var(--pp-rule); padding: 0.45em 0; }
.pp-reader .pp-log { margin: 0.6em 0 0.2em; padding: 0; list-style: none; font-size: 0.75em; line-height: 1.45; color: var(--pp-muted); }
.pp-reader .pp-log-kind { margin: 0.6em 0; }
.pp-reader .pp-log-entries { margin: 0.2em 0 0; padding-left: 1.6em; }
.pp-reader .pp-log-entries li { margin: 0.25em 0; }
.pp-reader .pp-log-reason { font-family: system-ui, sans-serif; font-weight: 600; color: var(--pp-fg); }
.pp-reader .pp-log-furniture { font-size: 0.72em; }
.pp-reader .pp-note { color: var(--pp-muted); font-size: 0.75em; margin: 0.5em 0 0; }
.pp-reader .pp-body p, .pp-reader .pp-body ul, .pp-reader .pp-body ol, .pp-reader .pp-body blockquote,
.pp-reader .pp-body figure, .pp-reader .pp-body pre, .pp-reader .pp-body table { margin: 0 0 1em; }
.pp-reader .pp-body h2, .pp-reader .pp-body h3, .pp-reader .pp-body h4 { font-family: system-ui, sans-serif; line-height: 1.3; margin: 1.4em 0 0.5em; }
.pp-reader .pp-body h2 { font-size: 1.2em; }
.pp-reader .pp-body h3, .pp-reader .pp-body h4 { font-size: 1.05em; }
.pp-reader .pp-body img { max-width: 100%; height: auto; display: block; margin: 0 auto; border-radius: 4px; }
.pp-reader .pp-body figcaption { color: var(--pp-muted); font-size: 0.78em; margin-top: 0.4em; }
.pp-reader .pp-body blockquote { border-left: 3px solid var(--pp-rule); margin-left: 0; padding-left: 1em; color: var(--pp-muted); }
.pp-reader .pp-body pre { overflow-x: auto; white-space: pre-wrap; }
.pp-reader .pp-body table { display: block; overflow-x: auto; border-collapse: collapse; max-width: 100%; }
.pp-reader .pp-body td, .pp-reader .pp-body th { border: 1px solid var(--pp-rule); padding: 0.3em 0.5em; }
.pp-reader .pp-related { margin-top: 2em; padding-top: 1em; border-top: 2px solid var(--pp-fg); }
.pp-reader .pp-related-heading { font-size: 0.9em; text-transform: uppercase; letter-spacing: 0.06em; margin: 0 0 0.8em; }
.pp-reader .pp-cards { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75em; }
.pp-reader .pp-card { background: var(--pp-card); border: 1px solid var(--pp-rule); border-radius: 8px; padding: 0.75em 0.9em; }
.pp-reader .pp-card-title { font-size: 0.92em; line-height: 1.3; margin: 0 0 0.3em; }
.pp-reader .pp-card-title a { text-decoration: none; }
.pp-reader .pp-card-title a:hover { text-decoration: underline; }
.pp-reader .pp-card-meta { margin: 0; color: var(--pp-muted); font-size: 0.72em; }
.pp-reader .pp-card-excerpt { margin: 0.35em 0 0; font-size: 0.85em; line-height: 1.4; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; line-clamp: 2; overflow: hidden; }
.pp-reader .pp-card:has(.pp-card-more[open]) .pp-card-excerpt { display: none; }
.pp-reader .pp-card-more { margin-top: 0.4em; }
.pp-reader .pp-card-more[open] > summary { margin-bottom: 0.5em; }
.pp-reader .pp-card-text { font-size: 0.88em; }
.pp-reader .pp-card-text p { margin: 0 0 0.8em; }
`;

/**
 * Attaches `css` to a document or shadow root. Constructable stylesheets are not
 * subject to the page's CSP (an in-page view on a `style-src 'self'` site would
 * otherwise lose its styles); where adopting fails (Firefox content scripts see the
 * page's array through Xray wrappers), a <style> element with textContent is used.
 */
export function attachStyles(root: Document | ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  } catch {
    // fall through to a <style> element
  }
  const isDocument = root.nodeType === Node.DOCUMENT_NODE;
  const doc = isDocument ? (root as Document) : (root as ShadowRoot).ownerDocument;
  const style = doc.createElement('style');
  style.textContent = css;
  (isDocument ? doc.head : root).append(style);
}

/** The reader tab: the popup's view at full size, for a result handed over via storage.session. */
import type { CleanResult } from '../core/types.ts';
import { copyText } from '../platform/clipboard.ts';
import { t } from '../platform/i18n.ts';
import { saveFile } from '../platform/save-file.ts';
import { DEFAULT_READ_ALOUD, TEXT_SIZE_MAX, TEXT_SIZE_MIN, TEXT_SIZE_STEP, type ReadAloudSettings, type ReadingSettings } from '../settings/schema.ts';
import { loadSettings, onSettingsChanged, setReading, setTextSize } from '../settings/store.ts';
import { exportHtml, fileNameFor } from './export-html.ts';
import { markdownOf } from './markdown.ts';
import { READING_LABELS, createReadingPanel } from './reading-panel.ts';
import { SHORTCUT_HELP_CSS, createShortcutHelp } from './shortcut-help.ts';
import { nextTheme, registerShortcut, shortcuts } from './shortcuts.ts';
import { plainTextOf, readyStatus, safeHttpUrl } from './format.ts';
import { closeOpenPanels, focusArticle, isPlainEscape } from './keyboard.ts';
import { loadForReader } from './handoff.ts';
import { localizePage } from './localize.ts';
import { extensionReadAloud } from './extension-read-aloud.ts';
import { READ_ALOUD_CSS } from './read-aloud-controls.ts';
import { READER_CSS, attachStyles } from './reader-css.ts';
import { renderReaderView } from './render.ts';

localizePage(document);

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const root = $<HTMLDivElement>('root');
const view = $<HTMLElement>('view');
const smaller = $<HTMLButtonElement>('smaller');
const larger = $<HTMLButtonElement>('larger');
const copy = $<HTMLButtonElement>('copy');
const copyRelated = $<HTMLButtonElement>('copy-related');
const copyMarkdown = $<HTMLButtonElement>('copy-markdown');
const print = $<HTMLButtonElement>('print');
const saveMarkdown = $<HTMLButtonElement>('save-markdown');
const saveHtml = $<HTMLButtonElement>('save-html');
const printSource = $<HTMLParagraphElement>('print-source');
const exportMenu = $<HTMLDetailsElement>('export');
const helpButton = $<HTMLButtonElement>('shortcuts-help');
const original = $<HTMLAnchorElement>('original');
const status = $<HTMLParagraphElement>('action-status');
const viewStatus = $<HTMLParagraphElement>('view-status');

let textSize = 18;
let reading: ReadingSettings | null = null;
const help = createShortcutHelp(document, shortcuts, {
  extra: [{ display: t('shortcuts_escKey'), label: t('shortcuts_escReader') }],
  fallbackFocus: () => view,
  idPrefix: 'pp-tab-help',
});

function applyTextSize(px: number): void {
  textSize = px;
  root.style.setProperty('--pp-text-size', `${px}px`);
  // aria-disabled, not disabled: a disabled button drops the focus of whoever just pressed it.
  smaller.setAttribute('aria-disabled', String(px <= TEXT_SIZE_MIN));
  larger.setAttribute('aria-disabled', String(px >= TEXT_SIZE_MAX));
}

function changeTextSize(delta: number, announce = false): void {
  const next = textSize + delta;
  if (next < TEXT_SIZE_MIN || next > TEXT_SIZE_MAX) {
    if (announce) status.textContent = delta > 0 ? t('common_textSizeMax', textSize) : t('common_textSizeMin', textSize);
    return;
  }
  void setTextSize(next).then((s) => {
    applyTextSize(s.textSize);
    if (announce) status.textContent = t('common_textSizeNow', s.textSize);
  });
}

/**
 * Escape closes the help card, else the open panel (the reading settings, the removal log, a
 * related story's text); the single-key shortcuts (shortcuts.ts) do the rest.
 */
function handleKeydown(event: KeyboardEvent): void {
  if (isPlainEscape(event)) {
    if (help.isOpen) {
      help.close();
      event.preventDefault();
    } else if (closeOpenPanels(root, document.activeElement)) event.preventDefault();
    return;
  }
  if (shortcuts.handle(event, document.activeElement)) event.preventDefault();
}

function say(ok: boolean, done: string): void {
  status.textContent = ok ? done : t('common_copyRefused');
}

function showMissing(): void {
  const box = document.createElement('div');
  box.className = 'pp-missing';
  const h = document.createElement('h1');
  h.textContent = t('reader_expiredTitle');
  const p = document.createElement('p');
  p.textContent = t('reader_expiredText');
  box.append(h, p);
  view.replaceChildren(box);
  viewStatus.textContent = t('reader_expiredTitle');
  focusArticle(view);
}

function show(result: CleanResult): void {
  document.title = t('common_articleDocumentTitle', result.title);
  renderReaderView(view, result);
  viewStatus.textContent = readyStatus(result);
  focusArticle(view);
  const href = safeHttpUrl(result.url);
  if (href) {
    original.href = href;
    original.hidden = false;
  }
  mountReadAloud(result);
  copy.disabled = false;
  copy.addEventListener('click', () => {
    void copyText(plainTextOf(result)).then((ok) => say(ok, t('common_copiedText')));
  });
  // Related stories are copied only when the reader asks for them.
  copyRelated.hidden = result.related.length === 0;
  copyRelated.addEventListener('click', () => {
    void copyText(plainTextOf(result, { related: true })).then((ok) => say(ok, t('common_copiedWithRelated')));
  });
  // Print and export (issue 11): the article and its related stories.
  if (href) {
    // The line's box is the article's width (in the article's text size); its words are small (reader-page.css).
    const line = document.createElement('span');
    line.textContent = t('reader_originalArticle', href);
    printSource.replaceChildren(line);
  }
  for (const button of [copyMarkdown, print, saveMarkdown, saveHtml]) button.disabled = false;
  // Each choice closes the menu and puts focus back on it, as a menu does.
  const choose = (action: () => void) => () => {
    exportMenu.open = false;
    exportMenu.querySelector('summary')?.focus();
    action();
  };
  copyMarkdown.addEventListener('click', choose(() => {
    void copyText(markdownOf(result)).then((ok) => say(ok, t('reader_copiedMarkdown')));
  }));
  print.addEventListener('click', choose(() => window.print()));
  saveMarkdown.addEventListener('click', choose(() => {
    const name = fileNameFor(result.title, 'md');
    saveFile(document, name, markdownOf(result), 'text/markdown;charset=utf-8');
    status.textContent = t('reader_saved', name);
  }));
  saveHtml.addEventListener('click', choose(() => {
    const name = fileNameFor(result.title, 'html');
    saveFile(document, name, exportHtml(result, document.implementation, window), 'text/html;charset=utf-8');
    status.textContent = t('reader_saved', name);
  }));
  // A click anywhere else closes the menu.
  document.addEventListener('click', (event) => {
    if (exportMenu.open && !exportMenu.contains(event.target as Node)) exportMenu.open = false;
  });
}

/** + and − (text size, remembered), T (next theme, remembered) and ? (this list). */
function registerViewShortcuts(panelUpdate: (next: ReadingSettings) => void): void {
  registerShortcut('+', t('shortcuts_larger'), () => changeTextSize(TEXT_SIZE_STEP, true), { aliases: ['='] });
  registerShortcut('-', t('shortcuts_smaller'), () => changeTextSize(-TEXT_SIZE_STEP, true), { display: '−' });
  registerShortcut('t', t('shortcuts_nextTheme'), () => {
    if (!reading) return;
    reading = { ...reading, theme: nextTheme(reading.theme) };
    panelUpdate(reading);
    void setReading({ theme: reading.theme });
    status.textContent = t('common_themeNow', READING_LABELS.theme.choices[reading.theme]);
  });
  registerShortcut('?', t('shortcuts_toggleHelp'), () => help.toggle());
}

/** Read aloud's remembered voice and speed, kept current (another view may change them). */
let readAloudMemory: ReadAloudSettings = DEFAULT_READ_ALOUD;

/** Read aloud (issue 11) in the tab bar; the sentence being read is kept clear of the sticky bar. */
function mountReadAloud(result: CleanResult): void {
  const bar = document.querySelector<HTMLElement>('.pp-tab-bar');
  const readAloud = extensionReadAloud(view, result, bar, 'pp-tab-ra', readAloudMemory);
  $<HTMLDivElement>('read-aloud').append(readAloud.element);
  // Speech outlives a closed tab in some browsers: stop it with the page.
  addEventListener('pagehide', () => readAloud.destroy());
}

async function main(): Promise<void> {
  attachStyles(document, READER_CSS + SHORTCUT_HELP_CSS);
  attachStyles(document, READ_ALOUD_CSS);
  const settings = await loadSettings();
  applyTextSize(settings.textSize);
  reading = settings.reading;
  readAloudMemory = settings.readAloud;
  const panel = createReadingPanel(document, root, settings.reading, (change) => {
    reading = { ...reading!, ...change };
    void setReading(change);
  }, 'pp-tab-reading');
  $<HTMLDivElement>('reading-settings').append(panel.element);
  // The popup (or another reader tab) may change the settings while this tab is open.
  onSettingsChanged((next) => {
    applyTextSize(next.textSize);
    reading = next.reading;
    readAloudMemory = next.readAloud;
    panel.update(next.reading);
  });
  root.append(help.element);
  helpButton.addEventListener('click', () => help.toggle());
  registerViewShortcuts((next) => panel.update(next));
  smaller.addEventListener('click', () => changeTextSize(-TEXT_SIZE_STEP));
  larger.addEventListener('click', () => changeTextSize(TEXT_SIZE_STEP));
  document.addEventListener('keydown', handleKeydown);
  const key = decodeURIComponent(location.hash.slice(1));
  const result = key ? await loadForReader(key) : null;
  if (result) show(result);
  else showMissing();
}

void main();

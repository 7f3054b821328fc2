/** The reader tab: the popup's view at full size, for a result handed over via storage.session. */
import type { CleanResult } from '../core/types.ts';
import { copyText } from '../platform/clipboard.ts';
import { speechEngineOf } from '../platform/speech.ts';
import { TEXT_SIZE_MAX, TEXT_SIZE_MIN, TEXT_SIZE_STEP } from '../settings/schema.ts';
import { loadSettings, onSettingsChanged, setReading, setTextSize } from '../settings/store.ts';
import { createReadingPanel } from './reading-panel.ts';
import { plainTextOf, readyStatus, safeHttpUrl } from './format.ts';
import { closeOpenPanels, focusArticle, isPlainEscape } from './keyboard.ts';
import { loadForReader } from './handoff.ts';
import { highlightApiOf } from './highlight-api.ts';
import { createReadAloudControls, READ_ALOUD_CSS } from './read-aloud-controls.ts';
import { READER_CSS, attachStyles } from './reader-css.ts';
import { renderReaderView } from './render.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const root = $<HTMLDivElement>('root');
const view = $<HTMLElement>('view');
const smaller = $<HTMLButtonElement>('smaller');
const larger = $<HTMLButtonElement>('larger');
const copy = $<HTMLButtonElement>('copy');
const copyRelated = $<HTMLButtonElement>('copy-related');
const original = $<HTMLAnchorElement>('original');
const status = $<HTMLParagraphElement>('action-status');
const viewStatus = $<HTMLParagraphElement>('view-status');

let textSize = 18;

function applyTextSize(px: number): void {
  textSize = px;
  root.style.setProperty('--pp-text-size', `${px}px`);
  // aria-disabled, not disabled: a disabled button drops the focus of whoever just pressed it.
  smaller.setAttribute('aria-disabled', String(px <= TEXT_SIZE_MIN));
  larger.setAttribute('aria-disabled', String(px >= TEXT_SIZE_MAX));
}

function changeTextSize(delta: number): void {
  const next = textSize + delta;
  if (next < TEXT_SIZE_MIN || next > TEXT_SIZE_MAX) return;
  void setTextSize(next).then((s) => applyTextSize(s.textSize));
}

/** Escape closes the open panel (the removal log, a related story's text). */
function handleKeydown(event: KeyboardEvent): void {
  if (isPlainEscape(event) && closeOpenPanels(root, document.activeElement)) event.preventDefault();
}

function showMissing(): void {
  const box = document.createElement('div');
  box.className = 'pp-missing';
  const h = document.createElement('h1');
  h.textContent = 'This reader tab has expired';
  const p = document.createElement('p');
  p.textContent = 'Reader tabs last until the browser closes. Open Plainpage on the article again to get a new one.';
  box.append(h, p);
  view.replaceChildren(box);
  viewStatus.textContent = 'This reader tab has expired';
  focusArticle(view);
}

function show(result: CleanResult): void {
  document.title = `${result.title} · Plainpage`;
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
    void copyText(plainTextOf(result)).then((ok) => {
      status.textContent = ok ? 'Copied the article text.' : 'The browser did not allow copying.';
    });
  });
  // Related stories are copied only when the reader asks for them.
  copyRelated.hidden = result.related.length === 0;
  copyRelated.addEventListener('click', () => {
    void copyText(plainTextOf(result, { related: true })).then((ok) => {
      status.textContent = ok ? 'Copied the article and its related stories.' : 'The browser did not allow copying.';
    });
  });
}

/** Read aloud (issue 11) in the tab bar; the sentence being read is kept clear of the sticky bar. */
function mountReadAloud(result: CleanResult): void {
  const bar = document.querySelector<HTMLElement>('.pp-tab-bar');
  const readAloud = createReadAloudControls(document, {
    engine: speechEngineOf(globalThis),
    view,
    lang: result.language,
    hasRelated: result.related.length > 0,
    highlights: highlightApiOf(globalThis),
    topInset: () => bar?.getBoundingClientRect().bottom ?? 0,
    idPrefix: 'pp-tab-ra',
  });
  $<HTMLDivElement>('read-aloud').append(readAloud.element);
  // Speech outlives a closed tab in some browsers: stop it with the page.
  addEventListener('pagehide', () => readAloud.destroy());
}

async function main(): Promise<void> {
  attachStyles(document, READER_CSS);
  attachStyles(document, READ_ALOUD_CSS);
  const settings = await loadSettings();
  applyTextSize(settings.textSize);
  const panel = createReadingPanel(document, root, settings.reading, (change) => void setReading(change), 'pp-tab-reading');
  $<HTMLDivElement>('reading-settings').append(panel.element);
  // The popup (or another reader tab) may change the settings while this tab is open.
  onSettingsChanged((next) => {
    applyTextSize(next.textSize);
    panel.update(next.reading);
  });
  smaller.addEventListener('click', () => changeTextSize(-TEXT_SIZE_STEP));
  larger.addEventListener('click', () => changeTextSize(TEXT_SIZE_STEP));
  document.addEventListener('keydown', handleKeydown);
  const key = decodeURIComponent(location.hash.slice(1));
  const result = key ? await loadForReader(key) : null;
  if (result) show(result);
  else showMissing();
}

void main();

/**
 * The read-aloud controls (issue 11), one module for the reader tab, the side panel and the
 * in-page view: Read aloud / Pause / Resume, Stop, the voice, the speed, "Read related
 * stories too" and a short line saying where the reading is, or why it cannot start.
 * DOM only (createElement/textContent); the logic is read-aloud.ts.
 */
import { registerShortcut } from './shortcuts.ts';
import { t, uiLanguage, type MessageName } from '../platform/i18n.ts';
import type { SpeechEngine } from '../platform/speech.ts';
import { createReadAloud, READ_ALOUD_RATES, type ReadAloud, type ReadAloudSnapshot, type ReadAloudState } from './read-aloud.ts';
import { collectSentences, createHighlighter, MARK_CLASS, SENTENCE_HIGHLIGHT, WORD_HIGHLIGHT, type HighlightApi } from './read-aloud-text.ts';

const DARK_THEMES = ['.pp-reader[data-theme="dark"]'];
/** The automatic theme (or none set) follows the system: dark highlight colours when it is dark. */
const AUTO_THEME = '.pp-reader:not([data-theme="light"]):not([data-theme="sepia"]):not([data-theme="dark"]):not([data-theme="contrast"])';

/**
 * The highlight: dark text on a soft yellow (links inside it too, at least 7:1); in the dark
 * themes a dim amber under the light text instead, which does not glare; high contrast keeps the yellow.
 */
export const READ_ALOUD_CSS = `
.pp-reader .pp-read-aloud { display: inline-flex; align-items: center; flex-wrap: wrap; gap: 6px 8px; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
.pp-reader .pp-read-aloud .pp-ra-button {
  font: inherit; color: var(--pp-fg); background: transparent; cursor: pointer;
  border: 1px solid var(--pp-control); border-radius: 6px; padding: 4px 10px;
}
.pp-reader .pp-read-aloud .pp-ra-play { font-weight: 600; min-width: 7.5em; }
.pp-reader .pp-read-aloud .pp-ra-button[aria-disabled="true"], .pp-reader .pp-read-aloud .pp-ra-button:disabled { opacity: 0.45; cursor: default; }
/* Drawn, not a glyph: not every system font has ▶ and ⏸. */
.pp-reader .pp-read-aloud .pp-ra-icon { display: inline-block; box-sizing: border-box; margin-right: 0.45em; vertical-align: -0.05em; }
.pp-reader .pp-read-aloud .pp-ra-icon[data-icon="play"] { width: 0; height: 0; border-style: solid; border-width: 0.42em 0 0.42em 0.7em; border-color: transparent transparent transparent currentColor; }
.pp-reader .pp-read-aloud .pp-ra-icon[data-icon="pause"] { width: 0.7em; height: 0.84em; border-left: 0.24em solid currentColor; border-right: 0.24em solid currentColor; }
.pp-reader .pp-read-aloud .pp-ra-field { display: inline-flex; align-items: center; gap: 4px; white-space: nowrap; }
.pp-reader .pp-read-aloud select { font: inherit; color: var(--pp-fg); background: var(--pp-card); border: 1px solid var(--pp-control); border-radius: 6px; padding: 2px 4px; max-width: 14em; }
.pp-reader .pp-read-aloud input[type="checkbox"] { margin: 0; accent-color: var(--pp-accent); }
.pp-reader .pp-read-aloud [hidden] { display: none; }
.pp-reader .pp-read-aloud .pp-ra-status { color: var(--pp-muted); }
.pp-reader .pp-read-aloud .pp-ra-status:empty { display: none; }
.pp-reader ::highlight(${SENTENCE_HIGHLIGHT}) { background-color: #fff0a8; color: #1f1f1c; }
.pp-reader ::highlight(${WORD_HIGHLIGHT}) { background-color: #ffd54a; color: #1f1f1c; }
.pp-reader mark.${MARK_CLASS} { background-color: #fff0a8; color: #1f1f1c; border-radius: 2px; box-shadow: 0 0 0 2px #fff0a8; }
.pp-reader mark.${MARK_CLASS} a { color: #1f1f1c; }
${DARK_THEMES.map((t) => `${t} ::highlight(${SENTENCE_HIGHLIGHT})`).join(', ')} { background-color: #574716; color: #f3efe4; }
${DARK_THEMES.map((t) => `${t} ::highlight(${WORD_HIGHLIGHT})`).join(', ')} { background-color: #7a6419; color: #ffffff; }
${DARK_THEMES.map((t) => `${t} mark.${MARK_CLASS}`).join(', ')} { background-color: #574716; color: #f3efe4; box-shadow: 0 0 0 2px #574716; }
${DARK_THEMES.map((t) => `${t} mark.${MARK_CLASS} a`).join(', ')} { color: #f3efe4; }
@media (prefers-color-scheme: dark) {
  ${AUTO_THEME} ::highlight(${SENTENCE_HIGHLIGHT}) { background-color: #574716; color: #f3efe4; }
  ${AUTO_THEME} ::highlight(${WORD_HIGHLIGHT}) { background-color: #7a6419; color: #ffffff; }
  ${AUTO_THEME} mark.${MARK_CLASS} { background-color: #574716; color: #f3efe4; box-shadow: 0 0 0 2px #574716; }
  ${AUTO_THEME} mark.${MARK_CLASS} a { color: #f3efe4; }
}
`;

export interface ReadAloudControlsOptions {
  /** null where the browser has no speechSynthesis. */
  engine: SpeechEngine | null;
  /** The rendered reader view (render.ts) to read from. */
  view: Element;
  /** The article's language. */
  lang: string;
  /** Offer "Read related stories too". @default false */
  hasRelated?: boolean;
  /** The Custom Highlight API on extension pages; null in the in-page view (marks instead). @default null */
  highlights?: HighlightApi | null;
  /** Height of a sticky bar over the view. @default () => 0 */
  topInset?: () => number;
  /** Keeps ids unique per page. @default 'pp-ra' */
  idPrefix?: string;
  /** The reader's earlier voice (for this language) and speed (see ReadAloudOptions). */
  remembered?: { voiceId?: string | null; rate?: number };
  /** The reader chose a voice or a speed: remember it. */
  onChoice?: (choice: { voiceId?: string; rate?: number }) => void;
}

export interface ReadAloudControls {
  element: HTMLElement;
  controller: ReadAloud;
  destroy(): void;
}

const PLAY_LABELS: Record<ReadAloudState, [icon: 'play' | 'pause', text: MessageName]> = {
  unavailable: ['play', 'readAloud_name'],
  loading: ['play', 'readAloud_name'],
  'no-voices': ['play', 'readAloud_name'],
  idle: ['play', 'readAloud_name'],
  playing: ['pause', 'readAloud_pause'],
  paused: ['play', 'readAloud_resume'],
};

/** What the status line says (plain words; '' when there is nothing to say). */
export function statusText(s: ReadAloudSnapshot): string {
  if (s.problem) return s.problem;
  switch (s.state) {
    case 'unavailable':
      return t('readAloud_unavailable');
    case 'loading':
      return t('readAloud_loading');
    case 'no-voices':
      return t('readAloud_noVoices');
    case 'playing':
      return t('readAloud_reading', [s.index + 1, s.total]);
    case 'paused':
      return t('readAloud_paused', [s.index + 1, s.total]);
    default:
      return '';
  }
}

export function rateLabel(rate: number): string {
  return rate === 1 ? t('readAloud_rateNormal') : t('readAloud_rate', new Intl.NumberFormat(uiLanguage()).format(rate));
}

/** The controls of this document, for a keyboard shortcut (see toggleReadAloud). */
let current: ReadAloud | null = null;

/**
 * Plays or pauses read aloud in this page, as its button does: for the R shortcut (issue 11),
 * to be wired into the views' shortcut registry. Returns the new state, or null when the page
 * has no read-aloud controls.
 */
export function toggleReadAloud(): ReadAloudState | null {
  return current ? current.toggle() : null;
}

export function createReadAloudControls(doc: Document, options: ReadAloudControlsOptions): ReadAloudControls {
  const idPrefix = options.idPrefix ?? 'pp-ra';
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] => {
    const node = doc.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  };
  const group = el('div', 'pp-read-aloud');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', t('readAloud_name'));

  const play = el('button', 'pp-ra-button pp-ra-play');
  play.type = 'button';
  const playIcon = el('span', 'pp-ra-icon');
  playIcon.setAttribute('aria-hidden', 'true');
  const playText = el('span', '');
  play.append(playIcon, playText);
  const stop = el('button', 'pp-ra-button pp-ra-stop', t('readAloud_stop'));
  stop.type = 'button';

  const field = (label: string, control: HTMLElement, id: string) => {
    control.id = id;
    const wrap = el('span', 'pp-ra-field');
    const l = el('label', '', label);
    l.htmlFor = id;
    wrap.append(l, control);
    return wrap;
  };
  const voice = el('select', 'pp-ra-voice');
  const rate = el('select', 'pp-ra-rate');
  for (const r of READ_ALOUD_RATES) {
    const option = el('option', '', rateLabel(r));
    option.value = String(r);
    rate.append(option);
  }
  rate.value = '1';
  const voiceField = field(t('readAloud_voice'), voice, `${idPrefix}-voice`);
  const rateField = field(t('readAloud_speed'), rate, `${idPrefix}-rate`);

  const related = el('input', 'pp-ra-related');
  related.type = 'checkbox';
  const relatedField = field('', related, `${idPrefix}-related`);
  // The checkbox before its label, as checkboxes are read.
  const relatedLabel = relatedField.querySelector('label')!;
  relatedLabel.textContent = t('readAloud_related');
  relatedField.append(relatedLabel);
  relatedField.hidden = !options.hasRelated;

  const status = el('span', 'pp-ra-status');
  status.id = `${idPrefix}-status`;
  // Not a live region: announcing every sentence would talk over the voice.
  play.setAttribute('aria-describedby', status.id);
  group.append(play, stop, voiceField, rateField, relatedField, status);

  const highlighter = createHighlighter({ highlights: options.highlights ?? null, topInset: options.topInset });
  let shownVoices = '';
  const render = (s: ReadAloudSnapshot) => {
    const [icon, text] = PLAY_LABELS[s.state];
    playIcon.dataset.icon = icon;
    playText.textContent = t(text);
    const usable = s.state !== 'unavailable' && s.state !== 'no-voices' && s.state !== 'loading';
    // aria-disabled, not disabled: a disabled button drops the focus of whoever just pressed it.
    play.setAttribute('aria-disabled', String(!usable));
    stop.setAttribute('aria-disabled', String(s.state !== 'playing' && s.state !== 'paused'));
    voiceField.hidden = !usable;
    rateField.hidden = !usable;
    const ids = s.voices.map((v) => v.id).join('\n');
    if (ids !== shownVoices) {
      shownVoices = ids;
      voice.replaceChildren(
        ...s.voices.map((v) => {
          const option = el('option', '', v.lang ? t('readAloud_voiceOption', [v.name, v.lang]) : v.name);
          option.value = v.id;
          return option;
        }),
      );
    }
    if (s.voiceId !== null) voice.value = s.voiceId;
    rate.value = String(s.rate);
    status.textContent = statusText(s);
    group.dataset.state = s.state;
  };

  const controller = createReadAloud({
    engine: options.engine,
    lang: options.lang,
    sentences: () => collectSentences(options.view, { related: related.checked }),
    highlighter,
    onChange: render,
    remembered: options.remembered,
    onChoice: options.onChoice,
  });
  render(controller.snapshot());
  play.addEventListener('click', () => void controller.toggle());
  stop.addEventListener('click', () => controller.stop());
  voice.addEventListener('change', () => controller.setVoice(voice.value));
  rate.addEventListener('change', () => controller.setRate(Number(rate.value)));
  related.addEventListener('change', () => controller.refresh());
  current = controller;
  // R plays or pauses, in the views that read shortcuts (the reader tab, the in-page view).
  const offShortcut = registerShortcut('r', t('readAloud_shortcut'), () => void controller.toggle());
  play.setAttribute('aria-keyshortcuts', 'R');

  return {
    element: group,
    controller,
    destroy() {
      controller.destroy();
      offShortcut();
      if (current === controller) current = null;
    },
  };
}

/**
 * The in-page reader view for auto-clean. The original <body> element is swapped out
 * for a new <body> that hosts a shadow root with the reader view, and swapped
 * back by "Show original": the very same node returns, nothing re-parsed, so the page's
 * DOM, listeners and state are exactly as they were. The shadow root keeps the page's
 * CSS out of the view and ours out of the page; light-DOM children a page script
 * appends to the new body are never rendered (the shadow root has no slot).
 *
 * The root is `closed` (issue 13): with an open one a page script read the view, ran its
 * own `<img onerror>` inside it and put its body back while Plainpage still said
 * "cleaned". Page scripts cannot reach a closed root (`host.shadowRoot` is null, events
 * are retargeted to the host); what they can still do is take the host out of the page,
 * which the view watches for: it then says so (`onRemovedByPage`) and can show a bar
 * offering to clean again. Tests reach the root through DevTools or the extension-only
 * `dom.openOrClosedShadowRoot`.
 */
import type { BodySwap } from '../engine-host/snapshot.ts';
import type { CleanResult } from '../core/types.ts';
import { READER_CSS, attachStyles } from '../reader/reader-css.ts';
import { readyStatus } from '../reader/format.ts';
import { READING_LABELS, applyReading, createReadingPanel, type ReadingPanel } from '../reader/reading-panel.ts';
import { SHORTCUT_HELP_CSS, createShortcutHelp, type ShortcutHelp } from '../reader/shortcut-help.ts';
import { nextTheme, registerShortcut, shortcuts } from '../reader/shortcuts.ts';
import {
  DEFAULT_READ_ALOUD, DEFAULT_READING, rememberedReadAloud, withReadAloudChoice, TEXT_SIZE_MAX, TEXT_SIZE_MIN, TEXT_SIZE_STEP, type ReadAloudSettings, type ReadingSettings,
} from '../settings/schema.ts';
import { isPlainEscape } from '../reader/keyboard.ts';
import { renderReaderView } from '../reader/render.ts';
import { t } from '../platform/i18n.ts';
import { speechEngineOf } from '../platform/speech.ts';
import { createReadAloudControls, READ_ALOUD_CSS, type ReadAloudControls } from '../reader/read-aloud-controls.ts';
import { IN_PAGE_CSS, IN_PAGE_NOTICE_CSS } from './in-page-css.ts';

/**
 * (Un)listens for keydown on the page's document with EventTarget's own methods: a page's
 * <img name="addEventListener"> shadows `document.addEventListener` ([LegacyOverrideBuiltIns]),
 * while `EventTarget` is an own property of the global, out of page elements' reach (issue 13).
 */
function listenForKeys(doc: Document, handler: (event: KeyboardEvent) => void, on: boolean): void {
  const method = on ? EventTarget.prototype.addEventListener : EventTarget.prototype.removeEventListener;
  method.call(doc, 'keydown', handler as EventListener);
}

export interface InPageViewEvents {
  /** A page script took the view out of the page (never called for "Show original"). */
  onRemovedByPage?: () => void;
  /** A shortcut changed the text size or the theme in the view: remember it (settings/store.ts). */
  onSettingsChange?: (change: { textSize?: number; reading?: Partial<ReadingSettings> }) => void;
  /** The reader chose a voice or a speed in read aloud, for an article in `lang`: remember it (settings/store.ts). */
  onReadAloudChoice?: (lang: string, choice: { voiceId?: string; rate?: number }) => void;
  /** The bar's "Re-clean": clean the live page again and refresh() the view with it. No button without it. */
  onReclean?: () => void;
  /** The bar's "Stop auto-cleaning this site": switch the site off, then showOriginalWithNotice(). No button without it. */
  onStopAutoClean?: () => void;
}

export class InPageView {
  private original: HTMLElement | null = null;
  private host: HTMLElement | null = null;
  private watcher: MutationObserver | null = null;
  private notice: HTMLElement | null = null;
  private readAloud: ReadAloudControls | null = null;
  private savedScroll = { x: 0, y: 0 };
  /** What show() added to the page's <html> for the view (axe html-has-lang, document-title), undone by restore(). */
  private documentPatch: { lang: string | null; langSet: boolean; title: HTMLTitleElement | null; titleText: string | null; titleAdded: boolean } | null = null;
  /** The view's own parts while it is up: its closed root, its themed root, its status line, the help card. */
  private parts: { shadow: ShadowRoot; reader: HTMLElement; main: HTMLElement; bar: HTMLElement; status: HTMLElement; help: ShortcutHelp; panel: ReadingPanel } | null = null;
  private textSize = 18;
  private reading: ReadingSettings = DEFAULT_READING;
  private readAloudMemory: ReadAloudSettings = DEFAULT_READ_ALOUD;
  private unregisterShortcuts: (() => void)[] = [];
  private readonly handleKeydown = (event: KeyboardEvent): void => {
    if (!this.isShowing) return;
    // Escape closes the help card, else leaves the view: the same as "Show original" (issue 11).
    if (isPlainEscape(event)) {
      event.preventDefault();
      if (this.parts?.help.isOpen) this.parts.help.close();
      else this.restore();
      return;
    }
    // Focus inside the closed root is seen from the page's document as its host: ask the root.
    const focused = this.parts?.shadow.activeElement ?? this.doc.activeElement;
    if (shortcuts.handle(event, focused)) event.preventDefault();
  };

  constructor(
    private readonly doc: Document,
    private readonly events: InPageViewEvents = {},
  ) {}

  get isShowing(): boolean {
    return this.host !== null && this.host.isConnected;
  }

  /** While the view is up, what the page is read as (snapshotPage): the page's own body in place of ours. */
  get bodySwap(): BodySwap | null {
    return this.isShowing && this.host && this.original ? { shown: this.host, original: this.original } : null;
  }

  show(result: CleanResult, textSize: number, reading: ReadingSettings = DEFAULT_READING, readAloud: ReadAloudSettings = DEFAULT_READ_ALOUD): void {
    const doc = this.doc;
    const body = doc.body;
    if (this.isShowing || !body || !doc.documentElement) return;
    this.readAloudMemory = readAloud;
    this.dismissNotice();
    const win = doc.defaultView;
    this.savedScroll = { x: win?.scrollX ?? 0, y: win?.scrollY ?? 0 };

    const host = doc.createElement('body');
    const shadow = host.attachShadow({ mode: 'closed' });
    attachStyles(shadow, READER_CSS + IN_PAGE_CSS + SHORTCUT_HELP_CSS);

    const reader = doc.createElement('div');
    reader.className = 'pp-reader pp-in-page';
    reader.style.setProperty('--pp-text-size', `${textSize}px`);
    applyReading(reader, reading);
    const main = doc.createElement('main');
    main.className = 'pp-main';
    renderReaderView(main, result);
    const status = doc.createElement('p');
    status.className = 'pp-visually-hidden';
    status.setAttribute('role', 'status');
    const bar = this.bar(doc, t('inPage_cleanedBy'), 'pp-show-original', t('inPage_showOriginal'), () => this.restore());
    const showOriginal = bar.querySelector('.pp-show-original');
    showOriginal?.setAttribute('aria-keyshortcuts', 'Escape');
    const help = createShortcutHelp(doc, shortcuts, {
      extra: [{ display: t('shortcuts_escKey'), label: t('shortcuts_escInPage') }],
      activeElement: () => shadow.activeElement ?? doc.activeElement,
      idPrefix: 'pp-in-page-help',
    });
    const helpButton = doc.createElement('button');
    helpButton.type = 'button';
    helpButton.className = 'pp-help-button';
    helpButton.textContent = t('shortcuts_title');
    helpButton.setAttribute('aria-keyshortcuts', '?');
    helpButton.addEventListener('click', () => help.toggle());
    // Re-clean, Stop and Show original as one group that wraps as a whole, at the end of the bar;
    // plain buttons that keep the focus where the reader pressed them.
    const actions = doc.createElement('div');
    actions.className = 'pp-bar-actions';
    bar.insertBefore(actions, showOriginal);
    const { onReclean, onStopAutoClean } = this.events;
    if (onReclean) actions.append(this.button(doc, 'pp-bar-button pp-reclean', t('inPage_reclean'), onReclean));
    if (onStopAutoClean) actions.append(this.button(doc, 'pp-bar-button pp-stop-auto-clean', t('inPage_stopAutoClean'), onStopAutoClean));
    if (showOriginal) actions.append(showOriginal);
    bar.insertBefore(helpButton, actions);
    // Text size and the reading settings, as in the popup and the reader tab (issue 11): the same
    // panel module, a row of its own under the bar's buttons when open.
    const smaller = this.button(doc, 'pp-bar-button pp-smaller', t('common_smallerGlyph'), () => this.changeTextSize(-TEXT_SIZE_STEP));
    smaller.setAttribute('aria-label', t('common_smallerTextLabel'));
    smaller.setAttribute('aria-keyshortcuts', '-');
    const larger = this.button(doc, 'pp-bar-button pp-larger', t('common_largerGlyph'), () => this.changeTextSize(TEXT_SIZE_STEP));
    larger.setAttribute('aria-label', t('common_largerTextLabel'));
    larger.setAttribute('aria-keyshortcuts', '+');
    const sizes = doc.createElement('div');
    sizes.className = 'pp-bar-sizes';
    sizes.append(smaller, larger);
    bar.insertBefore(sizes, helpButton);
    const panel = createReadingPanel(doc, reader, reading, (change) => {
      this.reading = { ...this.reading, ...change };
      this.events.onSettingsChange?.({ reading: change });
    }, 'pp-in-page-reading');
    bar.append(panel.element);
    attachStyles(shadow, READ_ALOUD_CSS);
    this.readAloud = this.readAloudFor(result, main, bar);
    bar.insertBefore(this.readAloud.element, helpButton.nextSibling);
    reader.append(bar, status, main, help.element);
    shadow.append(reader);
    this.parts = { shadow, reader, main, bar, status, help, panel };
    this.textSize = textSize;
    this.reading = reading;
    this.registerShortcuts();

    this.original = body;
    this.host = host;
    doc.documentElement.replaceChild(host, body);
    this.patchDocument(result);
    this.watch(host);
    listenForKeys(doc, this.handleKeydown, true);
    win?.scrollTo(0, 0);
    status.textContent = readyStatus(result);
  }

  private readAloudFor(result: CleanResult, main: HTMLElement, bar: HTMLElement): ReadAloudControls {
    // <mark>s, not the Custom Highlight API: the page shares the document's highlight registry,
    // and a range in it would lead a page script into the closed root (read-aloud-text.ts).
    return createReadAloudControls(this.doc, {
      engine: speechEngineOf(globalThis),
      view: main,
      lang: result.language,
      hasRelated: result.related.length > 0,
      topInset: () => bar.getBoundingClientRect().bottom,
      remembered: rememberedReadAloud(this.readAloudMemory, result.language),
      onChoice: (choice) => {
        this.readAloudMemory = withReadAloudChoice(this.readAloudMemory, result.language, choice);
        this.events.onReadAloudChoice?.(result.language, choice);
      },
    });
  }

  /**
   * Shows a new result of the same page in the view that is up ("Re-clean"): the article, read
   * aloud (stopped, its controls made for the new article) and the document's lang and title are
   * renewed; the bar, the reading settings and the focus stay as they are.
   */
  refresh(result: CleanResult): void {
    const parts = this.parts;
    if (!this.isShowing || !parts) return;
    const previous = this.readAloud;
    this.stopReadingAloud();
    renderReaderView(parts.main, result);
    this.readAloud = this.readAloudFor(result, parts.main, parts.bar);
    if (previous?.element.isConnected) previous.element.replaceWith(this.readAloud.element);
    else parts.bar.insertBefore(this.readAloud.element, parts.bar.querySelector('.pp-help-button')?.nextSibling ?? null);
    this.unpatchDocument();
    this.patchDocument(result);
    this.say(t('inPage_recleaned', readyStatus(result)));
  }

  /** Announces `text` in the view's status line (polite), if the view is up. */
  say(text: string): void {
    if (this.parts) this.parts.status.textContent = text;
  }

  /**
   * A page without `lang` or a title leaves the view without both (axe html-has-lang,
   * document-title): set them from the article while the view is up, exactly undone by restore().
   */
  private patchDocument(result: CleanResult): void {
    const doc = this.doc;
    const html = doc.documentElement;
    const lang = html.getAttribute('lang');
    const langSet = !lang?.trim();
    if (langSet) html.setAttribute('lang', result.language || 'en');
    // Through the <html> element, not document.title/head/querySelector: a page's <img name="title">
    // shadows those document properties ([LegacyOverrideBuiltIns], issue 13).
    const existing = html.querySelector('title');
    const needsTitle = !(existing?.textContent ?? '').trim() && Boolean(result.title);
    const head = html.querySelector('head');
    let title: HTMLTitleElement | null = null;
    let titleText: string | null = null;
    let titleAdded = false;
    if (needsTitle && existing) {
      title = existing;
      titleText = existing.textContent;
      existing.textContent = result.title;
    } else if (needsTitle && head) {
      title = doc.createElement('title');
      title.textContent = result.title;
      head.append(title);
      titleAdded = true;
    }
    this.documentPatch = { lang, langSet, title, titleText, titleAdded };
  }

  private unpatchDocument(): void {
    const patch = this.documentPatch;
    this.documentPatch = null;
    if (!patch) return;
    const html = this.doc.documentElement;
    if (patch.langSet && html) {
      if (patch.lang === null) html.removeAttribute('lang');
      else html.setAttribute('lang', patch.lang);
    }
    if (patch.titleAdded) patch.title?.remove();
    else if (patch.title) patch.title.textContent = patch.titleText;
  }

  /** The text size one step up or down (the bar's A−/A+ and the + and − keys), remembered; at a bound, says so. */
  private changeTextSize(delta: number): void {
    const next = this.textSize + delta;
    if (next < TEXT_SIZE_MIN || next > TEXT_SIZE_MAX) {
      this.say(delta > 0 ? t('common_textSizeMax', this.textSize) : t('common_textSizeMin', this.textSize));
      return;
    }
    this.textSize = next;
    this.parts?.reader.style.setProperty('--pp-text-size', `${next}px`);
    this.events.onSettingsChange?.({ textSize: next });
    this.say(t('common_textSizeNow', next));
  }

  /** + and − (text size), T (next theme) and ? (the help card), while the view is up. */
  private registerShortcuts(): void {
    const say = (text: string) => this.say(text);
    this.unregisterShortcuts = [
      registerShortcut('+', t('shortcuts_larger'), () => this.changeTextSize(TEXT_SIZE_STEP), { aliases: ['='] }),
      registerShortcut('-', t('shortcuts_smaller'), () => this.changeTextSize(-TEXT_SIZE_STEP), { display: '−' }),
      registerShortcut('t', t('shortcuts_nextTheme'), () => {
        this.reading = { ...this.reading, theme: nextTheme(this.reading.theme) };
        this.parts?.panel.update(this.reading);
        this.events.onSettingsChange?.({ reading: { theme: this.reading.theme } });
        say(t('common_themeNow', READING_LABELS.theme.choices[this.reading.theme]));
      }),
      registerShortcut('?', t('shortcuts_toggleHelp'), () => this.parts?.help.toggle()),
    ];
  }

  /** The view is gone (Show original, or the page took it): its shortcuts go with it. */
  private dropParts(): void {
    for (const unregister of this.unregisterShortcuts) unregister();
    this.unregisterShortcuts = [];
    this.parts?.help.close();
    this.parts = null;
  }

  /** Puts the original <body> node back where it was. */
  restore(): void {
    if (!this.isShowing || !this.host || !this.original) return;
    this.stopWatching(); // our own removal of the host is not the page's
    listenForKeys(this.doc, this.handleKeydown, false);
    this.stopReadingAloud();
    this.dropParts();
    this.host.replaceWith(this.original);
    this.host = null;
    this.unpatchDocument();
    this.doc.defaultView?.scrollTo(this.savedScroll.x, this.savedScroll.y);
  }

  /**
   * After the page took the view away: a bar fixed at the top (its own closed root, on the
   * document element, outside the page's body) whose button calls `onCleanAgain`.
   */
  offerCleanAgain(onCleanAgain: () => void): void {
    if (this.isShowing) return;
    this.showNotice(t('inPage_takenAway'), 'pp-clean-again', t('inPage_cleanAgain'), () => {
      this.dismissNotice();
      onCleanAgain();
    });
  }

  /**
   * After "Stop auto-cleaning this site": the original page back (as Show original), and a
   * notice saying `text` whose Close button takes the focus the bar's button had.
   */
  showOriginalWithNotice(text: string): void {
    this.restore();
    const close = this.showNotice(text, 'pp-notice-close', t('inPage_closeNotice'), () => this.dismissNotice());
    close?.focus();
  }

  /** A bar fixed at the top, on its own closed root on the document element (outside the page's body). */
  private showNotice(text: string, buttonClass: string, buttonText: string, onClick: () => void): HTMLButtonElement | null {
    const doc = this.doc;
    if (!doc.documentElement) return null;
    this.dismissNotice();
    const notice = doc.createElement('div');
    const shadow = notice.attachShadow({ mode: 'closed' });
    attachStyles(shadow, READER_CSS + IN_PAGE_NOTICE_CSS);
    const reader = doc.createElement('div');
    reader.className = 'pp-reader';
    const bar = this.bar(doc, text, buttonClass, buttonText, onClick);
    // The focused button is read out with the notice's text (ids are per root: no clash with the page).
    bar.querySelector('.pp-bar-label')?.setAttribute('id', 'pp-notice-text');
    bar.querySelector('button')?.setAttribute('aria-describedby', 'pp-notice-text');
    reader.append(bar);
    // Escape closes the notice while the focus is in it (after "Stop auto-cleaning", its button has it).
    bar.querySelector('button')?.setAttribute('aria-keyshortcuts', 'Escape');
    reader.addEventListener('keydown', (event) => {
      if (!isPlainEscape(event)) return;
      event.preventDefault();
      this.dismissNotice();
    });
    shadow.append(reader);
    doc.documentElement.append(notice);
    this.notice = notice;
    return bar.querySelector('button');
  }

  private bar(doc: Document, text: string, buttonClass: string, buttonText: string, onClick: () => void): HTMLElement {
    const bar = doc.createElement('div');
    bar.className = 'pp-bar';
    bar.setAttribute('role', 'region');
    bar.setAttribute('aria-label', t('ext_name'));
    const label = doc.createElement('span');
    label.className = 'pp-bar-label';
    label.textContent = text;
    bar.append(label, this.button(doc, buttonClass, buttonText, onClick));
    return bar;
  }

  private button(doc: Document, className: string, text: string, onClick: () => void): HTMLButtonElement {
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = className;
    button.textContent = text;
    button.addEventListener('click', onClick);
    return button;
  }

  private stopReadingAloud(): void {
    this.readAloud?.destroy();
    this.readAloud = null;
  }

  private dismissNotice(): void {
    this.notice?.remove();
    this.notice = null;
  }

  /**
   * Notices the host leaving the page: removed or replaced under the document element, or
   * the document element itself replaced (`document.open()`, a new <html>).
   */
  private watch(host: HTMLElement): void {
    const doc = this.doc;
    const root = doc.documentElement;
    const watcher = new MutationObserver(() => {
      if (host.isConnected && host.parentNode === doc.documentElement) return;
      this.stopWatching();
      listenForKeys(this.doc, this.handleKeydown, false);
      this.stopReadingAloud();
      this.dropParts();
      this.host = null;
      this.original = null;
      this.documentPatch = null; // the page changed its document: leave what it made alone
      this.events.onRemovedByPage?.();
    });
    watcher.observe(doc, { childList: true });
    watcher.observe(root, { childList: true });
    this.watcher = watcher;
  }

  private stopWatching(): void {
    this.watcher?.disconnect();
    this.watcher = null;
  }
}

/**
 * The in-page reader view for auto-clean. The original <body> element is swapped out
 * for a new <body> that hosts a shadow root with the reader view, and swapped
 * back by "Show original": the very same node returns, nothing re-parsed, so the page's
 * DOM, listeners and state are exactly as they were. The shadow root keeps the page's
 * CSS out of the view and ours out of the page; light-DOM children a page script
 * appends to the new body are never rendered (the shadow root has no slot). The root
 * is `open`: it holds only what the page already contained, and tests inspect it.
 */
import type { CleanResult } from '../core/types.ts';
import { READER_CSS, attachStyles } from '../reader/reader-css.ts';
import { renderReaderView } from '../reader/render.ts';
import { IN_PAGE_CSS } from './in-page-css.ts';

export class InPageView {
  private original: HTMLElement | null = null;
  private host: HTMLElement | null = null;
  private savedScroll = { x: 0, y: 0 };

  constructor(private readonly doc: Document) {}

  get isShowing(): boolean {
    return this.host !== null && this.host.isConnected;
  }

  /** The page's own body while the view is up (for cleaning again from the popup). */
  get originalBody(): HTMLElement | null {
    return this.isShowing ? this.original : null;
  }

  show(result: CleanResult, textSize: number): void {
    const doc = this.doc;
    const body = doc.body;
    if (this.isShowing || !body || !doc.documentElement) return;
    const win = doc.defaultView;
    this.savedScroll = { x: win?.scrollX ?? 0, y: win?.scrollY ?? 0 };

    const host = doc.createElement('body');
    const shadow = host.attachShadow({ mode: 'open' });
    attachStyles(shadow, READER_CSS + IN_PAGE_CSS);

    const reader = doc.createElement('div');
    reader.className = 'pp-reader pp-in-page';
    reader.style.setProperty('--pp-text-size', `${textSize}px`);
    const bar = doc.createElement('div');
    bar.className = 'pp-bar';
    bar.setAttribute('role', 'region');
    bar.setAttribute('aria-label', 'Plainpage');
    const label = doc.createElement('span');
    label.className = 'pp-bar-label';
    label.textContent = 'Cleaned by Plainpage';
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'pp-show-original';
    button.textContent = 'Show original';
    button.addEventListener('click', () => this.restore());
    bar.append(label, button);
    const main = doc.createElement('main');
    main.className = 'pp-main';
    renderReaderView(main, result);
    reader.append(bar, main);
    shadow.append(reader);

    this.original = body;
    this.host = host;
    doc.documentElement.replaceChild(host, body);
    win?.scrollTo(0, 0);
  }

  /** Puts the original <body> node back where it was. */
  restore(): void {
    if (!this.isShowing || !this.host || !this.original) return;
    this.host.replaceWith(this.original);
    this.host = null;
    this.doc.defaultView?.scrollTo(this.savedScroll.x, this.savedScroll.y);
  }
}

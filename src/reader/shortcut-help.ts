/**
 * The "?" help card (issue 11): a modal dialog listing the shortcuts registered in the page
 * (shortcuts.ts) and the keys each view handles itself (Escape). Escape or Close shuts it and
 * focus goes back where it was. DOM only (createElement/textContent); its styles are
 * SHORTCUT_HELP_CSS, attached beside READER_CSS in the reader tab and the in-page view.
 */
import { t } from '../platform/i18n.ts';
import type { ShortcutRegistry } from './shortcuts.ts';

export interface ShortcutHelpOptions {
  /** Lines for keys the view handles itself, shown after the registered ones. @default [] */
  extra?: { display: string; label: string }[];
  /** The element that really has the focus (the in-page view's closed root knows it). @default doc.activeElement */
  activeElement?: () => Element | null;
  /** Where focus goes on closing when the element that had it is gone. */
  fallbackFocus?: () => HTMLElement | null;
  /** Keeps ids unique per page. @default 'pp-help' */
  idPrefix?: string;
}

export interface ShortcutHelp {
  element: HTMLDialogElement;
  readonly isOpen: boolean;
  open(): void;
  close(): void;
  toggle(): void;
}

export const SHORTCUT_HELP_CSS = `
.pp-reader .pp-help {
  max-width: min(28em, calc(100vw - 32px)); padding: 20px 24px; border: 1px solid var(--pp-control); border-radius: 10px;
  background: var(--pp-card); color: var(--pp-fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
  box-shadow: 0 8px 30px rgb(0 0 0 / 0.25);
}
.pp-reader .pp-help::backdrop { background: rgb(0 0 0 / 0.35); }
.pp-reader .pp-help h2 { margin: 0 0 12px; font-size: 18px; }
.pp-reader .pp-help-list { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 8px 16px; align-items: baseline; }
.pp-reader .pp-help-list div { display: contents; }
.pp-reader .pp-help-list dt { margin: 0; text-align: center; }
.pp-reader .pp-help-list dd { margin: 0; }
.pp-reader .pp-help kbd {
  display: inline-block; min-width: 2em; padding: 1px 6px; border: 1px solid var(--pp-control); border-bottom-width: 2px;
  border-radius: 5px; background: var(--pp-bg); color: var(--pp-fg); font: 600 14px/1.4 ui-monospace, Menlo, Consolas, "DejaVu Sans Mono", monospace; text-align: center;
}
.pp-reader .pp-help-note { margin: 14px 0 0; color: var(--pp-muted); font-size: 13px; }
.pp-reader .pp-help-actions { margin: 16px 0 0; text-align: right; }
.pp-reader .pp-help-close {
  font: inherit; color: var(--pp-fg); background: transparent; cursor: pointer;
  border: 1px solid var(--pp-control); border-radius: 6px; padding: 4px 14px;
}
`;

function showDialog(dialog: HTMLDialogElement): void {
  // jsdom has no showModal; browsers all do (Chrome 37, Firefox 98).
  if (typeof dialog.showModal === 'function') dialog.showModal();
  else dialog.setAttribute('open', '');
}

/** Closes `dialog`; `onClosed` runs once it is closed (from the dialog's close event in browsers). */
function hideDialog(dialog: HTMLDialogElement, onClosed: () => void): void {
  if (typeof dialog.close === 'function') dialog.close();
  else {
    dialog.removeAttribute('open');
    onClosed();
  }
}

/** Builds the (closed) card; the caller puts `element` inside its `.pp-reader` root. */
export function createShortcutHelp(doc: Document, registry: ShortcutRegistry, options: ShortcutHelpOptions = {}): ShortcutHelp {
  const prefix = options.idPrefix ?? 'pp-help';
  const activeElement = options.activeElement ?? (() => doc.activeElement);
  const dialog = doc.createElement('dialog');
  dialog.className = 'pp-help';
  dialog.setAttribute('aria-labelledby', `${prefix}-title`);
  const title = doc.createElement('h2');
  title.id = `${prefix}-title`;
  title.textContent = t('shortcuts_title');
  const list = doc.createElement('dl');
  list.className = 'pp-help-list';
  const note = doc.createElement('p');
  note.className = 'pp-help-note';
  note.textContent = t('shortcuts_note');
  const actions = doc.createElement('p');
  actions.className = 'pp-help-actions';
  const close = doc.createElement('button');
  close.type = 'button';
  close.className = 'pp-help-close';
  close.textContent = t('shortcuts_close');
  actions.append(close);
  dialog.append(title, list, note, actions);

  let returnTo: Element | null = null;

  function fill(): void {
    const rows = [...registry.list(), ...(options.extra ?? [])].map(({ display, label }) => {
      const row = doc.createElement('div');
      const dt = doc.createElement('dt');
      const kbd = doc.createElement('kbd');
      kbd.textContent = display;
      dt.append(kbd);
      const dd = doc.createElement('dd');
      dd.textContent = label;
      row.append(dt, dd);
      return row;
    });
    list.replaceChildren(...rows);
  }

  const help: ShortcutHelp = {
    element: dialog,
    get isOpen() {
      return dialog.hasAttribute('open');
    },
    open() {
      if (help.isOpen) return;
      returnTo = activeElement();
      fill();
      showDialog(dialog);
      close.focus();
    },
    close() {
      if (help.isOpen) hideDialog(dialog, restoreFocus);
    },
    toggle() {
      if (help.isOpen) help.close();
      else help.open();
    },
  };
  /** Focus back where it was (no `instanceof HTMLElement`: the content script reads no more globals than it must). */
  function restoreFocus(): void {
    const previous = returnTo as HTMLElement | null;
    returnTo = null;
    const target = previous && previous.isConnected && typeof previous.focus === 'function' ? previous : options.fallbackFocus?.();
    target?.focus({ preventScroll: true });
  }
  close.addEventListener('click', () => help.close());
  // However the dialog closes (Close, Escape, the browser's own cancel), focus goes back.
  dialog.addEventListener('close', restoreFocus);
  return help;
}

/** The popup's main area in each state: working, ready, not a news page, unreadable, error. */
import type { CleanResult } from '../core/types.ts';
import { t } from '../platform/i18n.ts';
import { appendMessage } from '../reader/localize.ts';
import { renderReaderView } from '../reader/render.ts';
import { UNREADABLE_MESSAGES, type UnreadableReason } from './page-access.ts';

export interface StateActions {
  onCleanAnyway(): void;
  onRetry(): void;
}

function block(doc: Document, heading: string, text: string): HTMLElement {
  const box = doc.createElement('div');
  box.className = 'pp-state';
  const h = doc.createElement('h1'); // the popup's one main heading in this state (axe page-has-heading-one)
  h.textContent = heading;
  const p = doc.createElement('p');
  p.textContent = text;
  box.append(h, p);
  return box;
}

function button(doc: Document, label: string, onClick: () => void, id: string): HTMLButtonElement {
  const b = doc.createElement('button');
  b.type = 'button';
  b.id = id;
  b.className = 'pp-button pp-button-primary';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

export function showWorking(view: HTMLElement): void {
  const doc = view.ownerDocument;
  const box = doc.createElement('div');
  box.className = 'pp-state pp-working';
  box.setAttribute('role', 'status');
  const spinner = doc.createElement('span');
  spinner.className = 'pp-spinner';
  spinner.setAttribute('aria-hidden', 'true');
  const text = doc.createElement('span');
  text.textContent = t('state_working');
  box.append(spinner, text);
  view.replaceChildren(box);
  view.setAttribute('aria-busy', 'true');
  view.dataset.state = 'working';
}

export function showReady(view: HTMLElement, result: CleanResult): void {
  renderReaderView(view, result);
  view.setAttribute('aria-busy', 'false');
  view.dataset.state = 'ready';
}

export function showNotNews(view: HTMLElement, result: CleanResult, actions: StateActions): void {
  const doc = view.ownerDocument;
  const box = block(doc, t('state_notNewsTitle'), t('state_notNewsText'));
  if (result.reasons.length > 0) {
    const details = doc.createElement('details');
    const summary = doc.createElement('summary');
    summary.textContent = t('state_whyNotNews');
    const list = doc.createElement('ul');
    for (const reason of result.reasons) {
      const li = doc.createElement('li');
      li.textContent = reason;
      list.append(li);
    }
    details.append(summary, list);
    box.append(details);
  }
  box.append(button(doc, t('state_cleanAnyway'), actions.onCleanAnyway, 'clean-anyway'));
  view.replaceChildren(box);
  view.setAttribute('aria-busy', 'false');
  view.dataset.state = 'not-news';
}

export function showUnreadable(view: HTMLElement, reason: UnreadableReason, detail?: string): void {
  const doc = view.ownerDocument;
  const message = UNREADABLE_MESSAGES[reason];
  const box = block(doc, message.title, message.detail);
  if (detail) {
    const p = doc.createElement('p');
    const code = doc.createElement('code');
    code.textContent = detail;
    appendMessage(p, 'state_browserSaid', [code]);
    box.append(p);
  }
  view.replaceChildren(box);
  view.setAttribute('aria-busy', 'false');
  view.dataset.state = 'unreadable';
}

export function showError(view: HTMLElement, message: string, actions: StateActions): void {
  const doc = view.ownerDocument;
  const box = block(doc, t('state_errorTitle'), t('state_errorText'));
  const p = doc.createElement('p');
  const code = doc.createElement('code');
  code.textContent = message;
  p.append(code);
  box.append(p, button(doc, t('state_tryAgain'), actions.onRetry, 'retry'));
  view.replaceChildren(box);
  view.setAttribute('aria-busy', 'false');
  view.dataset.state = 'error';
}

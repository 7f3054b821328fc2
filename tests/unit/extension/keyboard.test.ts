// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { closeOpenPanels, focusArticle, isPlainEscape } from '../../../src/reader/keyboard.ts';

beforeEach(() => {
  document.body.replaceChildren();
});

function setUp(): { view: HTMLElement; button: HTMLButtonElement } {
  const button = document.createElement('button');
  button.textContent = 'Copy text';
  const view = document.createElement('main');
  view.tabIndex = -1;
  view.append(Object.assign(document.createElement('p'), { textContent: 'Article' }));
  document.body.append(button, view);
  return { view, button };
}

describe('focusArticle', () => {
  it('focuses the article when nothing else has focus', () => {
    const { view } = setUp();
    expect(focusArticle(view)).toBe(true);
    expect(document.activeElement).toBe(view);
  });

  it('does not take focus from a control the reader moved to', () => {
    const { view, button } = setUp();
    button.focus();
    expect(focusArticle(view)).toBe(false);
    expect(document.activeElement).toBe(button);
  });

  it('takes focus from a control inside the view (it is being replaced)', () => {
    const { view } = setUp();
    const inner = view.appendChild(document.createElement('button'));
    inner.focus();
    expect(focusArticle(view)).toBe(true);
    expect(document.activeElement).toBe(view);
  });
});

describe('closeOpenPanels', () => {
  function panels(): { root: HTMLElement; outer: HTMLDetailsElement; inner: HTMLDetailsElement; other: HTMLDetailsElement } {
    const root = document.createElement('div');
    root.innerHTML = '<details id="outer" open><summary>Log</summary><details id="inner" open><summary>Story</summary><a href="#x">link</a></details></details><details id="other" open><summary>Other</summary></details>';
    document.body.append(root);
    return {
      root,
      outer: root.querySelector('#outer') as HTMLDetailsElement,
      inner: root.querySelector('#inner') as HTMLDetailsElement,
      other: root.querySelector('#other') as HTMLDetailsElement,
    };
  }

  it('closes the innermost open panel holding focus and focuses its summary', () => {
    const { root, outer, inner, other } = panels();
    const link = root.querySelector('a')!;
    link.focus();
    expect(closeOpenPanels(root, document.activeElement)).toBe(true);
    expect([outer.open, inner.open, other.open]).toEqual([true, false, true]);
    expect(document.activeElement).toBe(inner.querySelector('summary'));
  });

  it('with focus outside every panel closes them all; with none open reports false', () => {
    const { root, outer, inner, other } = panels();
    expect(closeOpenPanels(root, document.body)).toBe(true);
    expect([outer.open, inner.open, other.open]).toEqual([false, false, false]);
    expect(closeOpenPanels(root, document.body)).toBe(false);
  });
});

describe('isPlainEscape', () => {
  it('is Escape without modifiers, outside composition', () => {
    expect(isPlainEscape(new KeyboardEvent('keydown', { key: 'Escape' }))).toBe(true);
    expect(isPlainEscape(new KeyboardEvent('keydown', { key: 'Escape', shiftKey: true }))).toBe(false);
    expect(isPlainEscape(new KeyboardEvent('keydown', { key: 'Escape', isComposing: true }))).toBe(false);
    expect(isPlainEscape(new KeyboardEvent('keydown', { key: 'Esc' }))).toBe(false);
  });
});

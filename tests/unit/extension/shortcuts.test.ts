// @vitest-environment jsdom
/** Shortcuts in the reader tab and the in-page view (issue 11): the registry, where they never fire, the help card. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createShortcutHelp } from '../../../src/reader/shortcut-help.ts';
import { ShortcutRegistry, isTypingTarget, nextTheme, shortcutKey } from '../../../src/reader/shortcuts.ts';

const key = (k: string, init: KeyboardEventInit = {}) => new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init });

beforeEach(() => document.body.replaceChildren());

describe('the shortcut registry', () => {
  it('runs the shortcut for a key, letters in either case, and aliases', () => {
    const registry = new ShortcutRegistry();
    const larger = vi.fn();
    const theme = vi.fn();
    registry.register('+', 'Larger text', larger, { aliases: ['='] });
    registry.register('t', 'Next theme', theme);
    expect(registry.handle(key('+', { shiftKey: true }), document.body)).toBe(true);
    expect(registry.handle(key('='), document.body)).toBe(true);
    expect(registry.handle(key('T', { shiftKey: true }), document.body)).toBe(true);
    expect(registry.handle(key('t'), null)).toBe(true);
    expect(larger).toHaveBeenCalledTimes(2);
    expect(theme).toHaveBeenCalledTimes(2);
    expect(registry.handle(key('x'), document.body)).toBe(false);
    expect(registry.list()).toEqual([
      { key: '+', display: '+', label: 'Larger text' },
      { key: 't', display: 'T', label: 'Next theme' },
    ]);
  });

  it('never fires in a form field or editable content', () => {
    const registry = new ShortcutRegistry();
    const run = vi.fn();
    registry.register('t', 'Next theme', run);
    registry.register('+', 'Larger text', run);
    const fields = [
      Object.assign(document.createElement('input'), { type: 'text' }),
      Object.assign(document.createElement('input'), { type: 'search' }),
      Object.assign(document.createElement('input'), { type: 'checkbox' }),
      document.createElement('textarea'),
      document.createElement('select'),
    ];
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    const inside = editable.appendChild(document.createElement('span'));
    document.body.append(...fields, editable);
    for (const el of [...fields, editable, inside]) {
      expect(isTypingTarget(el), el.outerHTML).toBe(true);
      expect(registry.handle(key('t'), el), el.outerHTML).toBe(false);
      expect(registry.handle(key('+'), el), el.outerHTML).toBe(false);
    }
    expect(run).not.toHaveBeenCalled();
    // A button, a link or the article are fine.
    const button = document.body.appendChild(document.createElement('button'));
    expect(isTypingTarget(button)).toBe(false);
    expect(registry.handle(key('t'), button)).toBe(true);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('never fires with Ctrl, Alt or Meta held, or while an input method composes', () => {
    const registry = new ShortcutRegistry();
    const run = vi.fn();
    registry.register('t', 'Next theme', run);
    for (const init of [{ ctrlKey: true }, { altKey: true }, { metaKey: true }, { isComposing: true }]) {
      expect(shortcutKey(key('t', init)), JSON.stringify(init)).toBeNull();
      expect(registry.handle(key('t', init), document.body)).toBe(false);
    }
    expect(shortcutKey(key('Enter'))).toBeNull(); // named keys are not shortcuts
    expect(run).not.toHaveBeenCalled();
  });

  it('lets a feature register a key later (read aloud: R) and take it away again', () => {
    const registry = new ShortcutRegistry();
    const read = vi.fn();
    const unregister = registry.register('r', 'Read aloud', read);
    expect(registry.handle(key('r'), document.body)).toBe(true);
    expect(registry.list().map((e) => e.display)).toEqual(['R']);
    // Registering the same key again replaces it; the old remover does not remove the new one.
    const again = vi.fn();
    registry.register('R', 'Read aloud from here', again);
    unregister();
    expect(registry.handle(key('r'), document.body)).toBe(true);
    expect(again).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('cycles the themes in the panel order', () => {
    expect(['auto', 'light', 'sepia', 'dark', 'contrast'].map((t) => nextTheme(t as never))).toEqual(['light', 'sepia', 'dark', 'contrast', 'auto']);
  });
});

describe('the help card', () => {
  it('lists the registered shortcuts and the extra keys, and gives focus back on closing', () => {
    const registry = new ShortcutRegistry();
    registry.register('+', 'Larger text', () => {});
    const opener = document.body.appendChild(document.createElement('button'));
    const help = createShortcutHelp(document, registry, { extra: [{ display: 'Esc', label: 'Close this list' }] });
    document.body.append(help.element);
    opener.focus();
    expect(help.isOpen).toBe(false);
    // Registered after the card was made: still listed (the card is filled on opening).
    registry.register('r', 'Read aloud', () => {});
    help.toggle();
    expect(help.isOpen).toBe(true);
    expect(help.element.getAttribute('aria-labelledby')).toBe('pp-help-title');
    expect(document.getElementById('pp-help-title')?.textContent).toBe('Keyboard shortcuts');
    const rows = [...help.element.querySelectorAll('dl div')].map((d) => `${d.querySelector('kbd')?.textContent}: ${d.querySelector('dd')?.textContent}`);
    expect(rows).toEqual(['+: Larger text', 'R: Read aloud', 'Esc: Close this list']);
    expect(document.activeElement?.textContent).toBe('Close');
    help.toggle();
    expect(help.isOpen).toBe(false);
    expect(document.activeElement).toBe(opener);
  });
});

/**
 * Single-key shortcuts in the reader tab and the in-page view (issue 11): + and − for the text
 * size, T for the next theme, ? for the list of shortcuts, and whatever a feature registers
 * (read aloud registers R). One registry per page (the reader tab and the content script each
 * have their own module instance); the help card lists what is registered, in order.
 *
 * A feature adds its key with `registerShortcut('r', 'Read aloud', run)` and removes it with the
 * function that returns. Shortcuts never fire while the focus is in a text field, a list of
 * choices or editable content, with Ctrl, Alt or Meta held, or while an input method composes.
 * Pure DOM, unit-tested.
 */
import { THEMES, type ReadingSettings } from '../settings/schema.ts';

export interface ShortcutOptions {
  /** Other keys that do the same (`=` beside `+`, which needs Shift on most layouts). @default [] */
  aliases?: string[];
  /** How the key is shown in the help card. @default the key, upper-cased */
  display?: string;
}

export interface ShortcutEntry {
  key: string;
  display: string;
  label: string;
}

interface Registered extends ShortcutEntry {
  keys: string[];
  run: (event: KeyboardEvent) => void;
}

/** Keys are compared as typed, letters without case ("t" and "T" are one key). */
function normalise(key: string): string {
  return key.length === 1 ? key.toLowerCase() : key;
}

/**
 * True when `el` is a form field (any <input>, <select>, <textarea>) or editable content: keys
 * typed there belong to it, never to a shortcut.
 */
export function isTypingTarget(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return (el as HTMLElement).isContentEditable === true || el.closest('[contenteditable=""], [contenteditable="true"]') !== null;
}

/** The key a shortcut may answer to, or null when modifiers are held or an input method composes. */
export function shortcutKey(event: KeyboardEvent): string | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return null;
  return event.key && event.key.length === 1 ? normalise(event.key) : null;
}

export class ShortcutRegistry {
  private entries: Registered[] = [];

  /** Adds (or replaces) the shortcut for `key`; returns a function that removes it. */
  register(key: string, label: string, run: (event: KeyboardEvent) => void, options: ShortcutOptions = {}): () => void {
    const keys = [key, ...(options.aliases ?? [])].map(normalise);
    this.entries = this.entries.filter((e) => !e.keys.some((k) => keys.includes(k)));
    const entry: Registered = { key: normalise(key), display: options.display ?? key.toUpperCase(), label, keys, run };
    this.entries.push(entry);
    return () => {
      this.entries = this.entries.filter((e) => e !== entry);
    };
  }

  /** What the help card shows, in the order registered. */
  list(): ShortcutEntry[] {
    return this.entries.map(({ key, display, label }) => ({ key, display, label }));
  }

  /**
   * Runs the shortcut for `event`'s key unless `focused` (the element that really has the
   * focus, inside a shadow root too) takes typing. Returns whether one ran; the caller then
   * calls preventDefault.
   */
  handle(event: KeyboardEvent, focused: Element | null): boolean {
    const key = shortcutKey(event);
    if (key === null || isTypingTarget(focused)) return false;
    const entry = this.entries.find((e) => e.keys.includes(key));
    if (!entry) return false;
    entry.run(event);
    return true;
  }
}

/** The page's registry: the reader tab's (in its page) or the in-page view's (in the content script). */
export const shortcuts = new ShortcutRegistry();

/** Registers a shortcut in this page's registry (see ShortcutRegistry.register). */
export function registerShortcut(key: string, label: string, run: (event: KeyboardEvent) => void, options?: ShortcutOptions): () => void {
  return shortcuts.register(key, label, run, options);
}

/** The theme after `theme`, in the reading panel's order, back to the first after the last. */
export function nextTheme(theme: ReadingSettings['theme']): ReadingSettings['theme'] {
  return THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length]!;
}

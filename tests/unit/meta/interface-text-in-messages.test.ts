// @vitest-environment node
/**
 * "Interface text in one place" (issue 11): the words the extension shows live in
 * _locales/en/messages.json and reach the views through t() (src/platform/i18n.ts) or, in the
 * static pages, through data-i18n attributes (src/reader/localize.ts). This test fails when a
 * UI module under src/popup, src/reader, src/sidepanel, src/options or src/content writes a
 * string literal with letters in it straight into the DOM:
 *   - `.textContent`, `.innerText`, `.title`, `.placeholder` or `.ariaLabel` = 'literal';
 *   - `setAttribute('aria-label' | 'aria-description' | 'title' | 'placeholder' | 'alt', 'literal')`;
 *   - `.append('literal')`, `.prepend('literal')`, `createTextNode('literal')`;
 * (a template literal counts when its text outside `${…}` has a letter), and when a static page
 * (*.html) has a text node with letters outside <code>, <script> and <style>, or an aria-label,
 * title, alt or placeholder attribute with letters.
 *
 * Its limits, on purpose (it reads lines, it does not follow values): a literal handed to a
 * helper that writes it later (`el(doc, 'p', {}, ['Text'])`, `block(doc, 'Title', …)`), kept in a
 * variable or a table first, or built by concatenation is not seen; nor is a sink call split over
 * lines. Text from outside the UI modules (the core's detection reasons and removal texts, the
 * browser's error messages) is not interface text of these modules. The i18n test's "every
 * message is used, every used name exists" and review cover what this cannot.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const UI_DIRS = ['src/popup', 'src/reader', 'src/sidepanel', 'src/options', 'src/content'];

/** A quoted or template literal; its text outside `${…}` is what a reader would see. */
const LITERAL = String.raw`('(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|\`(?:\\.|[^\`\\])*\`)`;
const SINKS = [
  new RegExp(String.raw`\.(?:textContent|innerText|title|placeholder|ariaLabel)\s*=\s*${LITERAL}`, 'g'),
  new RegExp(String.raw`setAttribute\(\s*['"](?:aria-label|aria-description|title|placeholder|alt)['"]\s*,\s*${LITERAL}`, 'g'),
  new RegExp(String.raw`(?:\.append|\.prepend|createTextNode)\(\s*${LITERAL}`, 'g'),
];
const HAS_LETTER = /\p{L}/u;

function hasWords(literal: string): boolean {
  return HAS_LETTER.test(literal.slice(1, -1).replace(/\$\{[^}]*\}/g, ''));
}

/** Lines of a TS module that write literal text into the DOM (comment lines skipped). */
export function literalTextLines(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !/^\s*(?:\/\/|\*|\/\*)/.test(line))
    .filter((line) => SINKS.some((sink) => [...line.matchAll(sink)].some((m) => hasWords(m[1]!))));
}

/** Words in a static page that do not come from messages.json. */
export function literalTextInHtml(html: string): string[] {
  const doc = new JSDOM(html).window.document;
  const found: string[] = [];
  const walker = doc.createTreeWalker(doc.documentElement, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('code, script, style')) continue;
    if (HAS_LETTER.test(node.textContent ?? '')) found.push(`text "${(node.textContent ?? '').trim()}"`);
  }
  for (const el of doc.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
    for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
      const value = el.getAttribute(name);
      if (value && HAS_LETTER.test(value)) found.push(`${name}="${value}"`);
    }
  }
  return found;
}

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
  });
}
const rel = (p: string) => relative(ROOT, p).split('\\').join('/');
const uiFiles = (ext: RegExp) => UI_DIRS.flatMap((d) => files(resolve(ROOT, d), ext));

describe('interface text goes through messages.json', () => {
  it('the checks themselves can fail', () => {
    for (const line of [
      "h.textContent = 'Something went wrong';",
      'summary.textContent = "Why Plainpage thinks so";',
      'status.textContent = `Text size ${px} px`;',
      "button.setAttribute('aria-label', 'Remove site');",
      "el.setAttribute('title', `Keyboard shortcuts (?)`);",
      "input.placeholder = 'Search';",
      "li.append('no shortcut set');",
      "p.append('Browser said: ', code);",
      "doc.createTextNode('Untitled')",
    ]) {
      expect(literalTextLines(line), line).toHaveLength(1);
    }
    for (const line of [
      "h.textContent = t('state_errorTitle');",
      "el.textContent = '';",
      'el.textContent = `${px}`;',
      "b.setAttribute('aria-label', t('options_removeSite', site));",
      "b.setAttribute('aria-hidden', 'true');",
      "item.append(' ', el('span', `· ${meta}`));",
      "// h.textContent = 'In a comment';",
      "kbd.textContent = '−';",
    ]) {
      expect(literalTextLines(line), line).toEqual([]);
    }
    expect(literalTextInHtml('<p>Open original</p><button aria-label="Text size">?</button><code>about:addons</code>')).toEqual([
      'text "Open original"',
      'aria-label="Text size"',
    ]);
    expect(literalTextInHtml('<title data-i18n="ext_name"></title><p data-i18n="x"><code>chrome://extensions</code></p><span>18</span>')).toEqual([]);
  });

  it('no UI module writes literal text into the DOM', () => {
    const offenders = uiFiles(/\.ts$/).flatMap((path) => literalTextLines(readFileSync(path, 'utf8')).map((line) => `${rel(path)}: ${line.trim()}`));
    expect(offenders).toEqual([]);
  });

  it('no static page has words of its own', () => {
    const pages = uiFiles(/\.html$/);
    expect(pages.map(rel).sort()).toEqual(['src/options/options.html', 'src/popup/popup.html', 'src/reader/reader.html', 'src/sidepanel/sidepanel.html']);
    const offenders = pages.flatMap((path) => literalTextInHtml(readFileSync(path, 'utf8')).map((found) => `${rel(path)}: ${found}`));
    expect(offenders).toEqual([]);
  });
});

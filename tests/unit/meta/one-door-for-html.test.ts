// @vitest-environment node
/**
 * "One door for HTML" (STYLE.md habit 5): only src/core/lib/html.ts, which
 * sanitises with DOMPurify, may turn strings into DOM or write raw HTML.
 * This test fails on any other innerHTML / outerHTML / insertAdjacentHTML /
 * document.write / DOMParser / createContextualFragment in shipped code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const ALLOWED = new Set(['src/core/lib/html.ts']);
const RAW_HTML_SINKS =
  /\b(?:innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|DOMParser)\b|\.srcdoc\s*=|\bdocument\s*\.\s*write(?:ln)?\s*\(/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(?:ts|tsx|js|mjs|html)$/.test(name) ? [path] : [];
  });
}

/** Lines of `text` that use a raw HTML sink, ignoring `//` and `*` comment lines. */
export function rawHtmlLines(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !/^\s*(?:\/\/|\*|\/\*)/.test(line))
    .filter((line) => RAW_HTML_SINKS.test(line));
}

describe('one door for HTML', () => {
  it('detects each sink it polices (the check itself can fail)', () => {
    for (const line of [
      'el.innerHTML = x;',
      'el.outerHTML = x;',
      "el.insertAdjacentHTML('beforeend', x);",
      'document.write(x);',
      'new DOMParser().parseFromString(x, "text/html");',
      'range.createContextualFragment(x);',
      'frame.srcdoc = x;',
    ]) {
      expect(rawHtmlLines(line), line).toHaveLength(1);
    }
    expect(rawHtmlLines('// innerHTML is banned here')).toHaveLength(0);
    expect(rawHtmlLines('el.textContent = x;')).toHaveLength(0);
    expect(rawHtmlLines("FORBID_ATTR: ['srcdoc']")).toHaveLength(0);
  });

  it('no module under src/ except src/core/lib/html.ts writes raw HTML', () => {
    const offenders = sourceFiles(join(ROOT, 'src'))
      .map((path) => relative(ROOT, path).split('\\').join('/'))
      .filter((path) => !ALLOWED.has(path))
      .flatMap((path) => rawHtmlLines(readFileSync(join(ROOT, path), 'utf8')).map((line) => `${path}: ${line.trim()}`));
    expect(offenders).toEqual([]);
  });
});

// @vitest-environment node
/** STYLE.md habit 8: only src/platform/ talks to the browser APIs; the rest imports its adapters. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : n.endsWith('.ts') ? [join(dir, n)] : []));
const rel = (p: string) => relative(ROOT, p).split('\\').join('/');

/** Direct use of the extension APIs: the polyfill import or the `chrome.` / `browser.` globals. */
const DIRECT_API = /from ['"]webextension-polyfill['"]|\b(?:chrome|browser)\.(?:runtime|tabs|scripting|storage|permissions|action|extension|commands)\b/;

describe('platform adapters', () => {
  it('the check itself can fail', () => {
    expect(DIRECT_API.test("import browser from 'webextension-polyfill';")).toBe(true);
    expect(DIRECT_API.test('await chrome.tabs.query({})')).toBe(true);
    expect(DIRECT_API.test("import { getTab } from '../platform/tabs.ts';")).toBe(false);
  });

  it('no module outside src/platform uses the browser APIs directly', () => {
    const offenders = files(resolve(ROOT, 'src'))
      .filter((p) => !rel(p).startsWith('src/platform/'))
      .filter((p) => readFileSync(p, 'utf8').split('\n').some((line) => !/^\s*(\/\/|\*)/.test(line) && DIRECT_API.test(line)))
      .map(rel);
    expect(offenders).toEqual([]);
  });

  it('one module imports the polyfill, after the guard that keeps page elements away from it (issue 13)', () => {
    const importers = files(resolve(ROOT, 'src')).filter((p) => /from ['"]webextension-polyfill['"]/.test(readFileSync(p, 'utf8'))).map(rel);
    expect(importers).toEqual(['src/platform/browser-api.ts']);
    const imports = readFileSync(resolve(ROOT, 'src/platform/browser-api.ts'), 'utf8').split('\n').filter((l) => l.startsWith('import '));
    expect(imports).toEqual(["import './extension-globals.ts';", "import browser from 'webextension-polyfill';"]);
  });

  it('adapters stay thin (about 40 lines each)', () => {
    // extension-globals.ts is no adapter: it is the guard browser-api.ts runs before the polyfill.
    for (const p of files(resolve(ROOT, 'src/platform')).filter((f) => !f.endsWith('extension-globals.ts'))) {
      expect(readFileSync(p, 'utf8').split('\n').length, rel(p)).toBeLessThanOrEqual(60);
    }
  });
});

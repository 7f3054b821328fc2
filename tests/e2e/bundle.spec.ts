/**
 * What the built extension puts into a tab (issue 12): the content script is the in-page view
 * only, at most 45 KB gzipped; the engine (Plainpage's core and Readability) is not in it but in
 * the extension pages that clean a page's snapshot. Read from the e2e build the other specs load.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, expect, test } from './fixtures.ts';

const read = (path: string) => readFileSync(resolve(EXTENSION_DIR, path), 'utf8');
/** Strings only the engine has: Readability's scoring and Plainpage's pipeline. */
const ENGINE_MARKS = ['_grabArticle', '_unwrapNoscriptImages', 'copy the page'];

test('content.js holds no engine and is at most 45 KB gzipped; the offscreen document and Firefox\'s background do', () => {
  const content = read('content.js');
  for (const mark of ENGINE_MARKS) expect(content, mark).not.toContain(mark);
  expect(gzipSync(content, { level: 9 }).length).toBeLessThanOrEqual(45 * 1024);
  // The engine is there, in the chunks the extension pages import (so the marks are real ones).
  const chunks = readdirSync(resolve(EXTENSION_DIR, 'chunks')).map((name) => read(`chunks/${name}`)).join('\n');
  for (const mark of ENGINE_MARKS) expect(chunks, mark).toContain(mark);
  const manifest = JSON.parse(read('manifest.json')) as { permissions: string[] };
  expect(manifest.permissions).toContain('offscreen');
  const offscreen = read('offscreen/offscreen.html');
  expect(offscreen).toMatch(/<script type="module"[^>]* src="[^"]+\.js"/);
});

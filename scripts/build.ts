/**
 * `npm run build` → dist/chrome and dist/firefox, each loadable unpacked.
 * `npm run build:e2e` (E2E=1) → dist-e2e/chrome and dist-e2e/firefox, which also get the
 * 127.0.0.1 host permission and, for Firefox, a test-only helper script from tests/e2e.
 *
 * Both browsers get the very same JavaScript and interface text (_locales/<lang>/messages.json):
 * we build once into <out>/chrome and copy it to <out>/firefox; only manifest.json differs
 * (see scripts/manifest.ts).
 */
import { build } from 'vite';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { manifestFor, readSourceManifest } from './manifest.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** Test-only Firefox helper: opens the popup page as a tab (moz-extension:// cannot be navigated to by automation). */
const FIREFOX_E2E_HELPER = 'e2e-open-popup.js';

export interface BuildOptions {
  /** The test build: dist-e2e/, with the 127.0.0.1 host permission. @default false */
  e2e?: boolean;
}

/** Builds both browsers; returns the output folder (dist or dist-e2e). */
export async function buildExtension({ e2e = false }: BuildOptions = {}): Promise<string> {
  const E2E = e2e;
  const OUT = resolve(ROOT, E2E ? 'dist-e2e' : 'dist');
  const started = Date.now();
  rmSync(OUT, { recursive: true, force: true });
  const chromeDir = resolve(OUT, 'chrome');
  const firefoxDir = resolve(OUT, 'firefox');
  const quiet = { logLevel: 'warn' as const };

  await build({ ...quiet, configFile: resolve(ROOT, 'vite.config.ts'), build: { outDir: chromeDir } });
  await build({ ...quiet, configFile: resolve(ROOT, 'vite.content.config.ts'), build: { outDir: chromeDir } });

  mkdirSync(resolve(chromeDir, 'icons'), { recursive: true });
  for (const name of readdirSync(resolve(ROOT, 'icons')).filter((n) => n.endsWith('.png'))) {
    cpSync(resolve(ROOT, 'icons', name), resolve(chromeDir, 'icons', name));
  }
  // The interface text, one messages.json per language (manifest.json's __MSG_…__ and src/platform/i18n.ts).
  cpSync(resolve(ROOT, '_locales'), resolve(chromeDir, '_locales'), { recursive: true });
  cpSync(chromeDir, firefoxDir, { recursive: true });

  const source = readSourceManifest(ROOT);
  const write = (dir: string, m: object) => writeFileSync(resolve(dir, 'manifest.json'), `${JSON.stringify(m, null, 2)}\n`);
  write(chromeDir, manifestFor(source, 'chrome', { e2e: E2E }));
  if (E2E) cpSync(resolve(ROOT, 'tests/e2e/firefox', FIREFOX_E2E_HELPER), resolve(firefoxDir, FIREFOX_E2E_HELPER));
  write(firefoxDir, manifestFor(source, 'firefox', { e2e: E2E, extraFirefoxBackgroundScripts: E2E ? [FIREFOX_E2E_HELPER] : [] }));

  console.log(`plainpage: built ${relativeOut(chromeDir)} and ${relativeOut(firefoxDir)} in ${Date.now() - started} ms`);
  // The content script is injected into every page the reader cleans: its size is watched (issue 12 asks ≤ 45 KB gzipped).
  const content = readFileSync(resolve(chromeDir, 'content.js'));
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`plainpage: content.js ${kb(content.length)}, ${kb(gzipSync(content, { level: 9 }).length)} gzipped (target ≤ 45 KB gzipped)`);
  return OUT;
}

function relativeOut(dir: string): string {
  return dir.slice(ROOT.length + 1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildExtension({ e2e: Boolean(process.env.E2E) });
}

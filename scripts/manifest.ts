/**
 * Per-browser manifests derived from the ONE source manifest.json at the repo root.
 * The source is itself valid for both browsers (Chrome reads `service_worker`,
 * Firefox reads `scripts`); the per-browser copies only drop the key the other
 * browser ignores, so neither prints a "key ignored" warning. The cleaned article beside
 * the page is Chrome's `side_panel` with the `sidePanel` permission, and Firefox's
 * `sidebar_action` (which needs no permission). Chrome's service worker has no DOM, so the
 * engine for auto-clean pages runs in an offscreen document (`offscreen` permission, which
 * asks the reader nothing); Firefox's background page has a DOM and runs it there.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type TargetBrowser = 'chrome' | 'firefox';
export const TARGET_BROWSERS: readonly TargetBrowser[] = ['chrome', 'firefox'];

/** The e2e build is granted the fixture server's origin at install, because activeTab
 * cannot be triggered by automation (see /work/shared/notes/toolchain.md §3). */
export const E2E_HOST_PERMISSION = 'http://127.0.0.1/*';

/** Chrome-only: a permission Firefox does not know (web-ext lint warns on it). */
export const CHROME_ONLY_PERMISSIONS = ['sidePanel', 'offscreen'];

/** Firefox's background page runs the engine itself (it has a DOM), loaded before background.js. */
export const FIREFOX_ENGINE_SCRIPT = 'engine-host.js';

export type Manifest = Record<string, unknown> & {
  background: { service_worker?: string; scripts?: string[]; type?: string };
  permissions?: string[];
  host_permissions?: string[];
};

export function readSourceManifest(root: string): Manifest {
  return JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as Manifest;
}

export interface ManifestOptions {
  /** Add the fixture server's host permission (test builds only). @default false */
  e2e?: boolean;
  /** Extra Firefox background scripts run before background.js (test builds only). @default [] */
  extraFirefoxBackgroundScripts?: string[];
}

export function manifestFor(source: Manifest, browser: TargetBrowser, options: ManifestOptions = {}): Manifest {
  const m = structuredClone(source);
  if (browser === 'chrome') {
    delete m.background.scripts;
    // Gecko settings mean nothing to Chrome; keep its manifest to the keys it reads.
    delete m.browser_specific_settings;
    delete m.sidebar_action;
  } else {
    delete m.background.service_worker;
    delete m.minimum_chrome_version;
    delete m.side_panel;
    m.permissions = (m.permissions ?? []).filter((p) => !CHROME_ONLY_PERMISSIONS.includes(p));
    m.background.scripts = [...(options.extraFirefoxBackgroundScripts ?? []), FIREFOX_ENGINE_SCRIPT, ...(m.background.scripts ?? [])];
  }
  if (options.e2e) m.host_permissions = [...(m.host_permissions ?? []), E2E_HOST_PERMISSION];
  return m;
}

/**
 * Per-browser manifests derived from the ONE source manifest.json at the repo root.
 * The source is itself valid for both browsers (Chrome reads `service_worker`,
 * Firefox reads `scripts`); the per-browser copies only drop the key the other
 * browser ignores, so neither prints a "key ignored" warning.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type TargetBrowser = 'chrome' | 'firefox';
export const TARGET_BROWSERS: readonly TargetBrowser[] = ['chrome', 'firefox'];

/** The e2e build is granted the fixture server's origin at install, because activeTab
 * cannot be triggered by automation (see /work/shared/notes/toolchain.md §3). */
export const E2E_HOST_PERMISSION = 'http://127.0.0.1/*';

export type Manifest = Record<string, unknown> & {
  background: { service_worker?: string; scripts?: string[]; type?: string };
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
  } else {
    delete m.background.service_worker;
    delete m.minimum_chrome_version;
    m.background.scripts = [...(options.extraFirefoxBackgroundScripts ?? []), ...(m.background.scripts ?? [])];
  }
  if (options.e2e) m.host_permissions = [...(m.host_permissions ?? []), E2E_HOST_PERMISSION];
  return m;
}

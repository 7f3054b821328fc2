/**
 * `npm run package` (after `npm run build`): store-ready zips in artifacts/:
 *   plainpage-<version>-chrome.zip   for the Chrome Web Store (dist/chrome)
 *   plainpage-<version>-firefox.zip  for addons.mozilla.org (dist/firefox)
 * web-ext's build zips each directory (the same build serves Chrome: it only
 * zips), so manifest.json sits at the root of each zip, as both stores require.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import webExt from 'web-ext';
import { TARGET_BROWSERS } from './manifest.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'artifacts');

for (const browser of TARGET_BROWSERS) {
  const dir = resolve(ROOT, 'dist', browser);
  if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`${dir} is not built: run npm run build first`);
  const { version, host_permissions } = JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8')) as { version: string; host_permissions?: unknown };
  // A test build (dist-e2e) must never be shipped; dist/ never has host permissions.
  if (host_permissions) throw new Error(`${dir}/manifest.json grants host permissions: not a release build`);
  const { extensionPath } = await webExt.cmd.build(
    { sourceDir: dir, artifactsDir: OUT, filename: `plainpage-${version}-${browser}.zip`, overwriteDest: true },
    { shouldExitProgram: false, showReadyMessage: false },
  );
  console.log(`plainpage: ${extensionPath.slice(ROOT.length + 1)} (${(statSync(extensionPath).size / 1024).toFixed(1)} kB)`);
}

/**
 * Renders icons/icon.svg to icons/icon-{16,32,48,128}.png with headless Chromium
 * (transparent background), so the PNGs always match the SVG source.
 * Run: `npx tsx scripts/render-icons.ts` (needs /usr/bin/chromium). The PNGs are committed.
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const ICON_SIZES = [16, 32, 48, 128] as const;
const ROOT = resolve(import.meta.dirname, '..');

const svg = readFileSync(resolve(ROOT, 'icons/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace(/width="128" height="128"/, `width="${size}" height="${size}"`);
    // The SVG is our own file, shown via a data: URL image in an otherwise empty page.
    await page.setContent(`<style>html,body{margin:0;background:transparent}img{display:block}</style><img src="data:image/svg+xml;base64,${Buffer.from(sized).toString('base64')}">`);
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: resolve(ROOT, `icons/icon-${size}.png`), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    console.log(`icons/icon-${size}.png`);
  }
} finally {
  await browser.close();
}

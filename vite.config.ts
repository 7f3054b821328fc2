/**
 * Build of the extension pages (popup, reader tab, options, side panel, Chrome's offscreen
 * document), the background script and Firefox's background engine (engine-host.js).
 * ES modules with shared chunks are fine here: extension pages and the MV3 service
 * worker (`"type": "module"`) both load modules. The content script is built
 * separately (vite.content.config.ts) because it must be one classic IIFE file.
 * `scripts/build.ts` runs both configs and writes the per-browser manifests;
 * it passes the output folder in `build.outDir`.
 */
import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { bundledMessages } from './scripts/vite-messages.ts';

const r = (p: string) => resolve(import.meta.dirname, p);

export default defineConfig({
  root: r('src'),
  publicDir: false,
  plugins: [bundledMessages()],
  build: {
    outDir: r('dist/chrome'),
    emptyOutDir: true,
    // Chrome 120 is manifest.json's minimum_chrome_version; Firefox 142 its strict_min_version.
    target: ['chrome120', 'firefox142'],
    modulePreload: false,
    sourcemap: false,
    rolldownOptions: {
      input: {
        popup: r('src/popup/popup.html'),
        reader: r('src/reader/reader.html'),
        options: r('src/options/options.html'),
        sidepanel: r('src/sidepanel/sidepanel.html'),
        offscreen: r('src/offscreen/offscreen.html'),
        background: r('src/background/index.ts'),
        'engine-host': r('src/engine-host/background-engine.ts'),
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'background' || chunk.name === 'engine-host' ? `${chunk.name}.js` : 'assets/[name]-[hash].js'),
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
});

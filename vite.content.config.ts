/**
 * The content script: the in-page reader view (the engine runs in extension pages), as ONE classic
 * IIFE (`content.js`). Content scripts cannot be ES modules when injected by
 * `scripting.executeScript({files})` or registered dynamically, so nothing may
 * be split out. Built into the same folder as vite.config.ts (emptyOutDir false).
 */
import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { bundledMessages } from './scripts/vite-messages.ts';

const r = (p: string) => resolve(import.meta.dirname, p);

export default defineConfig({
  publicDir: false,
  plugins: [bundledMessages()],
  build: {
    outDir: r('dist/chrome'),
    emptyOutDir: false,
    target: ['chrome120', 'firefox142'],
    sourcemap: false,
    rolldownOptions: {
      input: r('src/content/index.ts'),
      output: { format: 'iife', entryFileNames: 'content.js' },
    },
  },
});

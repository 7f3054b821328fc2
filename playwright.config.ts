/**
 * End-to-end tests: Debian's Chromium with the e2e build (dist-e2e/chrome) loaded, and one
 * Firefox ESR test over WebDriver BiDi (puppeteer-core). Pages come from scripts/serve-pages.ts.
 * Each test launches its own browser profile, so tests never share extension state.
 */
import { defineConfig } from '@playwright/test';

export const E2E_PORT = Number(process.env.PLAINPAGE_E2E_PORT ?? 4179);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 45_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Two cores here: one browser at a time in CI, two locally.
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  webServer: {
    command: `tsx scripts/serve-pages.ts ${E2E_PORT}`,
    url: `http://127.0.0.1:${E2E_PORT}/demo/aggregator-article.html`,
    reuseExistingServer: !process.env.CI,
    timeout: 20_000,
  },
});

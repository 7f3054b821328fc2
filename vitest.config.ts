import { defineConfig } from 'vitest/config';

// Unit and fixture tests run under jsdom (the core is DOM code); the CLI tests
// opt into the node environment with a file-level `@vitest-environment node`.
// End-to-end tests live in tests/e2e and are run by Playwright, not vitest.
export default defineConfig({
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    pool: 'forks',
    testTimeout: 20_000,
  },
});

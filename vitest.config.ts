import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the archive once (ingest, astro build, Pagefind) so the site tests read the current code's output.
    globalSetup: ['tests/global-setup.ts'],
    // The browser and build tests start Chromium or run a whole Astro build.
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});

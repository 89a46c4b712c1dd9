import { defineConfig } from '@playwright/test';

/** E2E runs against the built demo extension (.output/chrome-mv3-demo) in Debian's Chromium. */
// One artefacts folder per run: parallel runs (developers, helpers) must not delete each other's traces.
process.env.EP_PW_RUN ??= `${Date.now()}-${process.pid}`;

export default defineConfig({
  outputDir: `test-results/playwright-${process.env.EP_PW_RUN}`,
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : 'list',
  use: { trace: 'retain-on-failure' },
});

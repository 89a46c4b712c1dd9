import { defineConfig } from '@playwright/test';

/**
 * The Firefox tier: the release Firefox build (.output/firefox-mv3) in Debian's Firefox ESR, driven by
 * puppeteer-core over WebDriver BiDi (tests/firefox/firefox.ts). Playwright Test is only the runner.
 */
process.env.EP_PW_RUN ??= `${Date.now()}-${process.pid}`;

export default defineConfig({
  outputDir: `test-results/firefox-${process.env.EP_PW_RUN}`,
  testDir: 'tests/firefox',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/firefox.json' }]] : 'list',
});

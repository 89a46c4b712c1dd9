/**
 * The whole test suite, as the README and CI run it: lint, type check, unit tests (vitest), the demo
 * build, browser end-to-end tests (Playwright in Debian's Chromium), then the release Firefox build in
 * Debian's Firefox ESR (tests/firefox, puppeteer-core over WebDriver BiDi). It ends with one plain line,
 * "N passed, N failed, N skipped", totalling vitest and Playwright (a failing lint or type check counts
 * as one failure), and exits non-zero when anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = { passed: 0, failed: 0, skipped: 0 };
const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', CI: '1' };

function run(title, command, args, extraEnv = {}) {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  console.log(
    `=== ${title}: ${status === 0 ? 'ok' : `exit ${status}`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

mkdirSync('test-results', { recursive: true });
const RESULT_FILES = ['unit.json', 'e2e.json', 'firefox.json', 'needs-corpus.json'];
for (const file of RESULT_FILES.map((name) => `test-results/${name}`)) {
  rmSync(file, { force: true });
}

if (!run('browsers', 'node', ['scripts/ensure-browsers.mjs'])) results.failed += 1;
if (!run('lint', 'npx', ['biome', 'check', '.'])) results.failed += 1;
if (!run('type check', 'npx', ['tsc', '--noEmit', '-p', '.'])) results.failed += 1;

const unitOk = run('unit tests', 'npx', [
  'vitest',
  'run',
  '--coverage',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/unit.json',
]);
const unit = readJson('test-results/unit.json');
if (unit) {
  results.passed += unit.numPassedTests;
  results.failed += unit.numFailedTests;
  results.skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
  if (!unitOk && unit.numFailedTests === 0) results.failed += 1; // e.g. a suite that failed to load
} else if (!unitOk) {
  results.failed += 1;
}

// Needs corpus figures, written by tests/unit/needs/corpus.test.ts during this run.
{
  const file = 'test-results/needs-corpus.json';
  const corpus = readJson(file);
  const pct = (x) => `${(100 * x).toFixed(1)}%`;
  console.log(
    corpus
      ? `\nneeds corpus: ${corpus.texts} texts (${corpus.traps} traps): precision ${pct(corpus.precision)}, recall ${pct(corpus.recall)}, traps prompting ${pct(corpus.trapRate)}`
      : `\nneeds corpus: no figures (${file} not written by this run)`,
  );
}

/** Adds a Playwright JSON report's totals; a run that failed without a failing test counts as one. */
function countPlaywright(ok, file) {
  const report = existsSync(file) ? readJson(file) : undefined;
  if (report?.stats) {
    results.passed += report.stats.expected + (report.stats.flaky ?? 0);
    results.failed += report.stats.unexpected;
    results.skipped += report.stats.skipped;
    if (!ok && report.stats.unexpected === 0) results.failed += 1;
  } else if (!ok) {
    results.failed += 1;
  }
}

if (!run('demo build', 'npx', ['wxt', 'build'], { EP_DEMO: '1' })) {
  results.failed += 1;
} else {
  countPlaywright(run('e2e tests (Chromium)', 'npx', ['playwright', 'test']), 'test-results/e2e.json');
}

// The Firefox tier installs the release build, as a practice would.
if (!run('Firefox release build', 'npx', ['wxt', 'build', '-b', 'firefox'], { EP_DEMO: '' })) {
  results.failed += 1;
} else {
  countPlaywright(
    run('e2e tests (Firefox ESR)', 'npx', ['playwright', 'test', '-c', 'playwright.firefox.config.ts']),
    'test-results/firefox.json',
  );
}

console.log(`\n${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
process.exit(results.failed > 0 ? 1 : 0);

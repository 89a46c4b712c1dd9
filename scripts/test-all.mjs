/**
 * The whole test suite, as the README and CI run it: lint, type check, unit tests (vitest), the demo
 * build, and browser end-to-end tests (Playwright in Debian's Chromium). It ends with one plain line,
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
for (const file of ['test-results/unit.json', 'test-results/e2e.json']) rmSync(file, { force: true });

if (!run('chromium', 'node', ['scripts/ensure-chromium.mjs'])) results.failed += 1;
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

// Needs corpus figures, written by tests/unit/needs/corpus.test.ts during this run (an older file is
// not shown). Self-contained: reads test-results/needs-corpus.json and prints one line.
{
  const { statSync } = await import('node:fs');
  const file = 'test-results/needs-corpus.json';
  const startedAt = Date.now() - process.uptime() * 1000;
  const fresh = existsSync(file) && statSync(file).mtimeMs >= startedAt;
  const corpus = fresh ? readJson(file) : undefined;
  const pct = (x) => `${(100 * x).toFixed(1)}%`;
  console.log(
    corpus
      ? `\nneeds corpus: ${corpus.texts} texts (${corpus.traps} traps): precision ${pct(corpus.precision)}, recall ${pct(corpus.recall)}, traps prompting ${pct(corpus.trapRate)}`
      : `\nneeds corpus: no figures (${file} not written by this run)`,
  );
}

const built = run('demo build', 'npx', ['wxt', 'build'], { EP_DEMO: '1' });
if (!built) {
  results.failed += 1;
} else {
  const e2eOk = run('e2e tests', 'npx', ['playwright', 'test']);
  const e2e = existsSync('test-results/e2e.json') ? readJson('test-results/e2e.json') : undefined;
  if (e2e?.stats) {
    results.passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
    results.failed += e2e.stats.unexpected;
    results.skipped += e2e.stats.skipped;
    if (!e2eOk && e2e.stats.unexpected === 0) results.failed += 1;
  } else if (!e2eOk) {
    results.failed += 1;
  }
}

console.log(`\n${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
process.exit(results.failed > 0 ? 1 : 0);

/**
 * The auditor's log viewer at 100,000 events: first render (navigation start to the grid showing
 * its newest rows, by performance.now() in the page), whole table ready (every row in the grid, the
 * filters and the figures), and the CSV export of all events (click to file). Median of N runs, each
 * a fresh tab on the same seeded log. The log is built in Node with lib/log (bench/log-items.ts,
 * through vite-node) and copied into the extension's storage once.
 * Alone: node bench/viewer.mjs [runs]   (needs the demo build: EP_DEMO=1 npx wxt build)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, openBench } from './browser.mjs';

/** The stored keys of an `events`-event practice log, as the e2e tests seed it. */
function buildItems(events) {
  const dir = mkdtempSync(path.join(tmpdir(), 'ep-viewer-'));
  try {
    const file = path.join(dir, 'log.json');
    execFileSync('npx', ['vite-node', 'bench/log-items.ts', file, String(events)], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return JSON.parse(readFileSync(file, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Chunks first, meta and index last, as JSON text (Playwright's own argument encoding is far slower). */
async function seed(worker, items, perCall = 20) {
  const rank = (key) => (key.includes(':chunk:') ? 0 : 1);
  const entries = Object.entries(items).sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : 1));
  for (let i = 0; i < entries.length; i += perCall) {
    const json = JSON.stringify(Object.fromEntries(entries.slice(i, i + perCall)));
    await worker.evaluate(async (text) => chrome.storage.local.set(JSON.parse(text)), json);
  }
}

/**
 * Runs in the page before its own scripts: notes (performance.now(), at the next frame) when the
 * grid first shows rows, and when every row, the filters and the figures are there. Observed from
 * inside, as Playwright's polling only starts once goto has returned and would add its own delay.
 */
function watchLogPage(rowCount) {
  const marks = {};
  globalThis.__epViewerMarks = marks;
  const atNextFrame = (name) => requestAnimationFrame(() => (marks[name] ??= performance.now()));
  const check = () => {
    const grid = document.querySelector('[role="grid"]');
    if (!marks.seenRows && grid?.querySelector('[role="gridcell"]')) {
      marks.seenRows = true;
      atNextFrame('firstRows');
    }
    if (
      !marks.seenReady &&
      grid?.getAttribute('aria-rowcount') === rowCount &&
      document.querySelector('#filter-outcome') &&
      document.querySelector('.figure')
    ) {
      marks.seenReady = true;
      atNextFrame('tableReady');
    }
  };
  new MutationObserver(() => {
    if (!(marks.seenRows && marks.seenReady)) check();
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

async function oneRun(context, url, events, withCsv) {
  const page = await context.newPage();
  try {
    await page.addInitScript(watchLogPage, String(events + 1));
    await page.goto(url);
    // As tests/e2e/log-scale.spec.ts polls, for comparison: its polling starts only once goto has
    // returned (the load event) and Playwright has set up in the page, so it sees rows late.
    const polled = await page.waitForFunction(
      () => (document.querySelector('[role="grid"] [role="gridcell"]') ? performance.now() : false),
      null,
      { polling: 'raf', timeout: 60_000 },
    );
    const marks = await page.waitForFunction(
      () => {
        const m = globalThis.__epViewerMarks;
        return m?.firstRows !== undefined && m.tableReady !== undefined ? m : false;
      },
      null,
      { polling: 'raf', timeout: 120_000 },
    );
    const { firstRows, tableReady } = await marks.jsonValue();
    const run = {
      firstRowsMs: firstRows,
      polledFirstRowsMs: await polled.jsonValue(),
      tableReadyMs: tableReady,
    };
    if (withCsv) {
      const button = page.getByRole('button', { name: /as CSV/ });
      const download = page.waitForEvent('download', { timeout: 120_000 });
      const start = Date.now();
      await button.click();
      const file = await download;
      run.csvMs = Date.now() - start;
      const lines = readFileSync(await file.path(), 'utf8').split('\r\n').length;
      if (lines !== events + 2) throw new Error(`CSV has ${lines - 2} rows, not ${events}`);
    }
    return run;
  } finally {
    await page.close();
  }
}

export async function viewer({ runs = 5, events = 100_000 } = {}) {
  const items = buildItems(events);
  const bench = await openBench();
  try {
    const worker = bench.context.serviceWorkers()[0];
    const seedStart = Date.now();
    await seed(worker, items);
    const seedMs = Date.now() - seedStart;
    const url = `chrome-extension://${new URL(worker.url()).host}/log.html`;
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await oneRun(bench.context, url, events, true));
    return {
      events,
      runs,
      seedMs,
      firstRowsMs: median(samples.map((s) => s.firstRowsMs)),
      polledFirstRowsMs: median(samples.map((s) => s.polledFirstRowsMs)),
      tableReadyMs: median(samples.map((s) => s.tableReadyMs)),
      csvMs: median(samples.map((s) => s.csvMs)),
      samples,
    };
  } finally {
    await bench.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await viewer({ runs: Number(process.argv[2] ?? 5) }), null, 2));
}

/**
 * The benchmarks, in headless Debian Chromium on the demo build: page load with/without the
 * extension, slot-change-to-prompt latency, long tasks on a 5,000-slot page under mutation, content
 * script size, the log's append and CSV costs, and the log viewer at 100,000 events (first render, CSV
 * export in the browser). Prints a table and writes bench/results/latest.json.
 * Run: npm run bench
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { step } from '../scripts/step.mjs';
import { longTasks } from './long-tasks.mjs';
import { firstPrompt, pageLoad } from './page-load.mjs';
import { promptLatency } from './prompt-latency.mjs';
import { viewer } from './viewer.mjs';

step('node', ['scripts/ensure-browsers.mjs']);
step('npx', ['wxt', 'build'], { EP_DEMO: '1' });

const rows = [];
/** `ok` null: a figure reported without a target. */
const add = (measure, value, target, ok) =>
  rows.push({ measure, value, target, met: ok === null ? '-' : ok ? 'yes' : 'NO' });
const fmt = (n, digits = 1) => Number(n).toFixed(digits);

const loads = await pageLoad({ pairs: 60 });
for (const l of loads) {
  add(
    `Page load ratio, ${l.page}, watched vs not (median of ${l.pairs} pairs)`,
    `${fmt(l.ratio, 3)} (${fmt(l.withMs)} vs ${fmt(l.withoutMs)} ms; paired ${fmt(l.pairedRatio, 3)}; control without the extension ${fmt(l.controlRatio, 3)})`,
    '<= 1.03',
    l.ratio <= 1.03,
  );
}

const first = await firstPrompt({ runs: 10 });
add(
  'First prompt shown, from navigation start (median of 10; scripts start after load)',
  `${fmt(first.medianMs)} ms (page load ${fmt(first.loadMs)} ms)`,
  'none (reported)',
  null,
);

const latency = await promptLatency({ runs: 40 });
add(
  'Slot change to prompt, median (40 runs)',
  `${fmt(latency.medianMs)} ms`,
  '<= 16 ms',
  latency.medianMs <= 16,
);
add('Slot change to prompt, p95', `${fmt(latency.p95Ms)} ms`, '<= 50 ms', latency.p95Ms <= 50);

const tasks = await longTasks({ seconds: 5 });
add(
  'Long tasks (>50 ms) from the extension, 5,000 slots under mutation, 5 s',
  `${tasks.attributable} (${tasks.withExtension} with, ${tasks.withoutExtension} without)`,
  '0',
  tasks.attributable === 0,
);

// What a booking page gets: the registered loader at load, the booking script after load, and the
// panel (Preact) only once a prompt is shown.
const sizes = {};
for (const [key, file] of [
  ['loader', 'booking-loader.js'],
  ['booking', 'booking.js'],
  ['panel', 'booking-panel.js'],
]) {
  const bytes = readFileSync(`.output/chrome-mv3-demo/${file}`);
  sizes[key] = { file, raw: bytes.length, gzip: gzipSync(bytes).length };
}
const kb = (n) => fmt(n / 1024);
add(
  'Content script registered on booking pages (loader)',
  `${kb(sizes.loader.raw)} KB raw, ${kb(sizes.loader.gzip)} KB gzip`,
  '<= 20 KB gzip',
  sizes.loader.gzip <= 20 * 1024,
);
const pageCode = sizes.loader.gzip + sizes.booking.gzip;
add(
  'Loader + booking script, on every booking page (after load)',
  `${kb(sizes.loader.raw + sizes.booking.raw)} KB raw, ${kb(pageCode)} KB gzip`,
  '<= 20 KB gzip',
  pageCode <= 20 * 1024,
);
add(
  'Prompt panel (Preact), only once a prompt shows',
  `${kb(sizes.panel.raw)} KB raw, ${kb(sizes.panel.gzip)} KB gzip`,
  'none (reported)',
  null,
);

const log = JSON.parse(
  execFileSync('npx', ['vite-node', 'bench/log-append.ts'], { encoding: 'utf8' }).trim().split('\n').at(-1),
);
add(
  'Log append at 1,000 / at 100,000 events (median)',
  `${fmt(log.appendMsAt1k, 3)} / ${fmt(log.appendMsAt100k, 3)} ms, ratio ${fmt(log.ratio, 2)}`,
  'ratio <= 1.2',
  log.ratio <= 1.2,
);
add(
  'CSV of 100,000 events (lib/log, Node)',
  `${fmt(log.csvMsAt100k, 0)} ms`,
  '<= 1 s',
  log.csvMsAt100k <= 1000,
);

const VIEWER_RUNS = 5;
const view = await viewer({ runs: VIEWER_RUNS });
add(
  `Log viewer first render at 100,000 events (median of ${VIEWER_RUNS})`,
  `${fmt(view.firstRowsMs, 0)} ms (whole table, filters and figures ready: ${fmt(view.tableReadyMs, 0)} ms)`,
  '<= 300 ms',
  view.firstRowsMs <= 300,
);
add(
  'CSV export of 100,000 events in the browser',
  `${fmt(view.csvMs, 0)} ms (median of ${VIEWER_RUNS}, click to file)`,
  '<= 1 s',
  view.csvMs <= 1000,
);

const width = Math.max(...rows.map((r) => r.measure.length));
console.log(`\n${'Measure'.padEnd(width)}  Value  |  Target  |  Met`);
for (const r of rows) console.log(`${r.measure.padEnd(width)}  ${r.value}  |  ${r.target}  |  ${r.met}`);
mkdirSync('bench/results', { recursive: true });
const result = {
  date: new Date().toISOString(),
  rows,
  loads,
  latency,
  tasks,
  log,
  firstPrompt: first,
  scripts: sizes,
  viewer: view,
};
writeFileSync('bench/results/latest.json', JSON.stringify(result, null, 2));
console.log('\nWritten: bench/results/latest.json');

/**
 * Writes the stored keys of a 100,000-event practice log (built with lib/log, as the e2e tests seed
 * it) to the JSON file named by the first argument, for bench/viewer.mjs to copy into the browser.
 * Run with vite-node: plain node cannot import the TypeScript lib.
 */
import { writeFileSync } from 'node:fs';
import { buildLog, practiceEvents } from '../tests/e2e/log-seed';

const [file, count = '100000'] = process.argv.slice(2);
if (!file) throw new Error('Usage: vite-node bench/log-items.ts <out.json> [count]');
const items = await buildLog(practiceEvents(Number(count), { days: 120 }));
writeFileSync(file, JSON.stringify(items));
console.log(JSON.stringify({ file, keys: Object.keys(items).length }));

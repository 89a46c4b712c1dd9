/** What a headless demo walk prints at the end, the same for each browser. */

/**
 * @param {string} browserName shown in the heading, e.g. "Chromium"
 * @param {Array<{ site: string; patient: string; prompts: string[]; after?: string }>} walkthroughs
 * @param {Array<{ kind?: string; type: string }>} logged events in the local log
 * @param {Array<{ file: string; caption: string }>} shots
 * @param {string} outDir
 */
export function printDemoReport(browserName, walkthroughs, logged, shots, outDir) {
  console.log(`\nWhat the receptionist saw (${browserName}):`);
  for (const w of walkthroughs) {
    console.log(`- ${w.site}, patient ${w.patient}:`);
    for (const p of w.prompts) console.log(`    prompt: ${p}`);
    if (w.after) console.log(`    after "Switch to face-to-face": ${w.after}`);
  }
  /** @type {Record<string, number>} */
  const byKind = {};
  for (const e of logged) byKind[e.kind ?? e.type] = (byKind[e.kind ?? e.type] ?? 0) + 1;
  const kinds = Object.entries(byKind)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  console.log(`\nEvents in the local log: ${logged.length} (${kinds})`);
  console.log(`\nScreenshots (${shots.length}) in ${outDir}:`);
  for (const s of shots) console.log(`  ${s.file}  (${s.caption})`);
}

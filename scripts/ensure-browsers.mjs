/**
 * Installs Debian's Chromium and Firefox ESR with apt when they are missing (both in one apt-get run).
 * Never downloads a browser of its own: the machines this runs on reach only the npm registry and
 * Debian's packages.
 *
 *   node scripts/ensure-browsers.mjs            # Chromium and Firefox ESR
 *   node scripts/ensure-browsers.mjs chromium   # only the ones named
 */
import { execSync } from 'node:child_process';
import { chromiumPath, firefoxPath } from './browser-paths.mjs';

const BROWSERS = {
  chromium: { find: chromiumPath, debianPackage: 'chromium', override: 'CHROMIUM_PATH' },
  firefox: { find: firefoxPath, debianPackage: 'firefox-esr', override: 'FIREFOX_PATH' },
};

const asked = process.argv.slice(2).filter((name) => name in BROWSERS);
const wanted = asked.length > 0 ? asked : Object.keys(BROWSERS);
const missing = wanted.filter((name) => !BROWSERS[name].find());
if (missing.length === 0) process.exit(0);

const packages = missing.map((name) => BROWSERS[name].debianPackage).join(' ');
const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
console.log(`Not found: ${missing.join(', ')}. Installing Debian packages with apt-get: ${packages} ...`);
try {
  execSync(
    `${sudo}apt-get update -qq && ${sudo}DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`,
    { stdio: 'inherit', shell: '/bin/bash' },
  );
} catch {
  console.error(`Could not install ${packages}. Install by hand (apt-get install -y ${packages}).`);
  process.exit(1);
}
const still = missing.filter((name) => !BROWSERS[name].find());
if (still.length > 0) {
  for (const name of still) {
    console.error(
      `${name} still not found after apt-get install. Set ${BROWSERS[name].override} to its binary.`,
    );
  }
  process.exit(1);
}

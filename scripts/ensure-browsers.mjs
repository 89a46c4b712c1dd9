/**
 * Installs Debian's Chromium with apt when it is missing. Never downloads a browser of its own:
 * the machines this runs on reach only the npm registry and Debian's packages.
 */
import { execSync } from 'node:child_process';
import { chromiumPath } from './chromium-path.mjs';

if (chromiumPath()) {
  process.exit(0);
}
const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
console.log('Chromium not found: installing Debian package "chromium" with apt-get ...');
try {
  execSync(
    `${sudo}apt-get update -qq && ${sudo}DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`,
    {
      stdio: 'inherit',
      shell: '/bin/bash',
    },
  );
} catch {
  console.error(
    'Could not install Chromium. Install it by hand (apt-get install -y chromium) or set CHROMIUM_PATH.',
  );
  process.exit(1);
}
if (!chromiumPath()) {
  console.error('Chromium still not found after apt-get install. Set CHROMIUM_PATH to the browser binary.');
  process.exit(1);
}

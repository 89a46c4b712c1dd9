/**
 * Where Debian's browsers are. CHROMIUM_PATH and FIREFOX_PATH override. The wrapper /usr/bin/chromium
 * prints a harmless shell warning, so prefer the real binary when it is there.
 */
import { existsSync } from 'node:fs';

const firstExisting = (candidates) => candidates.find((path) => path && existsSync(path));

export function chromiumPath() {
  return firstExisting([process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium']);
}

/** Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core (tests/firefox, demo). */
export function firefoxPath() {
  return firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
}

/** Flags that keep Chromium off the (closed) network and quiet at start-up. */
export const QUIET_CHROMIUM_ARGS = [
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-quic',
];

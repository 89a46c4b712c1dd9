/**
 * Where Debian's Chromium is. CHROMIUM_PATH overrides; the wrapper /usr/bin/chromium prints a
 * harmless shell warning, so prefer the real binary when it is there.
 */
import { existsSync } from 'node:fs';

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  return candidates.find((path) => path && existsSync(path));
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

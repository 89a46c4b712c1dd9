/**
 * Release builds: Chrome/Edge and Firefox, both Manifest V3, build and zip; both hold no host access at
 * install and can ask for each site's host at run time (optional_host_permissions, which a Manifest V2
 * Firefox build from WXT would lose), and Firefox's linter finds no errors.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test.describe.configure({ timeout: 180_000 });

function manifest(dir: string) {
  return JSON.parse(readFileSync(`.output/${dir}/manifest.json`, 'utf8'));
}

test('release zips for Chrome and Firefox ask for no host access at install', () => {
  const env = { ...process.env, EP_DEMO: '' };
  execFileSync('npx', ['wxt', 'zip'], { env, stdio: 'pipe' });
  execFileSync('npx', ['wxt', 'zip', '-b', 'firefox'], { env, stdio: 'pipe' });
  const zips = readdirSync('.output').filter((f) => f.endsWith('.zip'));
  expect(zips.some((z) => z.includes('chrome'))).toBe(true);
  expect(zips.some((z) => z.includes('firefox'))).toBe(true);

  for (const dir of ['chrome-mv3', 'firefox-mv3']) {
    const built = manifest(dir);
    expect(built.manifest_version, dir).toBe(3);
    // Nothing at install: no host, no content script, no <all_urls> anywhere.
    expect(built.host_permissions ?? [], dir).toEqual([]);
    expect(built.content_scripts ?? [], dir).toEqual([]);
    expect(JSON.stringify(built), dir).not.toMatch(/<all_urls>|127\.0\.0\.1/);
    expect([...built.permissions].sort(), dir).toEqual([
      'activeTab',
      'scripting',
      'storage',
      'unlimitedStorage',
    ]);
    // Each site's host can be asked for at run time.
    expect(built.optional_host_permissions, dir).toEqual(['https://*/*', 'http://*/*']);
  }
  const firefox = manifest('firefox-mv3');
  expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  // Firefox runs the background as an event page (background.scripts), not a service worker.
  expect(firefox.background).toEqual({ scripts: ['background.js'] });
});

test('Firefox build passes web-ext lint with no errors', () => {
  test.skip(!existsSync('.output/firefox-mv3/manifest.json'), 'Firefox build missing');
  let output = '';
  try {
    output = execFileSync(
      'npx',
      ['web-ext', 'lint', '-s', '.output/firefox-mv3', '--output', 'json', '--no-config-discovery'],
      {
        stdio: 'pipe',
      },
    ).toString();
  } catch (error) {
    output = String((error as { stdout?: Buffer }).stdout ?? '');
  }
  const report = JSON.parse(output.slice(output.indexOf('{')));
  expect(report.errors.map((e: { code: string; message: string }) => `${e.code}: ${e.message}`)).toEqual([]);
});

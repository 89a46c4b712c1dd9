/**
 * Release builds: Chrome/Edge MV3 and Firefox build and zip; they hold no host access at install
 * (only optional per-site permissions), and Firefox's linter finds no errors.
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

  const chrome = manifest('chrome-mv3');
  expect(chrome.manifest_version).toBe(3);
  expect(chrome.host_permissions ?? []).toEqual([]);
  expect(JSON.stringify(chrome)).not.toContain('<all_urls>');
  expect(chrome.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  expect(chrome.content_scripts ?? []).toEqual([]);
  expect(chrome.permissions.sort()).toEqual(['activeTab', 'scripting', 'storage', 'unlimitedStorage']);

  const firefox = manifest('firefox-mv2');
  expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  expect(JSON.stringify(firefox.permissions)).not.toMatch(/127\.0\.0\.1|<all_urls>/);
});

test('Firefox build passes web-ext lint with no errors', () => {
  test.skip(!existsSync('.output/firefox-mv2/manifest.json'), 'Firefox build missing');
  let output = '';
  try {
    output = execFileSync(
      'npx',
      ['web-ext', 'lint', '-s', '.output/firefox-mv2', '--output', 'json', '--no-config-discovery'],
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

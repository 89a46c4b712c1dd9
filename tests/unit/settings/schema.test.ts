import { describe, expect, it } from 'vitest';
import { defaultRules } from '../../../lib/rules/defaults';
import { defaultSettings, SETTINGS_VERSION, Settings, SiteConfig } from '../../../lib/settings/schema';
import { validSettings } from './fixtures';

const site = validSettings().sites[0]!;

describe('Settings schema', () => {
  it('accepts the defaults and a full example', () => {
    expect(Settings.safeParse(defaultSettings()).success).toBe(true);
    expect(Settings.safeParse(validSettings()).success).toBe(true);
  });

  it('has the documented defaults', () => {
    expect(defaultSettings()).toEqual({
      version: SETTINGS_VERSION,
      sites: [],
      profiles: [],
      rules: defaultRules(),
      vocabulary: { entries: [] },
      privacy: { patientReference: 'off', retentionDays: 365 },
      adviceOnly: false,
      language: 'en',
      builtInProfiles: true,
      fatigue: { reminderDays: 30 },
      askNeeds: { enabled: false },
      rulesUpdate: null,
    });
  });

  it('rejects duplicate rule ids', () => {
    const settings = validSettings();
    settings.rules.push(settings.rules[0]!);
    expect(Settings.safeParse(settings).success).toBe(false);
  });
});

describe('SiteConfig origin', () => {
  it.each([
    'https://emis.example.nhs.uk/*',
    'https://*.example.nhs.uk/*',
    'http://localhost:8080/*',
    '*://booking.example.org/app/*',
    'https://host.example/path/page.html',
  ])('accepts %s', (origin) => {
    expect(SiteConfig.safeParse({ ...site, origin }).success).toBe(true);
  });

  it.each([
    '<all_urls>',
    '*://*/*',
    'https://*/*',
    'https://example.nhs.uk',
    'ftp://example.nhs.uk/*',
    'javascript:alert(1)//',
    'https://exa mple.nhs.uk/*',
    '',
  ])('rejects %s', (origin) => {
    const result = SiteConfig.safeParse({ ...site, origin });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'Site address must look like https://booking.example.nhs.uk/*',
    );
  });

  it('requires an ISO date and time for addedAt', () => {
    expect(SiteConfig.safeParse({ ...site, addedAt: '2025-01-01' }).error?.issues[0]?.message).toBe(
      'Added date must be an ISO date and time',
    );
  });
});

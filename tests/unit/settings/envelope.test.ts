import { describe, expect, it } from 'vitest';
import {
  listedProblems,
  MAX_LISTED_PROBLEMS,
  parseSettingsFile,
  SETTINGS_FILE_FORMAT,
  settingsFile,
  settingsFileName,
  settingsFileText,
  validateSettingsStrict,
} from '../../../lib/settings/envelope';
import { defaultSettings, type Settings } from '../../../lib/settings/schema';
import { hostOf, siteFromAddress, sitePattern } from '../../../lib/settings/site-entry';
import { validSettings } from './fixtures';

/** validSettings() with a profile the SiteProfile schema accepts (the shared fixture's is a placeholder). */
function strictSettings(): Settings {
  const settings = validSettings();
  settings.profiles = [
    {
      id: 'emis-profile',
      name: 'EMIS',
      match: { urlPatterns: ['https://emis.example.nhs.uk/*'] },
      needs: [{ label: 'Alerts', selector: '.alerts' }],
    },
  ];
  return settings;
}

const NOW = new Date('2025-03-01T09:30:00.000Z');
const fileWith = (settings: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: SETTINGS_FILE_FORMAT,
    version: 1,
    exportedAt: NOW.toISOString(),
    settings,
    ...extra,
  });

describe('settings file export', () => {
  it('wraps the settings in a versioned envelope that imports back unchanged', () => {
    const settings = strictSettings();
    expect(settingsFile(settings, NOW)).toEqual({
      format: 'equity-prompts-settings',
      version: 1,
      exportedAt: '2025-03-01T09:30:00.000Z',
      settings,
    });
    const back = parseSettingsFile(settingsFileText(settings, NOW));
    expect(back).toEqual({ ok: true, settings, notes: [] });
    expect(settingsFileName(NOW)).toBe('equity-prompts-settings-2025-03-01.json');
  });

  it('round-trips the defaults', () => {
    expect(parseSettingsFile(settingsFileText(defaultSettings()))).toMatchObject({ ok: true });
  });
});

describe('settings file import (strict)', () => {
  it('refuses text that is not JSON, or JSON that is not a settings file', () => {
    expect(parseSettingsFile('{ nope')).toMatchObject({ ok: false, errors: [{ path: '(file)' }] });
    expect(parseSettingsFile('[1,2]')).toMatchObject({ ok: false, errors: [{ path: '(file)' }] });
    const other = parseSettingsFile(JSON.stringify({ format: 'something-else', version: 1, settings: {} }));
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.errors[0]).toMatchObject({ path: 'format' });
  });

  it('refuses a file from a newer version', () => {
    const result = parseSettingsFile(fileWith(strictSettings(), { version: 2 }));
    expect(result).toMatchObject({ ok: false, errors: [{ path: 'version', message: /newer version/ }] });
  });

  it('lists every problem with its path, not only the first', () => {
    const settings = strictSettings() as unknown as Record<string, unknown> & Settings;
    settings.rules[0]!.prompt.summary = 'x'.repeat(200);
    settings.rules[2]!.when.channels = [];
    (settings.privacy as { retentionDays: number }).retentionDays = 0;
    (settings.sites[1] as { origin: string }).origin = '<all_urls>';
    const result = parseSettingsFile(fileWith(settings));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'settings.sites[1].origin',
        'settings.rules[0].prompt.summary',
        'settings.rules[2].when.channels',
        'settings.privacy.retentionDays',
      ]),
    );
    expect(result.errors.find((e) => e.path === 'settings.rules[0].prompt.summary')?.message).toBe(
      'Summary must be under 140 characters',
    );
  });

  it('reports unknown fields (typos would otherwise vanish silently)', () => {
    const settings = strictSettings() as unknown as Record<string, unknown>;
    settings.colour = 'blue';
    (settings.rules as Array<Record<string, unknown>>)[1]!.enabeld = false;
    const result = parseSettingsFile(fileWith(settings, { note: 'hi' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { path: 'note', message: 'Unknown field' },
        { path: 'settings.colour', message: 'Unknown field' },
        { path: 'settings.rules[1].enabeld', message: 'Unknown field' },
      ]),
    );
  });

  it('checks profiles with the SiteProfile schema and vocabulary with the recogniser’s rules', () => {
    const settings = strictSettings();
    settings.profiles.push({ id: 'Bad Id', name: 'x', match: {} });
    settings.vocabulary.entries.push({ category: 'interpreter', keyword: '***' });
    const result = validateSettingsStrict(settings);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(['profiles[1].id', 'vocabulary.entries[2].keyword']);
  });

  it('refuses duplicate site and profile ids', () => {
    const settings = strictSettings();
    settings.sites[1]!.id = settings.sites[0]!.id;
    settings.profiles.push({ ...settings.profiles[0]! });
    const result = validateSettingsStrict(settings);
    expect(result).toMatchObject({
      ok: false,
      errors: [{ path: 'sites[1].id' }, { path: 'profiles[1].id' }],
    });
  });

  it('upgrades an older settings version, with a note', () => {
    const v0 = {
      sites: [],
      ruleSet: { version: 1, rules: defaultSettings().rules },
      vocabulary: [],
      patientReference: false,
      retentionDays: 30,
      adviceOnly: false,
      language: 'en',
    };
    const result = parseSettingsFile(fileWith({ version: 0, ...v0 }));
    expect(result).toMatchObject({ ok: true, notes: [/upgraded from version 0/] });
    if (result.ok) expect(result.settings.privacy.retentionDays).toBe(30);
  });

  it('drops prototype-polluting keys and reports them', () => {
    const text = fileWith(strictSettings()).replace(
      '"adviceOnly"',
      '"__proto__":{"polluted":true},"adviceOnly"',
    );
    const result = parseSettingsFile(text);
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('adding a site by address', () => {
  it('turns what a manager types into the host pattern', () => {
    expect(sitePattern('emis.example.nhs.uk')).toEqual({
      ok: true,
      pattern: 'https://emis.example.nhs.uk/*',
    });
    expect(sitePattern(' http://127.0.0.1:4173/gp-form/?patient=p3 ')).toEqual({
      ok: true,
      pattern: 'http://127.0.0.1/*',
    });
    expect(sitePattern('https://*.example.nhs.uk/*')).toEqual({
      ok: true,
      pattern: 'https://*.example.nhs.uk/*',
    });
  });

  it('refuses what cannot be a booking system address, saying why', () => {
    for (const bad of [
      '',
      'ftp://x.example',
      '*://*/*',
      'https://*/*',
      'not an address',
      'file:///etc/passwd',
    ]) {
      const result = sitePattern(bad);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
    }
  });

  it('makes a unique id and refuses an address already listed', () => {
    const existing = validSettings().sites;
    const added = siteFromAddress('https://emis.example.nhs.uk/other', '', existing, NOW);
    expect(added).toEqual({
      ok: false,
      message: expect.stringMatching(/already in the list as "EMIS Web booking"/),
    });
    const fresh = siteFromAddress('booking.example.nhs.uk', ' Accurx ', existing, NOW);
    expect(fresh).toEqual({
      ok: true,
      site: {
        id: 'booking-example-nhs-uk',
        name: 'Accurx',
        origin: 'https://booking.example.nhs.uk/*',
        enabled: true,
        addedAt: NOW.toISOString(),
      },
    });
    if (!fresh.ok) return;
    const again = siteFromAddress('http://booking.example.nhs.uk', '', [...existing, fresh.site], NOW);
    expect(again.ok && again.site.id).toBe('booking-example-nhs-uk-2');
    expect(again.ok && again.site.name).toBe('booking.example.nhs.uk');
    expect(hostOf('https://*.example.nhs.uk/*')).toBe('*.example.nhs.uk');
  });
});

describe('unknown fields', () => {
  it('are found even when the settings fail to parse, inside rules, suggestions and actions', () => {
    const settings = strictSettings() as unknown as Record<string, unknown> & Settings;
    settings.privacy.retentionDays = -1;
    const rule = settings.rules[0] as unknown as {
      prompt: { suggestions: Array<{ action: Record<string, unknown> }> };
    };
    rule.prompt.suggestions[0]!.action.extra = 1;
    (settings as Record<string, unknown>).typo = true;
    const result = validateSettingsStrict(settings);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { path: 'privacy.retentionDays', message: 'Retention must be at least 1 day' },
        { path: 'rules[0].prompt.suggestions[0].action.extra', message: 'Unknown field' },
        { path: 'typo', message: 'Unknown field' },
      ]),
    );
  });
});

describe('an import with many problems', () => {
  it('reports every problem, and lists the first 100 with a count of the rest', () => {
    const settings: Record<string, unknown> = { ...strictSettings() };
    for (let i = 0; i < 250; i++) settings[`typo${i}`] = i;
    const result = parseSettingsFile(fileWith(settings));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(250);
    const { listed, more } = listedProblems(result.errors);
    expect(listed).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(listed[0]).toEqual({ path: 'settings.typo0', message: 'Unknown field' });
    expect(more).toBe(150);
  });

  it('lists everything, with nothing more, when there are 100 or fewer', () => {
    const errors = Array.from({ length: 100 }, (_, i) => ({ path: `p${i}`, message: 'm' }));
    expect(listedProblems(errors)).toEqual({ listed: errors, more: 0 });
  });

  it('answers with a problem, never an exception, for a file nested too deep to check', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const result = parseSettingsFile(`{"format":"${SETTINGS_FILE_FORMAT}","version":1,"settings":${deep}}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  });
});

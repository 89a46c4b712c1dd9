import { describe, expect, it } from 'vitest';
import { defaultRules } from '../../../lib/rules/defaults';
import { parseSettings } from '../../../lib/settings/parse';
import { defaultSettings, SETTINGS_VERSION, Settings } from '../../../lib/settings/schema';
import { describeGrowth, growth, LINEAR_BOUND } from '../growth';
import { validSettings } from './fixtures';

/** Parse, and check the invariants every result must hold. */
function parse(raw: unknown) {
  const result = parseSettings(raw);
  expect(Settings.safeParse(result.settings).success).toBe(true);
  for (const w of result.warnings) expect(w.length).toBeLessThan(400);
  return result;
}

/** `validSettings()` with one top-level field replaced. */
function withField(key: string, value: unknown): Record<string, unknown> {
  return { ...validSettings(), [key]: value };
}

describe('parseSettings: good input', () => {
  it('returns defaults without warnings for a fresh install (undefined or null)', () => {
    for (const raw of [undefined, null]) {
      const result = parse(raw);
      expect(result).toEqual({ settings: defaultSettings(), warnings: [] });
    }
  });

  it('keeps a valid object as it is, with no warnings and nothing set aside', () => {
    const result = parse(validSettings());
    expect(result.settings).toEqual(validSettings());
    expect(result.warnings).toEqual([]);
    expect(result.setAside).toBeUndefined();
  });

  it('survives a JSON round trip of the defaults', () => {
    expect(parse(JSON.parse(JSON.stringify(defaultSettings())))).toEqual({
      settings: defaultSettings(),
      warnings: [],
    });
  });

  it('returns a fresh object each time', () => {
    const a = parse(undefined).settings;
    a.rules.length = 0;
    a.privacy.retentionDays = 1;
    expect(parse(undefined).settings.rules).toHaveLength(defaultRules().length);
    expect(parse(undefined).settings.privacy.retentionDays).toBe(365);
  });
});

describe('parseSettings: garbage never throws', () => {
  class Thing {
    x = 1;
  }
  const deepObject = (() => {
    let o: Record<string, unknown> = {};
    for (let i = 0; i < 100_000; i++) o = { a: o };
    return o;
  })();
  const deepArray = (() => {
    let a: unknown[] = [];
    for (let i = 0; i < 100_000; i++) a = [a];
    return a;
  })();

  it.each<[string, unknown]>([
    ['a number', 42],
    ['NaN', Number.NaN],
    ['a string', 'x'],
    ['a huge string', 'x'.repeat(5_000_000)],
    ['true', true],
    ['an empty array', []],
    ['an array of settings', [validSettings()]],
    ['a function', () => validSettings()],
    ['a symbol', Symbol('s')],
    ['a bigint', 10n],
    ['a Date', new Date(0)],
    ['a Map', new Map([['version', 1]])],
    ['a class instance', new Thing()],
    ['a deeply nested array', deepArray],
  ])('%s → defaults, a warning, and the original set aside', (_name, raw) => {
    const result = parse(raw);
    expect(result.settings).toEqual(defaultSettings());
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(
      /^Settings must be an object, not .+ — using defaults; the original is kept aside$/,
    );
    expect(result.setAside).toBe(raw);
  });

  it('a deeply nested object is cut at a safe depth', () => {
    const result = parse({ ...validSettings(), sites: deepObject });
    expect(result.settings.sites).toEqual([]);
    expect(result.warnings.some((w) => w.includes('nested too deeply — removed'))).toBe(true);
    expect(result.warnings).toContain('sites: must be a list, not an object — using default (none)');
  });

  it('a huge string in a field drops that element, and the message does not echo it', () => {
    const settings = validSettings();
    const huge = 'x'.repeat(5_000_000);
    const raw = { ...settings, sites: [{ ...settings.sites[0], name: huge }, settings.sites[1]] };
    const result = parse(raw);
    expect(result.settings.sites.map((s) => s.id)).toEqual(['local']);
    expect(result.warnings).toEqual([
      'sites[0].name: Site name must be 100 characters or fewer — site dropped',
    ]);
    expect(result.setAside).toBe(raw);
  });

  it('a huge array is refused as a whole, in time that does not grow with it', () => {
    const raw = { ...validSettings(), rules: new Array(1_000_000).fill(0) };
    const result = parse(raw);
    expect(result.settings).toEqual(defaultSettings());
    expect(result.setAside).toBe(raw);
    // Refused by its length, not item by item: 10x the items costs no more than ~linear, never ~100x.
    const rulesOf = (n: number) => ({ ...validSettings(), rules: new Array(n).fill(0) });
    const g = growth(parse, rulesOf(100_000), raw, 10, 1);
    expect(g.perSize, describeGrowth(g)).toBeLessThan(LINEAR_BOUND);
  }, 60_000);

  it('cycles are removed', () => {
    const raw: Record<string, unknown> = { ...validSettings() };
    const vocabulary = { entries: [] as unknown[] };
    vocabulary.entries.push(vocabulary);
    raw.vocabulary = vocabulary;
    const result = parse(raw);
    expect(result.settings.vocabulary).toEqual({ entries: [] });
    expect(result.warnings).toContain('vocabulary.entries[0]: circular reference removed');
  });

  it('a throwing getter gives defaults instead of an exception', () => {
    const raw = {
      ...validSettings(),
      get rules(): never {
        throw new Error('boom');
      },
    };
    const result = parse(raw);
    expect(result.settings).toEqual(defaultSettings());
    expect(result.warnings).toEqual([
      'Settings could not be read — using defaults; the original is kept aside',
    ]);
    expect(result.setAside).toBe(raw);
  });

  it('a hostile proxy gives defaults instead of an exception', () => {
    const raw = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no');
        },
      },
    );
    expect(parse(raw).settings).toEqual(defaultSettings());
  });

  it('random structures always give valid settings', () => {
    // Small deterministic PRNG so failures reproduce.
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const keys = [
      'version',
      'sites',
      'rules',
      'privacy',
      'vocabulary',
      'entries',
      'id',
      'when',
      'prompt',
      '__proto__',
      'x',
    ];
    const leaf = () =>
      [null, 0, 1, -1, 1.5, '', 'x', true, false, 'face-to-face', 'https://a.nhs.uk/*'][
        Math.floor(random() * 11)
      ];
    const build = (depth: number): unknown => {
      const r = random();
      if (depth > 4 || r < 0.3) return leaf();
      if (r < 0.6) return Array.from({ length: Math.floor(random() * 4) }, () => build(depth + 1));
      const o: Record<string, unknown> = {};
      for (let i = 0; i < 4; i++) o[keys[Math.floor(random() * keys.length)]!] = build(depth + 1);
      return o;
    };
    for (let i = 0; i < 300; i++) {
      const raw = build(0);
      if (raw && typeof raw === 'object' && !Array.isArray(raw) && random() < 0.7)
        (raw as Record<string, unknown>).version = 1;
      expect(() => parse(raw)).not.toThrow();
    }
  });
});

describe('parseSettings: versions', () => {
  it.each<[string, unknown]>([
    ['a future version', SETTINGS_VERSION + 1],
    ['a far future version', 999],
  ])('%s → defaults, a warning, and the original set aside', (_name, version) => {
    const raw = { ...validSettings(), version };
    const result = parse(raw);
    expect(result.settings).toEqual(defaultSettings());
    expect(result.warnings).toEqual([
      `Settings version ${version} is newer than this version of Equity Prompts understands — using defaults; the original is kept aside`,
    ]);
    expect(result.setAside).toBe(raw);
  });

  it.each<[string, unknown, string]>([
    ['a string version', '1', '"1"'],
    ['a negative version', -1, '-1'],
    ['a fractional version', 1.5, '1.5'],
    ['a null version', null, 'null'],
    ['an object version', { major: 1 }, 'an object'],
  ])('%s → defaults and set aside', (_name, version, shown) => {
    const raw = { ...validSettings(), version };
    const result = parse(raw);
    expect(result.settings).toEqual(defaultSettings());
    expect(result.warnings).toEqual([
      `version: ${shown} is not a settings version — using defaults; the original is kept aside`,
    ]);
    expect(result.setAside).toBe(raw);
  });
});

describe('parseSettings: field-by-field repair', () => {
  it.each<[string, string, unknown, string, (s: Settings) => unknown, unknown]>([
    [
      'language',
      'language',
      'fr',
      'language: Language must be "en" or "cy" — using default ("en")',
      (s) => s.language,
      'en',
    ],
    [
      'adviceOnly',
      'adviceOnly',
      'yes',
      'adviceOnly: Advice only must be true or false — using default (false)',
      (s) => s.adviceOnly,
      false,
    ],
    [
      'builtInProfiles',
      'builtInProfiles',
      0,
      'builtInProfiles: Built-in profiles must be true or false — using default (true)',
      (s) => s.builtInProfiles,
      true,
    ],
    [
      'sites not a list',
      'sites',
      { a: 1 },
      'sites: must be a list, not an object — using default (none)',
      (s) => s.sites,
      [],
    ],
    [
      'profiles not a list',
      'profiles',
      'x',
      'profiles: must be a list, not "x" — using default (none)',
      (s) => s.profiles,
      [],
    ],
    [
      'rules not a list',
      'rules',
      7,
      'rules: must be a list, not 7 — kept default rules',
      (s) => s.rules,
      defaultRules(),
    ],
    [
      'vocabulary not an object',
      'vocabulary',
      [],
      'vocabulary: must be an object, not an empty list — using default (no entries)',
      (s) => s.vocabulary,
      { entries: [] },
    ],
    [
      'privacy not an object',
      'privacy',
      'private',
      'privacy: must be an object, not "private" — using default (patient reference off, 365 days)',
      (s) => s.privacy,
      { patientReference: 'off', retentionDays: 365 },
    ],
  ])('bad %s falls back to its default, the rest is kept', (_name, key, value, warning, pick, fallback) => {
    const raw = withField(key, value);
    const result = parse(raw);
    expect(result.warnings).toEqual([warning]);
    expect(pick(result.settings)).toEqual(fallback);
    expect(result.setAside).toBe(raw);
    // Everything else survives.
    const expected = { ...validSettings(), [key]: fallback };
    expect(result.settings).toEqual(expected);
  });

  it.each<[unknown, string]>([
    [0, 'Retention must be at least 1 day'],
    [3651, 'Retention must be 3650 days (10 years) or fewer'],
    [1.5, 'Retention must be a whole number of days'],
    ['90', 'Retention must be a number of days'],
  ])('retention %j falls back to 365; patient reference kept', (retentionDays, message) => {
    const result = parse(withField('privacy', { patientReference: 'pseudonymous', retentionDays }));
    expect(result.settings.privacy).toEqual({ patientReference: 'pseudonymous', retentionDays: 365 });
    expect(result.warnings).toEqual([`privacy.retentionDays: ${message} — using default (365)`]);
  });

  it.each([1, 3650])('retention %i is allowed', (retentionDays) => {
    expect(parse(withField('privacy', { patientReference: 'off', retentionDays })).warnings).toEqual([]);
  });

  it('an unreadable patient-reference choice falls back to "off" (the privacy-safe side)', () => {
    const result = parse(withField('privacy', { patientReference: 'yes', retentionDays: 30 }));
    expect(result.settings.privacy).toEqual({ patientReference: 'off', retentionDays: 30 });
    expect(result.warnings).toEqual([
      'privacy.patientReference: Patient reference must be "off" or "pseudonymous" — using default ("off")',
    ]);
  });

  it('missing fields take defaults with a note, and nothing is set aside', () => {
    const result = parse({ version: SETTINGS_VERSION });
    expect(result.settings).toEqual(defaultSettings());
    expect(result.warnings).toEqual([
      'sites: missing — using default (none)',
      'profiles: missing — using default (none)',
      'rules: missing — kept default rules',
      'vocabulary: missing — using default (no entries)',
      'privacy: missing — using default (patient reference off, 365 days)',
      'adviceOnly: missing — using default (false)',
      'language: missing — using default ("en")',
      'builtInProfiles: missing — using default (true)',
      'fatigue: missing — using default (reminders for 30 days)',
      'askNeeds: missing — using default (off)',
      'rulesUpdate: missing — using default (null)',
    ]);
    expect(result.setAside).toBeUndefined();
  });

  it('unknown settings are ignored with a warning and the original set aside', () => {
    const raw = { ...validSettings(), theme: 'dark', 'odd key': 1 };
    const result = parse(raw);
    expect(result.settings).toEqual(validSettings());
    expect(result.warnings).toEqual([
      'theme: unknown setting ignored',
      '["odd key"]: unknown setting ignored',
    ]);
    expect(result.setAside).toBe(raw);
  });
});

describe('parseSettings: lists', () => {
  it('drops an invalid rule, naming its path and id, and keeps the rest', () => {
    const rules = defaultRules();
    rules[2]!.prompt.summary = 'x'.repeat(200);
    const id = rules[2]!.id;
    const result = parse(withField('rules', rules));
    expect(result.warnings).toEqual([
      `rules[2].prompt.summary: Summary must be under 140 characters — rule "${id}" dropped`,
    ]);
    expect(result.settings.rules.map((r) => r.id)).toEqual(
      defaultRules()
        .filter((r) => r.id !== id)
        .map((r) => r.id),
    );
  });

  it('counts further problems in the same rule', () => {
    const rules = defaultRules();
    rules[0] = { ...rules[0]!, name: '', reason: '' };
    const result = parse(withField('rules', rules));
    expect(result.warnings).toEqual([
      `rules[0].name: Rule name cannot be empty (and 1 more problem) — rule "${rules[0].id}" dropped`,
    ]);
  });

  it('keeps the default rules when every given rule is invalid', () => {
    const result = parse(withField('rules', [{ id: 'x' }, 'nonsense']));
    expect(result.settings.rules).toEqual(defaultRules());
    expect(result.warnings.at(-1)).toBe('rules: no valid rules left — kept default rules');
    expect(result.warnings[1]).toMatch(/^rules\[1\]: .* — rule dropped$/);
  });

  it('respects an explicitly empty rule list', () => {
    const result = parse(withField('rules', []));
    expect(result.settings.rules).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('drops later rules that reuse an id', () => {
    const rules = defaultRules();
    const copy = { ...rules[0]!, name: 'Copy' };
    const result = parse(withField('rules', [...rules, copy]));
    expect(result.settings.rules).toEqual(defaultRules());
    expect(result.warnings).toEqual([
      `rules[${rules.length}].id: "${copy.id}" is used by an earlier rule — rule dropped`,
    ]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      'a bad origin',
      { origin: '<all_urls>' },
      'sites[0].origin: Site address must look like https://booking.example.nhs.uk/* — site dropped',
    ],
    [
      'a wildcard host',
      { origin: '*://*/*' },
      'sites[0].origin: Site address must look like https://booking.example.nhs.uk/* — site dropped',
    ],
    [
      'a bad date',
      { addedAt: 'yesterday' },
      'sites[0].addedAt: Added date must be an ISO date and time — site dropped',
    ],
    ['no name', { name: undefined }, 'sites[0].name: Site name is required — site dropped'],
  ])('drops a site with %s', (_name, change, warning) => {
    const settings = validSettings();
    const result = parse(withField('sites', [{ ...settings.sites[0], ...change }, settings.sites[1]]));
    expect(result.warnings).toEqual([warning]);
    expect(result.settings.sites).toEqual([settings.sites[1]]);
  });

  it('drops later sites that reuse an id', () => {
    const settings = validSettings();
    const result = parse(withField('sites', [...settings.sites, { ...settings.sites[0], name: 'Again' }]));
    expect(result.settings.sites).toEqual(settings.sites);
    expect(result.warnings).toEqual(['sites[2].id: "emis" is used by an earlier site — site dropped']);
  });

  it('drops profiles that are not objects, keeping the rest as opaque records', () => {
    const settings = validSettings();
    const result = parse(withField('profiles', [settings.profiles[0], 'x', [1], null]));
    expect(result.settings.profiles).toEqual(settings.profiles);
    expect(result.warnings).toHaveLength(3);
    expect(result.warnings[0]).toMatch(/^profiles\[1\]: .* — profile dropped$/);
  });

  it('drops bad vocabulary entries', () => {
    const result = parse(
      withField('vocabulary', {
        entries: [
          { category: 'wizard', keyword: 'x' },
          { category: 'interpreter', keyword: '' },
          { category: 'audio', keyword: 'tape' },
        ],
      }),
    );
    expect(result.settings.vocabulary.entries).toEqual([{ category: 'audio', keyword: 'tape' }]);
    expect(result.warnings).toEqual([
      'vocabulary.entries[0].category: "wizard" is not a known need category — entry dropped',
      'vocabulary.entries[1].keyword: Keyword cannot be empty — entry dropped',
    ]);
  });
});

describe('parseSettings: prototype pollution', () => {
  it('strips __proto__, constructor and prototype keys at any depth', () => {
    const json = JSON.stringify(validSettings())
      .replace(
        `{"version":${SETTINGS_VERSION}`,
        `{"__proto__":{"polluted":"top"},"constructor":{"prototype":{"polluted":"c"}},"version":${SETTINGS_VERSION}`,
      )
      .replace('"privacy":{', '"privacy":{"__proto__":{"polluted":"privacy"},')
      .replace('"when":{', '"when":{"prototype":{"polluted":"rule"},');
    const raw: unknown = JSON.parse(json);
    const result = parse(raw);

    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.settings)).toBe(Object.prototype);
    expect(Object.hasOwn(result.settings, 'constructor')).toBe(false);
    expect(result.settings).toEqual(validSettings());
    expect(result.warnings).toEqual([
      '__proto__: unsafe key removed',
      'constructor: unsafe key removed',
      'rules[0].when.prototype: unsafe key removed',
      'privacy.__proto__: unsafe key removed',
    ]);
    expect(result.setAside).toBe(raw);
  });

  it('accepts objects with a null prototype', () => {
    const raw = Object.assign(Object.create(null) as object, validSettings());
    expect(parse(raw).settings).toEqual(validSettings());
  });
});

describe('parseSettings: unknown fields inside elements', () => {
  it('keeps the element, names the first unknown field, and sets the original aside', () => {
    const settings = validSettings();
    const rules: unknown[] = [...settings.rules];
    rules[1] = { ...settings.rules[1]!, prompt: { ...settings.rules[1]!.prompt, colour: 'red' } };
    const sites = [{ ...settings.sites[0]!, note: 'x' }, settings.sites[1]];
    const raw = { ...settings, rules, sites };
    const result = parseSettings(raw);
    expect(result.settings).toEqual(validSettings());
    expect(result.warnings).toEqual([
      'sites[0].note: unknown field ignored',
      'rules[1].prompt.colour: unknown field ignored',
    ]);
    expect(result.setAside).toBe(raw);
  });

  it('does not flag optional fields that are simply absent', () => {
    const settings = validSettings();
    delete settings.sites[0]!.profileId;
    expect(parseSettings(settings).warnings).toEqual([]);
  });
});

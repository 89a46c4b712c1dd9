import { describe, expect, it } from 'vitest';
import { defaultRules } from '../../../lib/rules/defaults';
import { DEFAULT_RULES_V1 } from '../../../lib/rules/defaults-v1';
import type { Rule } from '../../../lib/rules/schema';
import { migrations } from '../../../lib/settings/migrations';
import { parseSettings } from '../../../lib/settings/parse';
import { SETTINGS_VERSION, Settings } from '../../../lib/settings/schema';
import { validSettings } from './fixtures';

/** validSettings() as version 1 stored it: the version 1 default rules and no rulesUpdate. */
function v1Settings(): Record<string, unknown> {
  const { rulesUpdate: _u, fatigue: _f, askNeeds: _a, ...rest } = validSettings();
  return { ...rest, version: 1, rules: structuredClone(DEFAULT_RULES_V1) };
}

/** An object in the early draft (v0) shape, holding the same choices as v1Settings(). */
function v0Settings(): Record<string, unknown> {
  const v1 = validSettings();
  return {
    version: 0,
    sites: v1.sites,
    ruleSet: { version: 1, rules: structuredClone(DEFAULT_RULES_V1) },
    vocabulary: v1.vocabulary.entries,
    patientReference: true,
    retentionDays: 90,
    adviceOnly: true,
    language: 'cy',
  };
}

describe('migrations', () => {
  it('has a step for every version below the current one', () => {
    for (let v = 0; v < SETTINGS_VERSION; v++) expect(typeof migrations[v]).toBe('function');
    expect(migrations[SETTINGS_VERSION]).toBeUndefined();
  });

  it('v0 → v1 reshapes the draft format into a valid v1 object', () => {
    const migrated = migrations[0]!(v0Settings());
    expect(migrated).toEqual({
      version: 1,
      sites: validSettings().sites,
      rules: DEFAULT_RULES_V1,
      vocabulary: validSettings().vocabulary,
      privacy: { patientReference: 'pseudonymous', retentionDays: 90 },
      adviceOnly: true,
      language: 'cy',
      profiles: [],
      builtInProfiles: true,
    });
    expect(Settings.safeParse(migrations[1]!(migrated)).success).toBe(true);
  });

  it.each<[unknown, string]>([
    [true, 'pseudonymous'],
    [false, 'off'],
  ])('v0 patientReference %s → %s', (patientReference, expected) => {
    const migrated = migrations[0]!({ ...v0Settings(), patientReference });
    expect(migrated.privacy).toEqual({ patientReference: expected, retentionDays: 90 });
  });

  it('v0 → v1 keeps fields that are already in their v1 place', () => {
    const v1 = v1Settings();
    const { version: _v, ...unversioned } = v1;
    expect(migrations[0]!(unversioned)).toEqual(v1);
  });
});

describe('parseSettings with old versions', () => {
  it('upgrades a v0 object, with a note and nothing set aside', () => {
    const result = parseSettings(v0Settings());
    const { rules, rulesUpdate, ...rest } = result.settings;
    expect(rest).toEqual({
      ...validSettings(),
      profiles: [],
      builtInProfiles: true,
      fatigue: { reminderDays: 30 },
      askNeeds: { enabled: false },
      rules: undefined,
      rulesUpdate: undefined,
    });
    expect([...rules].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      defaultRules().sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(rulesUpdate?.edited).toEqual([]);
    expect(result.warnings).toEqual(['Settings upgraded from version 0 to version 2']);
    expect(result.setAside).toBeUndefined();
  });

  it('reads an object with no version as v0', () => {
    const { version: _v, ...raw } = v0Settings();
    const result = parseSettings(raw);
    expect(result.settings.privacy).toEqual({ patientReference: 'pseudonymous', retentionDays: 90 });
    expect(result.warnings).toEqual([
      'version: missing — read as the early draft format (version 0)',
      'Settings upgraded from version 0 to version 2',
    ]);
  });

  it('a v1-shaped object that lost its version number keeps its choices', () => {
    const { version: _v, ...raw } = v1Settings();
    const { settings } = parseSettings(raw);
    expect({ ...settings, rules: [], rulesUpdate: null }).toEqual({
      ...validSettings(),
      rules: [],
      fatigue: { reminderDays: 30 },
      askNeeds: { enabled: false },
    });
    expect(settings.rulesUpdate?.refreshed).toHaveLength(DEFAULT_RULES_V1.length);
  });

  it('repairs bad fields of an upgraded object like any other', () => {
    const rules = structuredClone(DEFAULT_RULES_V1) as Rule[];
    rules[0]!.when.channels = [];
    const result = parseSettings({ ...v0Settings(), ruleSet: { rules }, retentionDays: -5 });
    expect(result.settings.rules.map((r) => r.id)).not.toContain(rules[0]!.id);
    expect(result.settings.rulesUpdate?.edited).toEqual([rules[0]!.id]);
    expect(result.settings.privacy.retentionDays).toBe(365);
    expect(result.warnings).toEqual([
      'Settings upgraded from version 0 to version 2',
      `rules[0].when.channels: Choose at least one appointment type — rule "${rules[0]!.id}" dropped`,
      'privacy.retentionDays: Retention must be at least 1 day — using default (365)',
    ]);
    expect(result.setAside).toBeDefined();
  });

  it('a v0 object with a garbage ruleSet keeps the default rules', () => {
    const result = parseSettings({ ...v0Settings(), ruleSet: 'lost' });
    expect(result.settings.rules).toEqual(defaultRules());
    expect(result.warnings).toContain('rules: missing — kept default rules');
  });
});

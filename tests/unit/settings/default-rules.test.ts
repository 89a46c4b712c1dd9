import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, DEFAULT_RULESET_VERSION, defaultRules } from '../../../lib/rules/defaults';
import { DEFAULT_RULES_V1 } from '../../../lib/rules/defaults-v1';
import type { Rule } from '../../../lib/rules/schema';
import { refreshDefaultRules } from '../../../lib/settings/default-rules';
import { parseSettingsFile } from '../../../lib/settings/envelope';
import { parseSettings } from '../../../lib/settings/parse';
import { SETTINGS_VERSION } from '../../../lib/settings/schema';

/** Settings exactly as version 1 of the extension stored them (tests/fixtures/settings). */
function stored(name: 'v1-fresh-install' | 'v1-managed-install'): Record<string, unknown> {
  return JSON.parse(readFileSync(`tests/fixtures/settings/${name}.json`, 'utf8')) as Record<string, unknown>;
}

const v1Ids = DEFAULT_RULES_V1.map((r) => r.id);
const newIds = DEFAULT_RULES.map((r) => r.id).filter((id) => !v1Ids.includes(id));
const ids = (rules: readonly Rule[]) => rules.map((r) => r.id);

describe('the frozen version 1 default rules', () => {
  it('are the rules a version 1 install stored', () => {
    expect(stored('v1-fresh-install').rules).toEqual(DEFAULT_RULES_V1);
  });

  it('differ from the current defaults, which add rules', () => {
    expect(DEFAULT_RULESET_VERSION).toBe(2);
    expect(newIds).toEqual([
      'interpreter-in-person',
      'bsl-in-person',
      'deafblind-in-person',
      'hearing-in-person',
      'written-contact-telephone',
      'attendance-adjustment-face-to-face',
    ]);
  });
});

describe('upgrading a version 1 install to the version 2 default rules', () => {
  it('an install never changed gets every current default rule, nothing kept as edited', () => {
    const { settings, warnings, setAside } = parseSettings(stored('v1-fresh-install'));
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect([...ids(settings.rules)].sort()).toEqual([...ids(DEFAULT_RULES)].sort());
    for (const rule of settings.rules) {
      expect(rule).toEqual(DEFAULT_RULES.find((r) => r.id === rule.id));
    }
    expect(settings.rulesUpdate).toEqual({
      from: 1,
      to: 2,
      refreshed: v1Ids,
      added: newIds,
      addedOff: false,
      edited: [],
      notRestored: [],
    });
    expect(warnings).toEqual(['Settings upgraded from version 1 to version 2']);
    expect(setAside).toBeUndefined();
    // The manager's other choices are untouched.
    expect(settings.language).toBe('cy');
    expect(settings.vocabulary.entries).toHaveLength(1);
  });

  it("keeps the manager's edited and own rules, switch-offs and deletions", () => {
    const { settings } = parseSettings(stored('v1-managed-install'));
    const byId = new Map(settings.rules.map((r) => [r.id, r]));
    const current = (id: string) => DEFAULT_RULES.find((r) => r.id === id);

    // Edited: exactly as the manager left it (still version 1 of that rule).
    expect(byId.get('hearing-telephone')?.prompt.summary).toBe(
      'Hearing loss: ring on the amplified line, or book face-to-face',
    );
    expect(byId.get('hearing-telephone')?.version).toBe(1);
    // Switched off but otherwise as shipped: refreshed, and still off.
    expect(byId.get('sight-online')).toEqual({ ...current('sight-online'), enabled: false });
    // Deleted on purpose: not brought back.
    expect(byId.has('longer-appointment')).toBe(false);
    // The practice's own rule is kept.
    expect(byId.get('practice-carers-list')?.name).toBe('On the carers list: telephone slot');
    // The stored rules keep their order; new defaults follow them.
    expect(ids(settings.rules).slice(-newIds.length)).toEqual(newIds);

    expect(settings.rulesUpdate).toMatchObject({
      refreshed: v1Ids.filter((id) => id !== 'hearing-telephone' && id !== 'longer-appointment'),
      added: newIds,
      addedOff: false,
      edited: ['hearing-telephone'],
      notRestored: ['longer-appointment'],
    });
  });

  it('an imported version 1 settings file is upgraded the same way', () => {
    const file = JSON.stringify({
      format: 'equity-prompts-settings',
      version: 1,
      exportedAt: '2025-06-01T09:00:00.000Z',
      settings: stored('v1-managed-install'),
    });
    const result = parseSettingsFile(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings.rulesUpdate?.edited).toEqual(['hearing-telephone']);
    expect(result.notes).toContain('Settings upgraded from version 1 to version 2');
  });

  it('version 2 settings are not refreshed again', () => {
    const once = parseSettings(stored('v1-managed-install')).settings;
    const twice = parseSettings(JSON.parse(JSON.stringify(once)));
    expect(twice.settings).toEqual(once);
    expect(twice.warnings).toEqual([]);
  });
});

describe('refreshDefaultRules', () => {
  const versions = { from: 1, to: 2 };

  it('adds new defaults switched off when the manager had switched every default off', () => {
    const off = DEFAULT_RULES_V1.map((r) => ({ ...r, enabled: false }));
    const { rules, update } = refreshDefaultRules(off, DEFAULT_RULES_V1, DEFAULT_RULES, versions);
    expect((rules as Rule[]).every((r) => !r.enabled)).toBe(true);
    expect(update?.addedOff).toBe(true);
    expect(update?.added).toEqual(newIds);
  });

  it('an emptied rule list stays without default prompts', () => {
    const { rules, update } = refreshDefaultRules([], DEFAULT_RULES_V1, DEFAULT_RULES, versions);
    expect((rules as Rule[]).map((r) => r.enabled)).toEqual(newIds.map(() => false));
    expect(update?.notRestored).toEqual(v1Ids);
  });

  it("keeps a manager's own rule that uses a new default's id", () => {
    const own = { ...DEFAULT_RULES_V1[0]!, id: 'interpreter-in-person', name: 'Our own' };
    const { rules, update } = refreshDefaultRules(
      [...DEFAULT_RULES_V1, own],
      DEFAULT_RULES_V1,
      DEFAULT_RULES,
      versions,
    );
    expect((rules as Rule[]).filter((r) => r.id === 'interpreter-in-person')).toEqual([own]);
    expect(update?.edited).toEqual(['interpreter-in-person']);
    expect(update?.added).not.toContain('interpreter-in-person');
  });

  it('leaves invalid elements for parseSettings to report, at the position they had', () => {
    const bad = [null, { ...DEFAULT_RULES_V1[1], enabled: 'yes' }, ...DEFAULT_RULES_V1.slice(2)];
    const { rules } = refreshDefaultRules(bad, DEFAULT_RULES_V1, DEFAULT_RULES, versions);
    expect((rules as unknown[]).slice(0, 2)).toEqual(bad.slice(0, 2));
  });

  it('a value that is not a list is left alone', () => {
    expect(refreshDefaultRules('lost', DEFAULT_RULES_V1, DEFAULT_RULES, versions)).toEqual({
      rules: 'lost',
      update: null,
    });
  });

  it('does not change the shipped defaults it copies from', () => {
    refreshDefaultRules(DEFAULT_RULES_V1.slice(), DEFAULT_RULES_V1, DEFAULT_RULES, versions);
    expect(DEFAULT_RULES).toEqual(defaultRules());
  });
});

describe('a version 1 rules list with no readable rule', () => {
  it('is left for repair, so the version 2 defaults are in force switched on', async () => {
    const { parseSettings } = await import('../../../lib/settings');
    const stored = {
      version: 1,
      sites: [],
      profiles: [],
      rules: [{ id: 'x' }, 42],
      vocabulary: { entries: [] },
      privacy: { patientReference: 'off', retentionDays: 365 },
      adviceOnly: false,
      language: 'en',
      builtInProfiles: true,
    };
    const { settings, setAside } = parseSettings(stored);
    expect(setAside).toBe(stored);
    expect(settings.rules.length).toBeGreaterThan(10);
    expect(settings.rules.every((rule) => rule.enabled)).toBe(true);
  });
});

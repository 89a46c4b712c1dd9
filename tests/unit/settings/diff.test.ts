import { describe, expect, it } from 'vitest';
import { diffSettings } from '../../../lib/settings/diff';
import type { Settings } from '../../../lib/settings/schema';
import { validSettings } from './fixtures';

function changed(edit: (s: Settings) => void): string[] {
  const b = validSettings();
  edit(b);
  return diffSettings(validSettings(), b);
}

describe('diffSettings', () => {
  it('reports nothing for equal settings, whatever the key order', () => {
    const reverseKeys = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(reverseKeys);
      if (value && typeof value === 'object') {
        return Object.fromEntries(
          Object.entries(value)
            .reverse()
            .map(([k, v]) => [k, reverseKeys(v)]),
        );
      }
      return value;
    };
    const reordered = reverseKeys(validSettings()) as Settings;
    expect(Object.keys(reordered)[0]).toBe('rulesUpdate');
    expect(diffSettings(validSettings(), validSettings())).toEqual([]);
    expect(diffSettings(validSettings(), reordered)).toEqual([]);
  });

  it.each<[string, (s: Settings) => void, string[]]>([
    [
      'privacy retention',
      (s) => {
        s.privacy.retentionDays = 365;
      },
      ['Privacy: retention 90 → 365 days'],
    ],
    [
      'patient reference',
      (s) => {
        s.privacy.patientReference = 'off';
      },
      ['Privacy: patient reference pseudonymous → off'],
    ],
    [
      'language',
      (s) => {
        s.language = 'en';
      },
      ['Language: Welsh → English'],
    ],
    [
      'advice only',
      (s) => {
        s.adviceOnly = false;
      },
      ['Advice only: on → off'],
    ],
    [
      'built-in profiles',
      (s) => {
        s.builtInProfiles = true;
      },
      ['Built-in profiles: off → on'],
    ],
    [
      'a site added and one removed',
      (s) => {
        s.sites[1] = { ...s.sites[1]!, id: 'accurx', name: 'Accurx Web' };
      },
      ['Sites: 1 added (Accurx Web), 1 removed (Local demo)'],
    ],
    [
      'a site changed',
      (s) => {
        s.sites[0]!.enabled = false;
      },
      ['Sites: 1 changed (EMIS Web booking)'],
    ],
    [
      'rules changed and added',
      (s) => {
        s.rules[0]!.prompt.summary = 'New summary';
        s.rules[1]!.version = 2;
        s.rules.push({ ...s.rules[2]!, id: 'new-rule', name: 'New rule' });
      },
      [
        'Rules: 2 changed (Interpreter needed: telephone or online slot, Interpreter needed: face-to-face or home visit), 1 added (New rule)',
      ],
    ],
    [
      'rules turned off and removed',
      (s) => {
        s.rules[0]!.enabled = false;
        s.rules.pop();
      },
      [
        'Rules: 1 removed (Reasonable adjustment flag: remote slot), 1 turned off (Interpreter needed: telephone or online slot)',
      ],
    ],
    [
      'rule order only',
      (s) => {
        s.rules.reverse();
      },
      ['Rules: order changed'],
    ],
    [
      'many rules changed: counts without names',
      (s) => {
        for (const r of s.rules) r.version += 1;
      },
      ['Rules: 21 changed'],
    ],
    [
      'vocabulary',
      (s) => {
        s.vocabulary.entries.push(
          { category: 'audio', keyword: 'tape' },
          { category: 'braille', keyword: 'bra' },
        );
        s.vocabulary.entries.shift();
      },
      ['Vocabulary: 2 entries added, 1 removed'],
    ],
    [
      'profiles',
      (s) => {
        s.profiles[0] = { ...s.profiles[0], name: 'EMIS 2' };
        s.profiles.push({ id: 'p2' });
      },
      ['Site profiles: 1 changed, 1 added'],
    ],
  ])('%s', (_name, edit, expected) => {
    expect(changed(edit)).toEqual(expected);
  });

  it('lists several areas in options-page order', () => {
    const lines = changed((s) => {
      s.language = 'en';
      s.privacy.retentionDays = 30;
      s.sites = [];
      s.rules[0]!.enabled = false;
    });
    expect(lines).toEqual([
      'Sites: 2 removed (EMIS Web booking, Local demo)',
      'Rules: 1 turned off (Interpreter needed: telephone or online slot)',
      'Privacy: retention 90 → 30 days',
      'Language: Welsh → English',
    ]);
  });
});

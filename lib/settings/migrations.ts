/**
 * Settings migrations: `migrations[n]` turns a version-n object into a version n+1 object. They run on
 * sanitised plain data (sanitize.ts) and only reshape it; validation and repair happen afterwards, so
 * a migration never has to be defensive about field contents, only about their presence.
 *
 * To change the settings shape: bump SETTINGS_VERSION, add `migrations[old]`, and add a test that an
 * old object comes out as a valid new one.
 */
import { DEFAULT_REMINDER_DAYS } from '../fatigue/answers';
import { DEFAULT_RULES, DEFAULT_RULESET_VERSION } from '../rules/defaults';
import { DEFAULT_RULES_V1, DEFAULT_RULESET_V1_VERSION } from '../rules/defaults-v1';
import { refreshDefaultRules } from './default-rules';
import { isPlainRecord } from './sanitize';

export type SettingsData = Record<string, unknown>;
export type SettingsMigration = (old: SettingsData) => SettingsData;

/**
 * Version 0: the early draft shape (also assumed for objects with no version number).
 *
 * ```
 * { version?: 0, sites: SiteConfig[], ruleSet: { version: number, rules: Rule[] },
 *   vocabulary: VocabularyEntry[], patientReference: boolean, retentionDays: number,
 *   adviceOnly?: boolean, language?: 'en' | 'cy' }
 * ```
 * Version 1 moved rules to the top level, wrapped vocabulary in `{ entries }`, grouped privacy
 * choices under `privacy` (the boolean became 'off' | 'pseudonymous') and added `profiles` and
 * `builtInProfiles`. Fields already in the v1 place are kept, so a v1-shaped object that lost its
 * version number survives this migration.
 */
function v0ToV1(old: SettingsData): SettingsData {
  const { ruleSet, vocabulary, patientReference, retentionDays, version: _version, ...rest } = old;

  const rules = isPlainRecord(ruleSet) && 'rules' in ruleSet ? ruleSet.rules : rest.rules;
  const privacy = isPlainRecord(rest.privacy)
    ? rest.privacy
    : {
        patientReference:
          patientReference === true ? 'pseudonymous' : patientReference === false ? 'off' : patientReference,
        retentionDays,
      };

  return {
    ...rest,
    version: 1,
    rules,
    vocabulary: Array.isArray(vocabulary) ? { entries: vocabulary } : vocabulary,
    privacy,
    profiles: rest.profiles ?? [],
    builtInProfiles: rest.builtInProfiles ?? true,
  };
}

/**
 * Version 2: the default rules of rule set version 2 (lib/rules/defaults.ts). Version-1 settings hold
 * the rules of rule set version 1 (lib/rules/defaults-v1.ts) as shipped or as the manager changed them;
 * default-rules.ts refreshes the unchanged ones, adds the new ones and keeps the manager's, and
 * `rulesUpdate` records what it did for the options page. Also new: `fatigue` (reminders instead of
 * repeated cards, schema.ts), on by default, and `askNeeds` ("ask the patient"), off by default.
 */
function v1ToV2(old: SettingsData): SettingsData {
  const { rules, update } = refreshDefaultRules(old.rules, DEFAULT_RULES_V1, DEFAULT_RULES, {
    from: DEFAULT_RULESET_V1_VERSION,
    to: DEFAULT_RULESET_VERSION,
  });
  return {
    ...old,
    version: 2,
    rules,
    rulesUpdate: update,
    fatigue: old.fatigue ?? { reminderDays: DEFAULT_REMINDER_DAYS },
    askNeeds: old.askNeeds ?? { enabled: false },
  };
}

export const migrations: Readonly<Record<number, SettingsMigration>> = {
  0: v0ToV1,
  1: v1ToV2,
};

/**
 * Organisation policy: settings that IT deploys through the browser's managed storage (Chrome/Edge
 * "3rdparty" extension policy, Firefox policies.json "3rdparty"). Policy values override the practice
 * manager's local settings and show as locked in the options page with the reason.
 *
 * parsePolicy is tolerant: Chrome already drops values that do not match public/managed-schema.json,
 * Firefox does not check at all, so every key is checked here again and a bad one is ignored with a
 * warning (shown on the options page) rather than breaking the rest of the policy.
 *
 * What a policy can do (docs/organisation-policy.md):
 * - force a value: adviceOnly, language, builtInProfiles, retentionDays (patientReference: only "off");
 * - add things that cannot be removed locally: sites, profiles, vocabulary entries;
 * - replace the rule list (rules) or switch named rules off (disabledRules);
 * - lock the whole options page (lockSettings).
 */
import { z } from 'zod';
import { LocalVocabularyEntry, MAX_LOCAL_ENTRIES } from '../needs/local-vocabulary';
import { SiteProfile } from '../profiles/schema';
import { MAX_RULES, Rule } from '../rules/schema';
import { formatPath, formatZodIssues } from './issues';
import { isPlainRecord, toPlainData } from './sanitize';
import {
  MAX_PROFILES,
  MAX_SITES,
  PatientReferenceMode,
  Privacy,
  Settings,
  SettingsLanguage,
  SiteConfig,
  type VocabularyEntry,
  VocabularyEntry as VocabularyEntrySchema,
} from './schema';
import { sitePattern } from './site-entry';

/** Shown beside every locked control. */
export const POLICY_REASON = 'Set by your organisation';
/** Sites from policy have no local "added" date; this fixed one marks them. */
export const POLICY_ADDED_AT = '2000-01-01T00:00:00.000Z';

export interface OrgPolicy {
  lockSettings?: boolean;
  sites?: SiteConfig[];
  profiles?: Array<Record<string, unknown>>;
  rules?: Rule[];
  disabledRules?: string[];
  vocabulary?: VocabularyEntry[];
  adviceOnly?: boolean;
  language?: 'en' | 'cy';
  builtInProfiles?: boolean;
  patientReference?: 'off' | 'pseudonymous';
  retentionDays?: number;
  /** Keys the log's hash chain (HMAC-SHA-256). Never shown, never exported: only its presence is. */
  chainSecret?: string;
  /** true: the log cannot be cleared (the log page disables the button, the background refuses). */
  forbidClearLog?: boolean;
}

/** Shortest secret accepted: a short one could be guessed from any keyed record. */
export const CHAIN_SECRET_MIN = 32;
export const CHAIN_SECRET_MAX = 1024;

export const POLICY_KEYS = [
  'lockSettings',
  'sites',
  'profiles',
  'rules',
  'disabledRules',
  'vocabulary',
  'adviceOnly',
  'language',
  'builtInProfiles',
  'patientReference',
  'retentionDays',
  'chainSecret',
  'forbidClearLog',
] as const satisfies ReadonlyArray<keyof OrgPolicy>;

export interface PolicyLocks {
  /** lockSettings: nothing can be changed locally. */
  all: boolean;
  adviceOnly: boolean;
  language: boolean;
  builtInProfiles: boolean;
  patientReference: boolean;
  retentionDays: boolean;
  /** The whole rule list comes from policy. */
  rules: boolean;
  /** Rules policy switched off (they cannot be switched on locally). */
  disabledRules: string[];
  /** Sites, profiles and vocabulary entries added by policy (cannot be edited or removed locally). */
  siteIds: string[];
  profileIds: string[];
  /** The first N effective vocabulary entries come from policy. */
  vocabularyEntries: number;
}

export const NO_LOCKS: PolicyLocks = {
  all: false,
  adviceOnly: false,
  language: false,
  builtInProfiles: false,
  patientReference: false,
  retentionDays: false,
  rules: false,
  disabledRules: [],
  siteIds: [],
  profileIds: [],
  vocabularyEntries: 0,
};

export interface ParsedPolicy {
  policy: OrgPolicy;
  /** One per ignored value, starting with its path in the policy, e.g. `rules[1].prompt.summary: …`. */
  warnings: string[];
}

/** Untrusted managed-storage contents in, the usable part of the policy out. Never throws. */
export function parsePolicy(raw: unknown): ParsedPolicy {
  const warnings: string[] = [];
  if (raw === undefined || raw === null) return { policy: {}, warnings };
  let data: unknown;
  try {
    data = toPlainData(raw, (path, message) => warnings.push(`${path || '(policy)'}: ${message}`));
  } catch {
    return { policy: {}, warnings: ['The organisation policy could not be read and is ignored'] };
  }
  if (!isPlainRecord(data)) {
    return {
      policy: {},
      warnings: [...warnings, 'The organisation policy must be an object and is ignored'],
    };
  }

  const policy: OrgPolicy = {};
  for (const key of Object.keys(data)) {
    if (!(POLICY_KEYS as readonly string[]).includes(key))
      warnings.push(`${formatPath([key])}: unknown policy ignored`);
  }
  const scalar = <T>(key: keyof OrgPolicy, schema: z.ZodType<T>): T | undefined => {
    const value = data[key];
    if (value === undefined) return undefined;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    warnings.push(`${key}: ${formatZodIssues(result.error)[0]?.message ?? 'invalid'} — ignored`);
    return undefined;
  };

  const lockSettings = scalar('lockSettings', z.boolean({ error: 'must be true or false' }));
  const adviceOnly = scalar('adviceOnly', Settings.shape.adviceOnly);
  const language = scalar('language', SettingsLanguage);
  const builtInProfiles = scalar('builtInProfiles', Settings.shape.builtInProfiles);
  let patientReference = scalar('patientReference', PatientReferenceMode);
  if (patientReference === 'pseudonymous') {
    // Never implemented end to end (nothing read the reference from the page), so it was removed
    // rather than shown as working: say so instead of pretending it is in force.
    warnings.push(
      'patientReference: pseudonymous patient references are not available; no patient reference is stored — ignored',
    );
    patientReference = undefined;
  }
  const retentionDays = scalar('retentionDays', Privacy.shape.retentionDays);
  if (lockSettings !== undefined) policy.lockSettings = lockSettings;
  if (adviceOnly !== undefined) policy.adviceOnly = adviceOnly;
  if (language !== undefined) policy.language = language;
  if (builtInProfiles !== undefined) policy.builtInProfiles = builtInProfiles;
  if (patientReference !== undefined) policy.patientReference = patientReference;
  if (retentionDays !== undefined) policy.retentionDays = retentionDays;
  // The secret's own value never appears in a warning: only what is wrong with it.
  const chainSecret = scalar(
    'chainSecret',
    z
      .string({ error: 'must be text' })
      .min(CHAIN_SECRET_MIN, { error: `must be at least ${CHAIN_SECRET_MIN} characters` })
      .max(CHAIN_SECRET_MAX, { error: `must be at most ${CHAIN_SECRET_MAX} characters` }),
  );
  if (chainSecret !== undefined) policy.chainSecret = chainSecret;
  const forbidClearLog = scalar('forbidClearLog', z.boolean({ error: 'must be true or false' }));
  if (forbidClearLog !== undefined) policy.forbidClearLog = forbidClearLog;

  const sites = listOf(data.sites, 'sites', warnings, (item, index) => policySite(item, index, warnings));
  if (sites) policy.sites = uniqueIds(sites, (s) => s.id, 'sites', warnings).slice(0, MAX_SITES);

  const profiles = listOf(data.profiles, 'profiles', warnings, (item, index) => {
    const result = SiteProfile.safeParse(item);
    if (result.success) return result.data as Record<string, unknown>;
    warnings.push(`${firstIssue(result.error, ['profiles', index])} — profile ignored`);
    return undefined;
  });
  if (profiles)
    policy.profiles = uniqueIds(profiles, (p) => String(p.id), 'profiles', warnings).slice(0, MAX_PROFILES);

  const rules = listOf(data.rules, 'rules', warnings, (item, index) => {
    const result = Rule.safeParse(item);
    if (result.success) return result.data;
    warnings.push(`${firstIssue(result.error, ['rules', index])} — rule ignored`);
    return undefined;
  });
  if (rules) {
    const unique = uniqueIds(rules, (r) => r.id, 'rules', warnings).slice(0, MAX_RULES);
    const given = Array.isArray(data.rules) ? data.rules.length : 0;
    if (given > 0 && unique.length === 0) {
      // A broken rule list must not silently switch every prompt off.
      warnings.push('rules: no valid rules in the policy — the practice rules stay in force');
    } else {
      policy.rules = unique;
    }
  }

  const disabled = listOf(data.disabledRules, 'disabledRules', warnings, (item, index) => {
    if (typeof item === 'string' && item.length > 0 && item.length <= 64) return item;
    warnings.push(`disabledRules[${index}]: must be a rule id — ignored`);
    return undefined;
  });
  if (disabled) policy.disabledRules = [...new Set(disabled)];

  const vocabulary = listOf(data.vocabulary, 'vocabulary', warnings, (item, index) => {
    const basic = VocabularyEntrySchema.safeParse(item);
    const local = LocalVocabularyEntry.safeParse(item);
    if (basic.success && local.success) return basic.data;
    const error = basic.success ? (local as { error: z.ZodError }).error : basic.error;
    warnings.push(`${firstIssue(error, ['vocabulary', index])} — entry ignored`);
    return undefined;
  });
  if (vocabulary) policy.vocabulary = vocabulary.slice(0, MAX_LOCAL_ENTRIES);

  return { policy, warnings };
}

/** Whether the policy sets anything at all. */
export function isEmptyPolicy(policy: OrgPolicy): boolean {
  return Object.values(policy).every((value) => value === undefined);
}

export interface AppliedPolicy {
  /** What is in force: local settings with the policy applied. */
  settings: Settings;
  locks: PolicyLocks;
}

/** Local settings with the organisation policy applied on top. Pure; never throws on valid input. */
export function applyPolicy(local: Settings, policy: OrgPolicy): AppliedPolicy {
  const locks: PolicyLocks = {
    ...NO_LOCKS,
    all: policy.lockSettings === true,
    adviceOnly: policy.adviceOnly !== undefined,
    language: policy.language !== undefined,
    builtInProfiles: policy.builtInProfiles !== undefined,
    patientReference: policy.patientReference !== undefined,
    retentionDays: policy.retentionDays !== undefined,
    rules: policy.rules !== undefined,
    disabledRules: policy.disabledRules ?? [],
    siteIds: (policy.sites ?? []).map((s) => s.id),
    profileIds: (policy.profiles ?? []).map((p) => String(p.id)),
    vocabularyEntries: 0,
  };

  const policySites = policy.sites ?? [];
  const sites = [
    ...policySites,
    ...local.sites.filter((s) => !policySites.some((p) => p.id === s.id || p.origin === s.origin)),
  ].slice(0, MAX_SITES);

  const policyProfiles = policy.profiles ?? [];
  const profiles = [
    ...policyProfiles,
    ...local.profiles.filter((p) => !locks.profileIds.includes(String(p.id))),
  ].slice(0, MAX_PROFILES);

  const disabled = new Set(locks.disabledRules);
  const rules = (policy.rules ?? local.rules).map((rule) =>
    disabled.has(rule.id) ? { ...rule, enabled: false } : rule,
  );

  const vocabularyKey = (e: VocabularyEntry) => `${e.category}|${e.keyword.trim().toLowerCase()}`;
  const policyEntries = policy.vocabulary ?? [];
  const policyKeys = new Set(policyEntries.map(vocabularyKey));
  const entries = [
    ...policyEntries,
    ...local.vocabulary.entries.filter((e) => !policyKeys.has(vocabularyKey(e))),
  ].slice(0, MAX_LOCAL_ENTRIES);
  locks.vocabularyEntries = Math.min(policyEntries.length, entries.length);

  const effective: Settings = {
    ...local,
    sites,
    profiles,
    rules,
    vocabulary: { entries },
    privacy: {
      patientReference: policy.patientReference ?? local.privacy.patientReference,
      retentionDays: policy.retentionDays ?? local.privacy.retentionDays,
    },
    adviceOnly: policy.adviceOnly ?? local.adviceOnly,
    language: policy.language ?? local.language,
    builtInProfiles: policy.builtInProfiles ?? local.builtInProfiles,
  };
  const checked = Settings.safeParse(effective);
  // Only a bug could make this fail (every part was checked on its own); the local settings then stay.
  return checked.success ? { settings: checked.data, locks } : { settings: local, locks: NO_LOCKS };
}

/** Plain lines for the options page: what the organisation has set. */
export function describePolicy(policy: OrgPolicy): string[] {
  const onOff = (value: boolean) => (value ? 'on' : 'off');
  const lines: string[] = [];
  if (policy.lockSettings)
    lines.push('All settings are locked: they can only be changed by your organisation');
  if (policy.sites)
    lines.push(`Booking systems added: ${policy.sites.map((s) => s.name).join(', ') || 'none'}`);
  if (policy.profiles) lines.push(`Site profiles added: ${policy.profiles.length}`);
  if (policy.rules)
    lines.push(
      `Rules: the organisation's list of ${policy.rules.length} rules replaces the practice's rules`,
    );
  if (policy.disabledRules?.length) lines.push(`Rules switched off: ${policy.disabledRules.join(', ')}`);
  if (policy.vocabulary) lines.push(`Vocabulary entries added: ${policy.vocabulary.length}`);
  if (policy.adviceOnly !== undefined) lines.push(`Advice only: ${onOff(policy.adviceOnly)}`);
  if (policy.language !== undefined)
    lines.push(`Prompt language: ${policy.language === 'cy' ? 'Welsh' : 'English'}`);
  if (policy.builtInProfiles !== undefined) lines.push(`Built-in profiles: ${onOff(policy.builtInProfiles)}`);
  if (policy.patientReference !== undefined) lines.push(`Patient reference: ${policy.patientReference}`);
  if (policy.retentionDays !== undefined) lines.push(`Keep the log for: ${policy.retentionDays} days`);
  if (policy.chainSecret !== undefined)
    lines.push("The flag log is keyed with your organisation's secret (the secret is not shown)");
  if (policy.forbidClearLog !== undefined)
    lines.push(`Clearing the flag log: ${policy.forbidClearLog ? 'not allowed' : 'allowed'}`);
  return lines;
}

/** A site from policy: `origin` may be a match pattern or a plain address; `id` is derived when missing. */
function policySite(item: unknown, index: number, warnings: string[]): SiteConfig | undefined {
  if (!isPlainRecord(item)) {
    warnings.push(`sites[${index}]: must be an object — site ignored`);
    return undefined;
  }
  // A plain address becomes the host's pattern, as when a manager adds it; a pattern is kept as written.
  const checked = typeof item.origin === 'string' ? sitePattern(item.origin) : undefined;
  const origin = checked?.ok ? checked.pattern : item.origin;
  const host = typeof origin === 'string' ? (/^[^:]+:\/\/([^/]+)/.exec(origin)?.[1] ?? '') : '';
  const candidate = {
    id: item.id ?? `org-${slug(host) || index}`,
    name: item.name ?? host,
    origin,
    ...(item.profileId === undefined ? {} : { profileId: item.profileId }),
    enabled: item.enabled ?? true,
    addedAt: POLICY_ADDED_AT,
  };
  const result = SiteConfig.safeParse(candidate);
  if (result.success) return result.data;
  warnings.push(`${firstIssue(result.error, ['sites', index])} — site ignored`);
  return undefined;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/^\*\./, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}

function listOf<T>(
  value: unknown,
  key: string,
  warnings: string[],
  each: (item: unknown, index: number) => T | undefined,
): T[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    warnings.push(`${key}: must be a list — ignored`);
    return undefined;
  }
  return value.flatMap((item, index) => {
    const out = each(item, index);
    return out === undefined ? [] : [out];
  });
}

function uniqueIds<T>(items: T[], id: (item: T) => string, key: string, warnings: string[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const value = id(item);
    if (seen.has(value)) {
      warnings.push(`${key}: "${value}" appears twice — the later one is ignored`);
      return false;
    }
    seen.add(value);
    return true;
  });
}

function firstIssue(error: z.ZodError, path: PropertyKey[]): string {
  const first = formatZodIssues(error, path)[0];
  return `${first?.path || formatPath(path)}: ${first?.message ?? 'invalid'}`;
}

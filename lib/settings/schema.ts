/**
 * The one settings object the practice manager edits: configured sites, site profiles, rules, local
 * vocabulary, privacy choices and display language. Stored as a single versioned item; every read goes
 * through parseSettings (parse.ts), which repairs field by field using the defaults defined here.
 */
import { z } from 'zod';
import { DEFAULT_REMINDER_DAYS, MAX_REMINDER_DAYS } from '../fatigue/answers';
import { text, typeError } from '../field-messages';
import { NEED_CATEGORIES } from '../model';
import { defaultRules } from '../rules/defaults';
import { RuleSet } from '../rules/schema';
import { RulesUpdate } from './default-rules';

export const SETTINGS_VERSION = 2;
export const DEFAULT_RETENTION_DAYS = 365;
export const MAX_SITES = 100;
export const MAX_PROFILES = 100;
export const MAX_VOCABULARY_ENTRIES = 2000;

/**
 * A WebExtension match pattern for one site: scheme, host (optionally "*." prefix), any port, then a
 * path that may use "*". Kept strict so a manager cannot grant "<all_urls>" by accident.
 */
const MATCH_PATTERN = /^(https?|\*):\/\/(\*\.)?[a-z0-9.-]+(:\d{1,5})?\/[^\s]*$/i;

export const SiteConfig = z.object({
  id: text('Site id', 120),
  name: text('Site name', 100),
  origin: z
    .string({ error: typeError('Site address', 'text') })
    .max(500, 'Site address must be 500 characters or fewer')
    .regex(MATCH_PATTERN, 'Site address must look like https://booking.example.nhs.uk/*'),
  /** The SiteProfile used on this site; absent = pick by URL, then the built-in generic profile. */
  profileId: text('Profile id', 120).optional(),
  enabled: z.boolean({ error: typeError('Enabled', 'true or false') }),
  addedAt: z.iso.datetime({ offset: true, error: 'Added date must be an ISO date and time' }),
});
export type SiteConfig = z.infer<typeof SiteConfig>;

/**
 * PLACEHOLDER until lib/profiles exports its SiteProfile schema: any object. parseSettings keeps these
 * as opaque records; the profiles module validates them when it reads them.
 */
export const SiteProfilePlaceholder = z.record(z.string(), z.unknown());

export const VocabularyEntry = z.object({
  category: z.enum(NEED_CATEGORIES, {
    error: (issue) => `"${String(issue.input).slice(0, 40)}" is not a known need category`,
  }),
  keyword: text('Keyword', 100),
  /** A local or SNOMED CT code for the wording, when the practice has one. */
  code: text('Code', 40).optional(),
});
export type VocabularyEntry = z.infer<typeof VocabularyEntry>;

export const Vocabulary = z.object({
  entries: z
    .array(VocabularyEntry)
    .max(MAX_VOCABULARY_ENTRIES, `At most ${MAX_VOCABULARY_ENTRIES} vocabulary entries`),
});
export type Vocabulary = z.infer<typeof Vocabulary>;

export const PatientReferenceMode = z.enum(['off', 'pseudonymous'], {
  error: 'Patient reference must be "off" or "pseudonymous"',
});

export const Privacy = z.object({
  patientReference: PatientReferenceMode,
  retentionDays: z
    .number({ error: typeError('Retention', 'a number of days') })
    .int('Retention must be a whole number of days')
    .min(1, 'Retention must be at least 1 day')
    .max(3650, 'Retention must be 3650 days (10 years) or fewer'),
});
export type Privacy = z.infer<typeof Privacy>;

/**
 * Alert fatigue: a prompt the receptionist answered for this patient and rule within `reminderDays`
 * days comes back as a one-line reminder (lib/fatigue/answers.ts). 0 turns reminders off.
 */
export const Fatigue = z.object({
  reminderDays: z
    .number({ error: typeError('Reminder days', 'a number of days') })
    .int('Reminder days must be a whole number')
    .min(0, 'Reminder days must be 0 (off) or more')
    .max(MAX_REMINDER_DAYS, `Reminder days must be ${MAX_REMINDER_DAYS} or fewer`),
});
export type Fatigue = z.infer<typeof Fatigue>;

/**
 * Ask and record (Accessible Information Standard "identify"): where a watched page shows no recorded
 * communication needs, an information card offers "ask the patient", once a year per patient.
 */
export const AskNeeds = z.object({
  enabled: z.boolean({ error: typeError('Ask the patient', 'true or false') }),
});
export type AskNeeds = z.infer<typeof AskNeeds>;

export const SettingsLanguage = z.enum(['en', 'cy'], { error: 'Language must be "en" or "cy"' });

export const Settings = z.object({
  version: z.literal(SETTINGS_VERSION),
  sites: z.array(SiteConfig).max(MAX_SITES, `At most ${MAX_SITES} sites`),
  profiles: z.array(SiteProfilePlaceholder).max(MAX_PROFILES, `At most ${MAX_PROFILES} profiles`),
  /** Rule ids must be unique: prompts and the log refer to rules by id. */
  rules: RuleSet,
  vocabulary: Vocabulary,
  privacy: Privacy,
  /** True: suggestions never change the page (no set-channel / longer-slot clicks), advice only. */
  adviceOnly: z.boolean({ error: typeError('Advice only', 'true or false') }),
  language: SettingsLanguage,
  builtInProfiles: z.boolean({ error: typeError('Built-in profiles', 'true or false') }),
  fatigue: Fatigue,
  askNeeds: AskNeeds,
  /** What the last default rules refresh changed (default-rules.ts), until the manager dismisses it. */
  rulesUpdate: RulesUpdate.nullable(),
});
export type Settings = z.infer<typeof Settings>;

/** The parts of the settings a manager edits: every key of Settings but its version. */
export const SETTINGS_PARTS = Settings.keyof().options.filter(
  (key): key is Exclude<keyof Settings, 'version'> => key !== 'version',
);

/** Fresh defaults every call, so callers may mutate the result. */
export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    sites: [],
    profiles: [],
    rules: defaultRules(),
    vocabulary: { entries: [] },
    privacy: { patientReference: 'off', retentionDays: DEFAULT_RETENTION_DAYS },
    adviceOnly: false,
    language: 'en',
    builtInProfiles: true,
    fatigue: { reminderDays: DEFAULT_REMINDER_DAYS },
    askNeeds: { enabled: false },
    rulesUpdate: null,
  };
}

/**
 * parseSettings: untrusted value in, valid Settings out, never an exception. A bad field falls back to
 * its default and a bad list element (site, rule, vocabulary entry) is dropped, each with a warning that
 * names its path; the rest is kept (repair field by field rather than discard everything). Whenever
 * something had to be dropped or replaced, the original value is returned as `setAside` so the caller
 * can keep it: nothing the manager configured is silently lost.
 */
import type { z } from 'zod';
import { MAX_RULES, type Rule, Rule as RuleSchema } from '../rules/schema';
import { formatPath, formatZodIssues } from './issues';
import { migrations, type SettingsData } from './migrations';
import { isPlainRecord, toPlainData } from './sanitize';
import {
  AskNeeds,
  defaultSettings,
  Fatigue,
  MAX_PROFILES,
  MAX_SITES,
  MAX_VOCABULARY_ENTRIES,
  PatientReferenceMode,
  Privacy,
  SETTINGS_PARTS,
  SETTINGS_VERSION,
  Settings,
  SettingsLanguage,
  SiteConfig,
  SiteProfilePlaceholder,
  VocabularyEntry,
} from './schema';

export interface ParseSettingsResult {
  settings: Settings;
  /** Human-readable, one per problem, each starting with the path, e.g. "rules[2].prompt.summary: …". */
  warnings: string[];
  /** The original input, present when any part of it was dropped or replaced. */
  setAside?: unknown;
}

/**
 * Collects warnings. `dropped` marks a warning where input data was removed or replaced (as opposed
 * to a note such as "missing — using default"), which is when the original is handed back as setAside.
 */
class Repairs {
  readonly warnings: string[] = [];
  lost = false;
  note(message: string): void {
    this.warnings.push(message);
  }
  dropped(message: string): void {
    this.warnings.push(message);
    this.lost = true;
  }
}

const KNOWN_KEYS: ReadonlySet<string> = new Set(['version', ...SETTINGS_PARTS]);

export function parseSettings(raw: unknown): ParseSettingsResult {
  try {
    return parseOrThrow(raw);
  } catch {
    // Only reachable through a bug or an exotic input (e.g. a throwing getter); still never throw.
    return {
      settings: defaultSettings(),
      warnings: ['Settings could not be read — using defaults; the original is kept aside'],
      setAside: raw,
    };
  }
}

function parseOrThrow(raw: unknown): ParseSettingsResult {
  // Fresh install: storage has nothing yet. Not a problem, so no warning.
  if (raw === undefined || raw === null) return { settings: defaultSettings(), warnings: [] };

  const log = new Repairs();
  const useDefaults = (message: string): ParseSettingsResult => ({
    settings: defaultSettings(),
    warnings: [...log.warnings, `${message} — using defaults; the original is kept aside`],
    setAside: raw,
  });

  if (!isPlainRecord(raw)) return useDefaults(`Settings must be an object, not ${describeValue(raw)}`);
  const data = toPlainData(raw, (path, message) => log.dropped(`${path || '(settings)'}: ${message}`));
  // Only a node budget overrun removes the root of a plain object.
  if (!isPlainRecord(data)) return useDefaults('Settings are too large to be real settings');

  let version: number;
  if (data.version === undefined) {
    log.note('version: missing — read as the early draft format (version 0)');
    version = 0;
  } else if (typeof data.version === 'number' && Number.isInteger(data.version) && data.version >= 0) {
    version = data.version;
  } else {
    return useDefaults(`version: ${describeValue(data.version)} is not a settings version`);
  }
  if (version > SETTINGS_VERSION) {
    return useDefaults(
      `Settings version ${version} is newer than this version of Equity Prompts understands`,
    );
  }

  let current: SettingsData = data;
  for (let v = version; v < SETTINGS_VERSION; v++) {
    const migrate = migrations[v];
    if (!migrate) return useDefaults(`Settings version ${version} cannot be upgraded`);
    current = migrate(current);
  }
  if (version < SETTINGS_VERSION) {
    log.note(`Settings upgraded from version ${version} to version ${SETTINGS_VERSION}`);
  }

  const settings = repair(current, log);

  // Belt and braces: the repaired object must be valid; if not, that is a bug, so fall back whole.
  const check = Settings.safeParse(settings);
  if (!check.success) {
    const first = formatZodIssues(check.error)[0];
    return useDefaults(`Settings could not be repaired (${first?.path}: ${first?.message})`);
  }

  return { settings: check.data, warnings: log.warnings, ...(log.lost ? { setAside: raw } : {}) };
}

/** Builds valid Settings from a v-current object, recording what was replaced or dropped. */
function repair(data: SettingsData, log: Repairs): Settings {
  const defaults = defaultSettings();

  for (const key of Object.keys(data)) {
    if (!KNOWN_KEYS.has(key)) log.dropped(`${formatPath([key])}: unknown setting ignored`);
  }

  const sites = repairList(data.sites, ['sites'], SiteConfig, 'site', MAX_SITES, defaults.sites, log);
  const profiles = repairList(
    data.profiles,
    ['profiles'],
    SiteProfilePlaceholder,
    'profile',
    MAX_PROFILES,
    defaults.profiles,
    log,
  );

  return {
    version: SETTINGS_VERSION,
    sites: uniqueBy(sites, (s) => s.id, 'sites', 'site', log),
    profiles,
    rules: repairRules(data.rules, defaults.rules, log),
    vocabulary: repairVocabulary(data.vocabulary, log),
    privacy: repairPrivacy(data.privacy, defaults.privacy, log),
    adviceOnly: repairField(
      data.adviceOnly,
      ['adviceOnly'],
      Settings.shape.adviceOnly,
      defaults.adviceOnly,
      log,
    ),
    language: repairField(data.language, ['language'], SettingsLanguage, defaults.language, log),
    builtInProfiles: repairField(
      data.builtInProfiles,
      ['builtInProfiles'],
      Settings.shape.builtInProfiles,
      defaults.builtInProfiles,
      log,
    ),
    fatigue: repairFatigue(data.fatigue, defaults.fatigue, log),
    askNeeds: repairField(data.askNeeds, ['askNeeds'], AskNeeds, defaults.askNeeds, log),
    rulesUpdate: repairField(
      data.rulesUpdate,
      ['rulesUpdate'],
      Settings.shape.rulesUpdate,
      defaults.rulesUpdate,
      log,
    ),
  };
}

/** One value: valid → kept; missing or invalid → default, with a warning. */
function repairField<T>(
  value: unknown,
  path: PropertyKey[],
  schema: z.ZodType<T>,
  fallback: T,
  log: Repairs,
): T {
  if (value === undefined) {
    log.note(`${formatPath(path)}: missing — using default (${describeDefault(fallback)})`);
    return fallback;
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = formatZodIssues(result.error, path)[0];
  log.dropped(
    `${issue?.path ?? formatPath(path)}: ${issue?.message ?? 'invalid'} — using default (${describeDefault(fallback)})`,
  );
  return fallback;
}

/** A list whose elements are checked one by one: bad elements are dropped, the rest kept. */
function repairList<T>(
  value: unknown,
  path: PropertyKey[],
  schema: z.ZodType<T>,
  what: string,
  max: number,
  fallback: T[],
  log: Repairs,
): T[] {
  const where = formatPath(path);
  if (value === undefined) {
    log.note(`${where}: missing — using default (${describeDefault(fallback)})`);
    return fallback;
  }
  if (!Array.isArray(value)) {
    log.dropped(
      `${where}: must be a list, not ${describeValue(value)} — using default (${describeDefault(fallback)})`,
    );
    return fallback;
  }
  const kept: T[] = [];
  value.forEach((element, index) => {
    const result = schema.safeParse(element);
    if (!result.success) {
      log.dropped(`${firstIssue(result.error, [...path, index])} — ${what} dropped`);
      return;
    }
    reportUnknownFields(element, result.data, [...path, index], log);
    kept.push(result.data);
  });
  if (kept.length > max) {
    log.dropped(`${where}: more than ${max} ${what}s — kept the first ${max}`);
    kept.length = max;
  }
  return kept;
}

/**
 * Rules: invalid ones are dropped and the rest kept. If rules were given but none survive, the
 * default rules are kept instead, so a broken import cannot silently switch every prompt off.
 * An explicitly empty list is respected (a manager may turn all rules off).
 */
function repairRules(value: unknown, fallback: Rule[], log: Repairs): Rule[] {
  if (value === undefined) {
    log.note('rules: missing — kept default rules');
    return fallback;
  }
  if (!Array.isArray(value)) {
    log.dropped(`rules: must be a list, not ${describeValue(value)} — kept default rules`);
    return fallback;
  }
  const kept: Rule[] = [];
  value.forEach((element, index) => {
    const result = RuleSchema.safeParse(element);
    if (result.success) {
      reportUnknownFields(element, result.data, ['rules', index], log);
      kept.push(result.data);
      return;
    }
    const id =
      isPlainRecord(element) && typeof element.id === 'string' ? ` "${element.id.slice(0, 64)}"` : '';
    log.dropped(`${firstIssue(result.error, ['rules', index])} — rule${id} dropped`);
  });
  const unique = uniqueBy(kept, (r) => r.id, 'rules', 'rule', log);
  if (unique.length > MAX_RULES) {
    log.dropped(`rules: more than ${MAX_RULES} rules — kept the first ${MAX_RULES}`);
    unique.length = MAX_RULES;
  }
  if (value.length > 0 && unique.length === 0) {
    log.dropped('rules: no valid rules left — kept default rules');
    return fallback;
  }
  return unique;
}

function repairVocabulary(value: unknown, log: Repairs): Settings['vocabulary'] {
  if (value === undefined) {
    log.note('vocabulary: missing — using default (no entries)');
    return { entries: [] };
  }
  if (!isPlainRecord(value)) {
    log.dropped(`vocabulary: must be an object, not ${describeValue(value)} — using default (no entries)`);
    return { entries: [] };
  }
  const entries = repairList(
    value.entries,
    ['vocabulary', 'entries'],
    VocabularyEntry,
    'entry',
    MAX_VOCABULARY_ENTRIES,
    [],
    log,
  );
  return { entries };
}

function repairPrivacy(value: unknown, fallback: Privacy, log: Repairs): Privacy {
  if (value === undefined) {
    log.note(`privacy: missing — using default (${describeDefault(fallback)})`);
    return fallback;
  }
  if (!isPlainRecord(value)) {
    log.dropped(
      `privacy: must be an object, not ${describeValue(value)} — using default (${describeDefault(fallback)})`,
    );
    return fallback;
  }
  return {
    // An unreadable choice falls back to 'off': the privacy-safe side.
    patientReference: repairField(
      value.patientReference,
      ['privacy', 'patientReference'],
      PatientReferenceMode,
      fallback.patientReference,
      log,
    ),
    retentionDays: repairField(
      value.retentionDays,
      ['privacy', 'retentionDays'],
      Privacy.shape.retentionDays,
      fallback.retentionDays,
      log,
    ),
  };
}

function repairFatigue(value: unknown, fallback: Fatigue, log: Repairs): Fatigue {
  if (value === undefined) {
    log.note(`fatigue: missing — using default (reminders for ${fallback.reminderDays} days)`);
    return fallback;
  }
  if (!isPlainRecord(value)) {
    log.dropped(
      `fatigue: must be an object, not ${describeValue(value)} — using default (reminders for ${fallback.reminderDays} days)`,
    );
    return fallback;
  }
  return {
    reminderDays: repairField(
      value.reminderDays,
      ['fatigue', 'reminderDays'],
      Fatigue.shape.reminderDays,
      fallback.reminderDays,
      log,
    ),
  };
}

/** Later duplicates of an id are dropped: prompts, logs and profiles refer to these by id. */
function uniqueBy<T>(items: T[], key: (item: T) => string, path: string, what: string, log: Repairs): T[] {
  const seen = new Set<string>();
  return items.filter((item, index) => {
    const id = key(item);
    if (!seen.has(id)) {
      seen.add(id);
      return true;
    }
    log.dropped(`${path}[${index}].id: "${id}" is used by an earlier ${what} — ${what} dropped`);
    return false;
  });
}

/**
 * zod drops keys a schema does not know. Say so (once per element, at the first such key), because
 * a field from a newer version or a typo in a hand-edited file would otherwise vanish silently.
 */
function reportUnknownFields(input: unknown, output: unknown, path: PropertyKey[], log: Repairs): void {
  const extra = firstUnknownField(input, output, path);
  if (extra) log.dropped(`${formatPath(extra)}: unknown field ignored`);
}

function firstUnknownField(input: unknown, output: unknown, path: PropertyKey[]): PropertyKey[] | null {
  if (Array.isArray(input) && Array.isArray(output)) {
    for (let i = 0; i < input.length; i++) {
      const found = firstUnknownField(input[i], output[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (!isPlainRecord(input) || !isPlainRecord(output)) return null;
  for (const key of Object.keys(input)) {
    if (!Object.hasOwn(output, key)) return [...path, key];
    const found = firstUnknownField(input[key], output[key], [...path, key]);
    if (found) return found;
  }
  return null;
}

/** "path: message" for the first issue, plus how many more there were. */
function firstIssue(error: z.ZodError, path: PropertyKey[]): string {
  const issues = formatZodIssues(error, path);
  const first = issues[0];
  const more =
    issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return `${first?.path || formatPath(path)}: ${first?.message ?? 'invalid'}${more}`;
}

/** How a default reads in "using default (…)". */
function describeDefault(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? 'none' : `${value.length} items`;
  return describeValue(value);
}

/** A short description of a value for messages: never echoes long text from the input. */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  switch (typeof value) {
    case 'string':
      return value.length > 30 ? `text of ${value.length} characters` : JSON.stringify(value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return isPlainRecord(value) ? describeRecord(value) : 'an object of another kind';
    case 'bigint':
      return 'a big integer';
    default:
      return `a ${typeof value}`;
  }
}

function describeRecord(value: Record<string, unknown>): string {
  // Defaults like privacy read better as "off, 365 days" than as "an object".
  if ('enabled' in value && Object.keys(value).length === 1) return value.enabled ? 'on' : 'off';
  if ('retentionDays' in value && 'patientReference' in value) {
    return `patient reference ${String(value.patientReference)}, ${String(value.retentionDays)} days`;
  }
  return 'an object';
}

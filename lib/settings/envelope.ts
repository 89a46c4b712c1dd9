/**
 * The settings file a practice manager exports and imports: a small versioned envelope around the
 * settings, `{ format: 'equity-prompts-settings', version: 1, exportedAt, settings }`.
 *
 * Import is strict, unlike parseSettings (which repairs what is already in storage): a file is either
 * wholly valid and applied whole, or refused with every problem listed by its path, so a bad file can
 * never be half-applied. The same strict check guards every save from the options page
 * (validateSettingsStrict).
 */
import type { z } from 'zod';
import { LocalVocabularyEntry, MAX_LOCAL_ENTRIES } from '../needs/local-vocabulary';
import { SiteProfile } from '../profiles/schema';
import { formatPath, formatZodIssues, type SettingsIssue } from './issues';
import { migrations, type SettingsData } from './migrations';
import { isPlainRecord, toPlainData } from './sanitize';
import { SETTINGS_VERSION, Settings } from './schema';

export const SETTINGS_FILE_FORMAT = 'equity-prompts-settings';
export const SETTINGS_FILE_VERSION = 1;
/** Far above a real settings file (200 rules, 2000 vocabulary entries is about 1 MB). */
export const MAX_SETTINGS_FILE_BYTES = 5_000_000;

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: typeof SETTINGS_FILE_VERSION;
  exportedAt: string;
  settings: Settings;
}

/** An import lists at most this many problems; the rest are counted (a list of thousands helps no one). */
export const MAX_LISTED_PROBLEMS = 100;

export type StrictResult =
  | { ok: true; settings: Settings; notes: string[] }
  | { ok: false; errors: SettingsIssue[] };

/** The export envelope for these settings. */
export function settingsFile(settings: Settings, now: Date = new Date()): SettingsFile {
  return {
    format: SETTINGS_FILE_FORMAT,
    version: SETTINGS_FILE_VERSION,
    exportedAt: now.toISOString(),
    settings,
  };
}

/** The file's text: indented JSON, so a reviewer can read and diff it. */
export function settingsFileText(settings: Settings, now: Date = new Date()): string {
  return `${JSON.stringify(settingsFile(settings, now), null, 2)}\n`;
}

/** "equity-prompts-settings-2025-03-01.json" */
export function settingsFileName(now: Date = new Date()): string {
  return `${SETTINGS_FILE_FORMAT}-${now.toISOString().slice(0, 10)}.json`;
}

/**
 * Reads an exported file's text. Every problem is reported with its path in the file, e.g.
 * `settings.rules[2].prompt.summary: Summary must be under 140 characters`.
 */
export function parseSettingsFile(text: string): StrictResult {
  try {
    return parseSettingsFileText(text);
  } catch (error) {
    // A check that throws (a bug, or input deep enough to exhaust the stack) must still answer:
    // an import that says nothing looks to the manager like one that worked.
    const detail = error instanceof Error ? error.message : String(error);
    return fail('(file)', `The file could not be checked (${detail.slice(0, 200)}); nothing was changed`);
  }
}

/** The problems to list, and how many more there are beyond them. */
export function listedProblems(
  errors: readonly SettingsIssue[],
  limit = MAX_LISTED_PROBLEMS,
): { listed: SettingsIssue[]; more: number } {
  return { listed: errors.slice(0, limit), more: Math.max(0, errors.length - limit) };
}

function parseSettingsFileText(text: string): StrictResult {
  if (text.length > MAX_SETTINGS_FILE_BYTES) {
    return fail(
      '(file)',
      `The file is too large to be a settings file (over ${MAX_SETTINGS_FILE_BYTES / 1_000_000} MB)`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail('(file)', `The file is not valid JSON (${detail.slice(0, 200)})`);
  }

  const errors: SettingsIssue[] = [];
  const data = toPlainData(raw, (path, message) => errors.push({ path: path || '(file)', message }));
  if (!isPlainRecord(data)) {
    return errors.length > 0 ? { ok: false, errors } : fail('(file)', 'The file must hold one JSON object');
  }

  if (data.format !== SETTINGS_FILE_FORMAT) {
    errors.push({
      path: 'format',
      message:
        data.format === undefined
          ? `Missing: this is not an Equity Prompts settings file (expected "format": "${SETTINGS_FILE_FORMAT}")`
          : `This is not an Equity Prompts settings file (expected "${SETTINGS_FILE_FORMAT}")`,
    });
  }
  if (data.version !== SETTINGS_FILE_VERSION) {
    errors.push({
      path: 'version',
      message:
        typeof data.version === 'number' && data.version > SETTINGS_FILE_VERSION
          ? `File version ${data.version} was made by a newer version of Equity Prompts`
          : `File version must be ${SETTINGS_FILE_VERSION}`,
    });
  }
  if (
    data.exportedAt !== undefined &&
    (typeof data.exportedAt !== 'string' || Number.isNaN(Date.parse(data.exportedAt)))
  ) {
    errors.push({ path: 'exportedAt', message: 'Export date must be an ISO date and time' });
  }
  for (const key of Object.keys(data)) {
    if (!['format', 'version', 'exportedAt', 'settings'].includes(key)) {
      errors.push({ path: formatPath([key]), message: 'Unknown field' });
    }
  }
  if (data.settings === undefined) {
    errors.push({ path: 'settings', message: 'Missing: the file holds no settings' });
    return { ok: false, errors };
  }
  const result = validateSettingsStrict(data.settings, ['settings']);
  if (!result.ok) return { ok: false, errors: [...errors, ...result.errors] };
  if (errors.length > 0) return { ok: false, errors };
  return result;
}

/**
 * Strict check of a whole settings object: every schema issue, every unknown field, every profile and
 * local vocabulary entry checked against the schemas that will read them, duplicate ids. Older settings
 * versions are upgraded first (with a note); nothing is repaired or dropped.
 */
export function validateSettingsStrict(value: unknown, basePath: PropertyKey[] = []): StrictResult {
  const errors: SettingsIssue[] = [];
  const at = (path: PropertyKey[]) => formatPath([...basePath, ...path]) || '(settings)';
  const base = formatPath(basePath);
  const data = toPlainData(value, (path, message) =>
    errors.push({ path: joinPath(base, path) || '(settings)', message }),
  );
  if (!isPlainRecord(data)) {
    errors.push({ path: at([]), message: 'Settings must be an object' });
    return { ok: false, errors };
  }
  const notes: string[] = [];
  let current: SettingsData = data;
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    errors.push({ path: at(['version']), message: 'Settings version must be a whole number' });
    return { ok: false, errors };
  }
  if (version > SETTINGS_VERSION) {
    errors.push({
      path: at(['version']),
      message: `Settings version ${version} is newer than this version of Equity Prompts understands`,
    });
    return { ok: false, errors };
  }
  for (let v = version; v < SETTINGS_VERSION; v++) {
    const migrate = migrations[v];
    if (!migrate) {
      errors.push({ path: at(['version']), message: `Settings version ${version} cannot be upgraded` });
      return { ok: false, errors };
    }
    current = migrate(current);
  }
  if (version < SETTINGS_VERSION)
    notes.push(`Settings upgraded from version ${version} to version ${SETTINGS_VERSION}`);

  const parsed = Settings.safeParse(current);
  const unknown = unknownFields(Settings, current).map((path) => ({
    path: at(path),
    message: 'Unknown field',
  }));
  if (!parsed.success) {
    errors.push(...formatZodIssues(parsed.error, basePath), ...unknown);
    return { ok: false, errors };
  }
  errors.push(...unknown);
  const settings = parsed.data;

  duplicates(settings.sites.map((s) => s.id)).forEach((index) => {
    errors.push({
      path: at(['sites', index, 'id']),
      message: `Site id "${settings.sites[index]?.id}" is used by an earlier site`,
    });
  });

  const profileIds: string[] = [];
  settings.profiles.forEach((raw, index) => {
    const profile = SiteProfile.safeParse(raw);
    if (!profile.success) {
      errors.push(...formatZodIssues(profile.error, [...basePath, 'profiles', index]));
      return;
    }
    profileIds.push(profile.data.id);
    for (const path of unknownFields(SiteProfile, raw, ['profiles', index])) {
      errors.push({ path: at(path), message: 'Unknown field' });
    }
  });
  duplicates(profileIds).forEach((index) => {
    errors.push({
      path: at(['profiles', index, 'id']),
      message: `Profile id "${profileIds[index]}" is used by an earlier profile`,
    });
  });

  if (settings.vocabulary.entries.length > MAX_LOCAL_ENTRIES) {
    errors.push({
      path: at(['vocabulary', 'entries']),
      message: `At most ${MAX_LOCAL_ENTRIES} vocabulary entries`,
    });
  }
  settings.vocabulary.entries.forEach((entry, index) => {
    const checked = LocalVocabularyEntry.safeParse(entry);
    if (!checked.success)
      errors.push(...formatZodIssues(checked.error, [...basePath, 'vocabulary', 'entries', index]));
  });

  return errors.length > 0 ? { ok: false, errors } : { ok: true, settings, notes };
}

/** `settings` + `rules[2].name` → `settings.rules[2].name`. */
function joinPath(base: string, rest: string): string {
  if (!base || !rest) return base || rest;
  return rest.startsWith('[') ? `${base}${rest}` : `${base}.${rest}`;
}

function fail(path: string, message: string): StrictResult {
  return { ok: false, errors: [{ path, message }] };
}

/** Indexes of values already seen earlier in the list. */
function duplicates(ids: readonly string[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  ids.forEach((id, index) => {
    if (seen.has(id)) out.push(index);
    seen.add(id);
  });
  return out;
}

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  values?: unknown[];
}
const defOf = (schema: z.ZodType): SchemaDef => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/**
 * Every path in the input that the schema does not know (a typo, or a field from a newer version):
 * zod would drop these silently. Walks the schema itself, so it works on input that fails to parse.
 */
export function unknownFields(schema: z.ZodType, input: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return def.innerType ? unknownFields(def.innerType, input, path) : [];
    case 'pipe':
      return def.in ? unknownFields(def.in, input, path) : [];
    case 'object': {
      if (!isPlainRecord(input) || !def.shape) return [];
      const shape = def.shape;
      return Object.keys(input).flatMap((key) =>
        Object.hasOwn(shape, key)
          ? unknownFields(shape[key] as z.ZodType, input[key], [...path, key])
          : [[...path, key]],
      );
    }
    case 'array':
      return Array.isArray(input) && def.element
        ? input.flatMap((item, i) => unknownFields(def.element as z.ZodType, item, [...path, i]))
        : [];
    case 'union': {
      // A discriminated union: check against the option its discriminator names (none: nothing to say).
      const key = def.discriminator;
      if (!key || !isPlainRecord(input)) return [];
      const option = def.options?.find((o) => {
        const field = defOf(o).shape?.[key];
        return field !== undefined && (defOf(field).values ?? []).includes(input[key]);
      });
      return option ? unknownFields(option, input, path) : [];
    }
    default:
      return [];
  }
}

/** The issues of a zod result as a path → message map, for showing errors beside form fields. */
export function issuesByPath(error: z.ZodError, basePath: PropertyKey[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of formatZodIssues(error, basePath)) out[issue.path] ??= issue.message;
  return out;
}

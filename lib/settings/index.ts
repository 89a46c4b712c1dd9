/** Public API of the settings module: schema, defaults, tolerant parsing, migrations, diff. */
export { diffSettings } from './diff';
export { formatPath, formatZodIssues, type SettingsIssue } from './issues';
export { migrations, type SettingsData, type SettingsMigration } from './migrations';
export { type ParseSettingsResult, parseSettings } from './parse';
export { isPlainRecord, toPlainData, UNSAFE_KEYS } from './sanitize';
export {
  DEFAULT_RETENTION_DAYS,
  defaultSettings,
  Fatigue,
  PatientReferenceMode,
  Privacy,
  SETTINGS_VERSION,
  Settings,
  SettingsLanguage,
  SiteConfig,
  SiteProfilePlaceholder,
  Vocabulary,
  VocabularyEntry,
} from './schema';

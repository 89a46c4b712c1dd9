/**
 * Every extension storage key, declared once (WXT storage). Values from storage are untrusted (older
 * versions, hand edits): readers validate them with the lib/ schemas.
 */
import { storage } from '#imports';

export interface ErrorEntry {
  time: string;
  where: string;
  message: string;
  page: string;
}

/** Raw settings as stored; always read through parseSettings. */
export const settingsItem = storage.defineItem<unknown>('local:settings');
/** What parseSettings had to repair on the last read, shown to the manager. */
export const settingsWarningsItem = storage.defineItem<string[]>('local:settingsWarnings', { fallback: [] });
/** A stored settings value that could not be used, kept aside so nothing is lost. */
export const settingsSetAsideItem = storage.defineItem<{ time: string; value: unknown } | null>(
  'local:settingsSetAside',
  {
    fallback: null,
  },
);
/** Errors caught in content scripts and the background, newest last, capped. */
export const errorLogItem = storage.defineItem<ErrorEntry[]>('local:errorLog', { fallback: [] });
/**
 * Key of the per-installation salt older versions made for pseudonymous patient references (never
 * used: nothing read the reference). The background removes it.
 */
export const OLD_INSTALL_SALT_KEY = 'installSalt';

export const ERROR_LOG_LIMIT = 200;

/** Per configured site: when a booking page of it was last read, and how many prompts it raised. */
export interface SiteActivity {
  lastSeen: string;
  prompts: number;
}
export const siteActivityItem = storage.defineItem<Record<string, SiteActivity>>('local:siteActivity', {
  fallback: {},
});

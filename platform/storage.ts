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
 * Per-installation salt for the fatigue governor's and "ask the patient"'s hashed memories of which
 * patient was answered or asked (platform/answer-memory.ts); never leaves the device, never sent to a
 * page, and in Chrome closed to content scripts with the rest of storage.local.
 */
export const installSaltItem = storage.defineItem<string | null>('local:installSalt', { fallback: null });

export const ERROR_LOG_LIMIT = 200;

/** Per configured site: when a booking page of it was last read, and how many prompts it raised. */
export interface SiteActivity {
  lastSeen: string;
  prompts: number;
}
export const siteActivityItem = storage.defineItem<Record<string, SiteActivity>>('local:siteActivity', {
  fallback: {},
});

/**
 * The fatigue governor's memory (lib/fatigue/answers.ts): salted hash of patient and rule → day
 * answered. Pruned to the reminder window and capped on every write; see that module for the bounds.
 */
export const answerMemoryItem = storage.defineItem<unknown>('local:answerMemory', { fallback: {} });
/** "Ask the patient": salted hash of the patient → day asked; kept a year (ASK_AGAIN_DAYS), capped. */
export const askMemoryItem = storage.defineItem<unknown>('local:askMemory', { fallback: {} });

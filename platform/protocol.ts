/**
 * Messages between the content script, the popup, the pages and the background, typed once here.
 * The background is the single writer of settings and of the log; whatever arrives by message is
 * validated there again, because a compromised page can't forge extension messages but a bug can.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { VerifyResult } from '../lib/log/chain';
import type { RuleStats } from '../lib/log/rule-stats';
import type { ClearResult, RetentionResult } from '../lib/log/store';
import type { LocalVocabulary, VocabularyData } from '../lib/needs';
import type { PageStatus } from '../lib/page-status';
import type { SiteProfile } from '../lib/profiles/schema';
import type { Rule } from '../lib/rules/schema';
import type { SettingsIssue } from '../lib/settings/issues';
import type { PolicyLocks } from '../lib/settings/policy';
import type { Settings } from '../lib/settings/schema';
import type { ErrorEntry, SiteActivity } from './storage';

/** What a content script needs to run on one page: already validated by the background. */
export interface PageConfig {
  siteId: string;
  siteName: string;
  /** Profiles to try in order (the site's own, then built-ins); the generic profile is the fallback. */
  profiles: SiteProfile[];
  rules: Rule[];
  rulesetLabel: string;
  /** The built-in vocabulary as data and the practice's own words: the content script compiles them. */
  vocabulary: { data: VocabularyData; local: LocalVocabulary };
  adviceOnly: boolean;
  language: 'en' | 'cy';
  patientReference: 'off' | 'pseudonymous';
  /** Days a prompt answered for this patient and rule comes back as a reminder; 0 = off. */
  reminderDays: number;
  /** Offer "ask the patient" where no communication needs are recorded. */
  askNeeds: boolean;
}

/** What the popup shows about the current tab (validated where it arrives: lib/page-status.ts). */
export type { PageStatus } from '../lib/page-status';

export interface LogResult {
  /** Ids now safely stored (or stored before): the sender may forget these events. */
  acknowledged: string[];
  rejected: Array<{ id?: string; message: string }>;
}

/** What the log page shows about the log and its retention (log page → background). */
export interface LogStatus {
  count: number;
  lastSeq: number;
  retentionDays: number;
  /** The log's head: the last record's hash (the anchor's when it holds none). */
  headHash: string;
  /** The organisation keys the log with its secret (the secret itself never leaves the background). */
  keyed: boolean;
  /** The organisation forbids clearing the log (policy forbidClearLog). */
  clearForbidden: boolean;
}

export interface ProtocolMap {
  /** The booking script has its first prompt to show: inject the panel's code into its frame. */
  loadPanel(): boolean;
  getPageConfig(data: { url: string }): PageConfig | null;
  /**
   * A booking page wrote these event ids to the outbox: drain them now. Answers the ids whose outbox
   * keys are still there (not yet in the log), so the page asks again.
   */
  outboxWritten(data: { ids: string[] }): { pending: string[] };
  reportError(data: { where: string; message: string; page: string }): void;
  /**
   * The booking's hookInstance for this tab and key; kept across reloads until the booking is
   * confirmed. `booked`: the hookInstance this page last booked, never to be handed out again.
   */
  hookInstance(data: { key: string; booked?: string }): string;
  /**
   * Fatigue governor (platform/answer-memory.ts): which of these rules were answered for this patient
   * within the reminder window. `patient` is the reference read from the page; it is never stored.
   */
  answeredRecently(data: { patient: string; ruleIds: string[] }): string[];
  /** The receptionist answered this rule's prompt for this patient (accepted, overridden, dismissed). */
  recordAnswered(data: { patient: string; ruleId: string }): void;
  /** "Ask the patient": true when this patient was not asked in the last year. */
  askDue(data: { patient: string }): boolean;
  /** This patient was asked (whatever the answer): not again for a year. */
  recordAsked(data: { patient: string }): void;
  /** A content script tells the background what it read, for the popup. */
  reportStatus(data: PageStatus): void;
  /** The popup asks what the frames of a tab have read. */
  getTabStatus(data: { tabId: number }): PageStatus[];
  // ---- log page (extension pages only; platform/log-handlers.ts) ----
  logStatus(): LogStatus;
  /** Runs LogStore.verify() over the stored chain. */
  verifyLog(): VerifyResult;
  /** Checks an exported JSON file on its own (with the organisation's key when one is set). */
  verifyExportFile(data: { text: string }): VerifyResult;
  /** Clears the log; the clearing, with this reason, is the first record of the new chain. */
  clearLog(data: { reason: string }): ClearResult;
  /** Drops chunks older than the retention setting now (logged as an AuditEvent when it drops any). */
  applyRetention(): RetentionResult & { retentionDays: number };
  /** Each rule's prompts and answers over the whole log (options page; lib/log/rule-stats.ts). */
  ruleStats(): Record<string, RuleStats>;
  // ---- options page (extension pages only; platform/options-service.ts) ----
  /** Everything the options page shows: local and effective settings, policy locks, access, errors. */
  optionsState(): OptionsState;
  /** Adds a booking system by address (the page has already asked the browser for host access). */
  optionsAddSite(data: { address: string; name: string }): OptionsResult;
  /** Removes a site; the page removes its host permission itself. */
  optionsRemoveSite(data: { id: string }): OptionsResult;
  /** Replaces the given top-level parts of the local settings, after a strict check of the whole. */
  optionsSave(data: { changes: Partial<Omit<Settings, 'version'>> }): OptionsResult;
  /** Replaces all local settings (import), after a strict check. */
  optionsImport(data: { settings: unknown }): OptionsResult;
  optionsClearErrors(): OptionsState;
}

/** The options page's view of the settings (options page ← background). */
export interface OptionsState {
  /** What the practice manager saved on this computer. */
  local: Settings;
  /** What is in force: local settings with the organisation policy applied. */
  effective: Settings;
  locks: PolicyLocks;
  policy: {
    /** Whether the browser let us read managed storage (Firefox without policies.json refuses). */
    readable: boolean;
    active: boolean;
    /** Plain lines: what the organisation has set. */
    lines: string[];
    /** Policy values that were ignored, with their paths. */
    warnings: string[];
  };
  /** Host access per effective site id. */
  granted: Record<string, boolean>;
  /** When each site was last seen and how many prompts it raised. */
  activity: Record<string, SiteActivity>;
  /** What had to be repaired when the stored settings were last read. */
  settingsWarnings: string[];
  /** When an unusable stored value was kept aside, if ever. */
  setAsideAt: string | null;
  errors: ErrorEntry[];
}

export type OptionsResult =
  | { ok: true; state: OptionsState; notes: string[] }
  | { ok: false; errors: SettingsIssue[] };

export const messaging = defineExtensionMessaging<ProtocolMap>();

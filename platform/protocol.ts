/**
 * Messages between the content script, the popup, the pages and the background, typed once here.
 * The background is the single writer of settings and of the log; whatever arrives by message is
 * validated there again, because a compromised page can't forge extension messages but a bug can.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { BookingContext, Prompt } from '../lib/model';
import type { LocalVocabulary } from '../lib/needs';
import type { SiteProfile } from '../lib/profiles/schema';
import type { Rule } from '../lib/rules/schema';

/** What a content script needs to run on one page: already validated by the background. */
export interface PageConfig {
  siteId: string;
  siteName: string;
  /** Profiles to try in order (the site's own, then built-ins); the generic profile is the fallback. */
  profiles: SiteProfile[];
  rules: Rule[];
  rulesetLabel: string;
  vocabulary: LocalVocabulary;
  adviceOnly: boolean;
  language: 'en' | 'cy';
  patientReference: 'off' | 'pseudonymous';
}

/** What the popup shows about the current tab. */
export interface PageStatus {
  recognised: boolean;
  siteName: string;
  profileName: string;
  context: BookingContext | null;
  prompts: Array<Pick<Prompt, 'summary' | 'indicator' | 'ruleId'>>;
}

export interface LogResult {
  /** Ids now safely stored (or stored before): the sender may forget these events. */
  acknowledged: string[];
  rejected: Array<{ id?: string; message: string }>;
}

export interface ProtocolMap {
  getPageConfig(data: { url: string }): PageConfig | null;
  logEvents(data: { events: unknown[] }): LogResult;
  reportError(data: { where: string; message: string; page: string }): void;
  /** The booking's hookInstance for this tab and key; kept across reloads until the booking is confirmed. */
  hookInstance(data: { key: string; reset?: boolean }): string;
  /** Salted hash of a patient reference, salt kept in the installation. */
  pseudonym(data: { value: string }): string;
  /** A content script tells the background what it read, for the popup. */
  reportStatus(data: PageStatus): void;
  /** The popup asks what the frames of a tab have read. */
  getTabStatus(data: { tabId: number }): PageStatus[];
}

export const messaging = defineExtensionMessaging<ProtocolMap>();

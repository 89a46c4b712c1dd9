/**
 * What the options page needs from the browser and the background, as one interface: the Preact
 * components stay free of browser globals, and entrypoints/options/main.tsx wires the real APIs.
 */
import type { RuleStats } from '../../lib/log/rule-stats';
import type { Settings } from '../../lib/settings/schema';
import type { OptionsResult, OptionsState } from '../../platform/protocol';
import type { SetupRequest } from './page-setup/types';

export interface OpenTab {
  id: number;
  windowId: number;
  title: string;
  url: string;
}

export interface OptionsApi {
  state(): Promise<OptionsState>;
  addSite(address: string, name: string): Promise<OptionsResult>;
  removeSite(id: string): Promise<OptionsResult>;
  save(changes: Partial<Omit<Settings, 'version'>>): Promise<OptionsResult>;
  importSettings(settings: unknown): Promise<OptionsResult>;
  clearErrors(): Promise<OptionsState>;
  /** How each rule's prompts fared, from the log (lib/log/rule-stats.ts). */
  ruleStats(): Promise<Record<string, RuleStats>>;
  /**
   * Asks the browser for host access. MUST be called synchronously inside the click handler (before
   * any await): browsers only show the permission dialog during a user action.
   */
  requestAccess(pattern: string): Promise<boolean>;
  /** Gives host access back; false when the browser refuses (e.g. access granted at install). */
  removeAccess(pattern: string): Promise<boolean>;
  /** Open tabs on a granted site, for "Set up this page". */
  tabsFor(pattern: string): Promise<OpenTab[]>;
  /** Brings a tab (and its window) to the front. */
  showTab(tab: OpenTab): Promise<void>;
  /** Brings the options page back to the front. */
  showSelf(): Promise<void>;
  /** Runs the page-setup script (entrypoints/page-setup.ts) in a tab's top frame with this request. */
  setupInTab<R>(tabId: number, request: SetupRequest): Promise<R>;
  /** Calls `listener` when settings, the error log, the policy or permissions change elsewhere. */
  subscribe(listener: () => void): () => void;
  /** Saves text as a file through the browser's download. */
  download(fileName: string, text: string): void;
}

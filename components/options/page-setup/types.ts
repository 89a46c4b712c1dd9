/**
 * What the options page and the setup script injected into a booking tab (entrypoints/page-setup.ts)
 * say to each other. The request is left on the tab's isolated world under SETUP_REQUEST_KEY by a
 * first injection; the script reads it, runs, and returns a result (executeScript waits for it).
 */
import type { Channel, NeedFinding } from '../../../lib/model';
import type { LocalVocabulary } from '../../../lib/needs';
import type { SiteProfileInput } from '../../../lib/profiles/schema';
import type { SelectorCandidate } from './selector';

export const SETUP_REQUEST_KEY = '__equityPromptsSetupRequest';

/** What is being picked: decides the candidates Tab steps through and the words on the page. */
export type PickPurpose = 'needs' | 'channel' | 'confirm' | 'anchor';

export interface PickRequest {
  kind: 'pick';
  purpose: PickPurpose;
  /** Shown on the booking page, e.g. "Click where the patient's alerts are shown". */
  instruction: string;
}

export interface PickResult {
  /** Most robust first. Empty when nothing unique could be proposed. */
  candidates: SelectorCandidate[];
  label: string;
  /** What the element is, e.g. `select "Appointment type"`, for the manager to recognise it. */
  description: string;
}

export interface ReadRequest {
  kind: 'read';
  profile: SiteProfileInput;
  vocabulary: LocalVocabulary;
}

export interface ReadResult {
  /** The profile could not be checked (e.g. invalid); `problems` say why. */
  problems: Array<{ path: string; message: string }>;
  regions: Array<{ label: string; selector: string; count: number; text: string }>;
  needs: NeedFinding[];
  channel: {
    found: boolean;
    kind?: string;
    reading?: { channel: Channel; evidence: string };
    /** The page's own slot-type labels and what they mean (with the profile's mapping applied). */
    choices: Array<{ text: string; channel: Channel; selected: boolean }>;
  } | null;
  confirm: { count: number; text: string } | null;
  anchor: { count: number } | null;
}

export type SetupRequest = PickRequest | ReadRequest;

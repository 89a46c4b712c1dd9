/**
 * SiteProfile: how to read one booking system. Data, not code, so a practice manager can set one
 * up with the picker, export it and share it. Selectors are plain CSS; their syntax is checked
 * where a DOM parser is at hand (see validateProfileSelectors), because lib/ holds no browser globals.
 */
import { z } from 'zod';
import { Channel } from '../model';

const Selector = z
  .string()
  .trim()
  .min(1, 'Enter a CSS selector')
  .max(500, 'Selector is too long (500 characters at most)');
const Label = z.string().trim().min(1, 'Give this region a name').max(80);

/** One place on the page where needs are shown (alerts, banner tags, notes...). */
export const NeedsRegion = z.object({
  label: Label,
  selector: Selector,
  /** text: visible text; value: live form value; title: title/aria-label attributes too. */
  read: z.enum(['text', 'value', 'auto']).default('auto'),
});
export type NeedsRegion = z.infer<typeof NeedsRegion>;

/** A manager-confirmed meaning of one of the page's own slot-type labels, e.g. "TC - 10 min" is telephone. */
export const ChannelLabelMapping = z.object({
  label: z.string().trim().min(1).max(120),
  channel: Channel,
});
export type ChannelLabelMapping = z.infer<typeof ChannelLabelMapping>;

export const ChannelControl = z.object({
  label: Label.default('Slot type'),
  selector: Selector,
  /**
   * select: a <select>; radio: a radio group container (or one radio); checkbox: one tick box whose
   * label names a channel (see uncheckedChannel); grid: slot cards, the chosen
   * one marked by aria-pressed/aria-selected/aria-checked or a "selected" class; text: any element whose
   * text names the channel; auto: decide from the element found.
   */
  kind: z.enum(['select', 'radio', 'checkbox', 'grid', 'text', 'auto']).default('auto'),
  /** For grids: the selector of one card inside the container. */
  itemSelector: Selector.optional(),
  mapping: z.array(ChannelLabelMapping).max(200).default([]),
  /** Also use this system's own words (e.g. OpenMRS "Virtual"), see SYSTEM_CHANNEL_WORDS. */
  systemWords: z.string().max(40).optional(),
  /**
   * For a checkbox (e.g. Bahmni "Teleconsultation"): the channel when it is not ticked. Ticked means
   * the channel its label names.
   */
  uncheckedChannel: Channel.optional(),
});
export type ChannelControl = z.infer<typeof ChannelControl>;

export const SiteProfile = z.object({
  id: z
    .string()
    .min(1)
    .max(120)
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'Profile id: lower-case letters, digits and dashes'),
  name: z.string().trim().min(1, 'Give the profile a name').max(120),
  version: z.number().int().nonnegative().default(1),
  builtIn: z.boolean().default(false),
  /** Which pages: URL match patterns and, since systems run on any host, things on the page itself. */
  match: z.object({
    urlPatterns: z.array(z.string().min(1).max(500)).max(50).default([]),
    /** Every selector must match for the page to be recognised. */
    pageSignals: z.array(Selector).max(20).default([]),
  }),
  needs: z.array(NeedsRegion).max(30).default([]),
  channel: ChannelControl.optional(),
  /** Slot length control, for "book a longer slot". */
  duration: z.object({ selector: Selector }).optional(),
  /** The button that confirms the booking: clicking it ends this booking's prompts. */
  confirm: z.object({ selector: Selector }).optional(),
  patientRef: z.object({ selector: Selector }).optional(),
  /** Where the prompt sits: next to an element, or docked to a corner of the window. */
  placement: z
    .object({
      anchor: Selector.optional(),
      dock: z.enum(['bottom-right', 'bottom-left']).default('bottom-right'),
    })
    .default({ dock: 'bottom-right' }),
});
export type SiteProfile = z.infer<typeof SiteProfile>;
export type SiteProfileInput = z.input<typeof SiteProfile>;

export interface SelectorIssue {
  path: string;
  message: string;
}

/**
 * Names each selector of a profile by its field path, so an error can say where it is.
 * Returns [path, selector] pairs.
 */
export function profileSelectors(profile: SiteProfile): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  profile.match.pageSignals.forEach((s, i) => {
    out.push([`match.pageSignals[${i}]`, s]);
  });
  profile.needs.forEach((r, i) => {
    out.push([`needs[${i}].selector`, r.selector]);
  });
  if (profile.channel) {
    out.push(['channel.selector', profile.channel.selector]);
    if (profile.channel.itemSelector) out.push(['channel.itemSelector', profile.channel.itemSelector]);
  }
  if (profile.duration) out.push(['duration.selector', profile.duration.selector]);
  if (profile.confirm) out.push(['confirm.selector', profile.confirm.selector]);
  if (profile.patientRef) out.push(['patientRef.selector', profile.patientRef.selector]);
  if (profile.placement.anchor) out.push(['placement.anchor', profile.placement.anchor]);
  return out;
}

/**
 * Checks every selector's syntax with the given checker (in a page: one that calls
 * querySelector on a fragment and catches the SyntaxError).
 */
export function validateProfileSelectors(
  profile: SiteProfile,
  isValidSelector: (selector: string) => boolean,
): SelectorIssue[] {
  return profileSelectors(profile)
    .filter(([, selector]) => !isValidSelector(selector))
    .map(([path, selector]) => ({ path, message: `"${selector}" is not a valid CSS selector` }));
}

/** A selector checker backed by a DOM: querySelector throws a SyntaxError on invalid syntax. */
export function domSelectorChecker(scope: ParentNode): (selector: string) => boolean {
  return (selector) => {
    try {
      scope.querySelector(selector);
      return true;
    } catch {
      return false;
    }
  };
}

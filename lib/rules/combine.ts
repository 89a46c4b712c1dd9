/**
 * When several cards fire for one booking, their suggestions must not pull in different directions,
 * and the receptionist needs one answer first. combinePrompts takes the cards from evaluate() and the
 * patient's recorded needs, drops every "switch to X" that another recorded need rules out (no
 * telephone for a patient with hearing loss, no online consultation for a BSL user), and works out
 * one leading recommendation: the appointment type that suits every need, what to book with it, or
 * that none suits and the clinician should decide. Pure: no clock, no page, no text.
 */
import { INDICATOR_RANK, NEED_CATEGORIES } from '../domain';
import type { Channel, NeedCategory, Prompt, Suggestion } from '../model';

/**
 * Appointment types that do not meet a need, so no card may suggest switching to them while the need
 * is recorded. Each entry matches the channels the default rules warn about for that need (see
 * defaults.ts), so the cards and this table tell the same story:
 * - BSL, deafblind, hearing, communication support, cognition, learning disability: Accessible
 *   Information Standard (DAPB1605), "meet the need"; BSL and deafblind users cannot use audio-only or
 *   written English routes.
 * - Spoken-language interpreter: a plain call or written English consultation without an interpreter.
 * - Information formats and sight: an online consultation is written (RAF category 004).
 * - No digital access: NHS England inclusive digital healthcare framework (digital complements).
 * - Text relay: an ordinary voice call (RAF category 003).
 * - Home visit required: a surgery appointment (RAF category 009).
 * A written-contact preference rules nothing out: it is about contact, not the consultation.
 */
export const UNSUITABLE_CHANNELS: Readonly<Partial<Record<NeedCategory, readonly Channel[]>>> = {
  interpreter: ['telephone', 'online'],
  'bsl-interpreter': ['telephone', 'online'],
  deafblind: ['telephone', 'video', 'online'],
  'hearing-impairment': ['telephone'],
  'sight-impairment': ['online'],
  'communication-support': ['telephone', 'online'],
  'learning-disability': ['telephone', 'video', 'online'],
  'cognitive-impairment': ['telephone', 'online'],
  'no-digital-access': ['video', 'online'],
  'easy-read': ['online'],
  'large-print': ['online'],
  braille: ['online'],
  audio: ['online'],
  'information-verbally': ['online'],
  'contact-text-relay': ['telephone'],
  'home-visit-required': ['face-to-face'],
};

/**
 * Support booked alongside the appointment, and the appointment types where it applies: a hearing
 * loop is for a room, an attendance adjustment for the surgery, an interpreter for any type.
 */
export const SUPPORT_FOR: Readonly<Partial<Record<NeedCategory, readonly Channel[]>>> = {
  interpreter: ['face-to-face', 'home-visit', 'telephone', 'video', 'online', 'remote'],
  'bsl-interpreter': ['face-to-face', 'home-visit', 'video'],
  deafblind: ['face-to-face', 'home-visit'],
  'hearing-impairment': ['face-to-face', 'home-visit'],
  'advocate-or-carer': ['face-to-face', 'home-visit', 'telephone', 'video', 'online', 'remote'],
  'attendance-adjustment': ['face-to-face'],
};

export interface DroppedSuggestion {
  promptUuid: string;
  suggestionUuid: string;
  channel: Channel;
  /** The recorded needs that rule the channel out. */
  because: NeedCategory[];
}

/**
 * - `switch`: move to `channel`; the receptionist acts through an existing card's suggestion
 *   (`promptUuid`, `suggestionUuid`), so the log counts it like a click on that card.
 * - `keep`: the slot type suits every need; book the support listed.
 * - `ask-clinician`: a card says this slot does not suit, and no suggested type suits every need.
 */
export type LeadRecommendation =
  | {
      kind: 'switch';
      channel: Channel;
      promptUuid: string;
      suggestionUuid: string;
      label: string;
      longerSlot: boolean;
      arrange: NeedCategory[];
      cards: number;
    }
  | { kind: 'keep'; channel: Channel; longerSlot: boolean; arrange: NeedCategory[]; cards: number }
  | { kind: 'ask-clinician'; channel: Channel; unsuitable: NeedCategory[]; cards: number };

export interface CombinedPrompts {
  /** The cards, in the same order, without the suggestions another need rules out. */
  prompts: Prompt[];
  /** Only when two or more cards fired: one card needs no summary of itself. */
  lead: LeadRecommendation | null;
  dropped: DroppedSuggestion[];
}

/**
 * The recorded needs that rule `channel` out, in the order given. A slot read as "remote" may turn
 * out to be audio-only, so it counts as telephone here.
 */
export function needsRulingOut(channel: Channel, needs: readonly NeedCategory[]): NeedCategory[] {
  const asBooked = channel === 'remote' ? 'telephone' : channel;
  return needs.filter((n) => UNSUITABLE_CHANNELS[n]?.includes(asBooked));
}

export function combinePrompts(prompts: readonly Prompt[], needs: readonly NeedCategory[]): CombinedPrompts {
  const recorded = new Set([...needs, ...prompts.flatMap((p) => p.needs)]);
  const present = NEED_CATEGORIES.filter((n) => recorded.has(n));
  const dropped: DroppedSuggestion[] = [];
  const kept = prompts.map((prompt) => {
    const suggestions = prompt.suggestions.filter((s) => {
      if (s.action.kind !== 'set-channel') return true;
      const because = needsRulingOut(s.action.channel, present);
      if (because.length === 0) return true;
      dropped.push({ promptUuid: prompt.uuid, suggestionUuid: s.uuid, channel: s.action.channel, because });
      return false;
    });
    if (suggestions.length === prompt.suggestions.length) return prompt;
    const { selectionBehavior: _unused, ...rest } = prompt;
    return {
      ...rest,
      suggestions,
      ...(suggestions.length > 0 ? { selectionBehavior: 'at-most-one' as const } : {}),
    };
  });
  return { prompts: kept, lead: kept.length >= 2 ? leadFor(kept, present) : null, dropped };
}

function leadFor(prompts: readonly Prompt[], present: readonly NeedCategory[]): LeadRecommendation {
  const current = prompts[0]!.channel;
  const cards = prompts.length;
  const conflicts = prompts.filter((p) => INDICATOR_RANK[p.indicator] > INDICATOR_RANK.info);
  const longerSlot =
    present.includes('longer-appointment') ||
    prompts.some((p) => p.suggestions.some((s) => s.action.kind === 'longer-slot'));
  if (conflicts.length === 0) {
    return { kind: 'keep', channel: current, longerSlot, arrange: supportFor(current, present), cards };
  }
  const best = bestSwitch(conflicts);
  if (!best) {
    return { kind: 'ask-clinician', channel: current, unsuitable: needsRulingOut(current, present), cards };
  }
  return {
    kind: 'switch',
    channel: best.channel,
    promptUuid: best.prompt.uuid,
    suggestionUuid: best.suggestion.uuid,
    label: best.suggestion.label,
    longerSlot,
    arrange: supportFor(best.channel, present),
    cards,
  };
}

interface SwitchOption {
  channel: Channel;
  prompt: Prompt;
  suggestion: Suggestion;
  score: number;
}

/**
 * The channel the conflicting cards agree on most: each card offering it adds its urgency, and one
 * more when it recommends it. Ties go to the channel offered first by the most urgent card (the
 * cards arrive most urgent first). Only surviving suggestions count, so the choice suits every need.
 */
function bestSwitch(conflicts: readonly Prompt[]): SwitchOption | undefined {
  const options = new Map<Channel, SwitchOption>();
  for (const prompt of conflicts) {
    for (const suggestion of prompt.suggestions) {
      if (suggestion.action.kind !== 'set-channel') continue;
      const channel = suggestion.action.channel;
      const score = INDICATOR_RANK[prompt.indicator] * 2 + (suggestion.isRecommended ? 1 : 0);
      const option = options.get(channel);
      if (option) option.score += score;
      else options.set(channel, { channel, prompt, suggestion, score });
    }
  }
  let best: SwitchOption | undefined;
  for (const option of options.values()) if (!best || option.score > best.score) best = option;
  return best;
}

function supportFor(channel: Channel, present: readonly NeedCategory[]): NeedCategory[] {
  return present.filter((n) => SUPPORT_FOR[n]?.includes(channel));
}

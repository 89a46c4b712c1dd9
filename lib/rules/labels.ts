/**
 * Words the rule engine puts into prompt text: need and channel names for the `{need}`, `{needs}` and
 * `{channel}` placeholders, in English and Welsh. Lower case, because they usually sit mid-sentence;
 * the renderer capitalises the first letter of a summary.
 *
 * Kept here (not in lib/needs) so the rules stay usable on their own; if lib/needs later publishes
 * display names, these tables can be replaced by them. The Welsh wording is a best effort and needs
 * review by a fluent speaker before release.
 */
import { CHANNEL_LABELS } from '../channel/labels';
import type { Channel, NeedCategory } from '../model';

export type Lang = 'en' | 'cy';

const NEED_LABELS: Record<Lang, Record<NeedCategory, string>> = {
  en: {
    interpreter: 'spoken-language interpreter',
    'bsl-interpreter': 'BSL interpreter',
    deafblind: 'deafblind',
    'hearing-impairment': 'hearing impairment',
    'sight-impairment': 'sight impairment',
    'communication-support': 'communication support',
    'learning-disability': 'learning disability',
    'cognitive-impairment': 'cognitive impairment',
    'advocate-or-carer': 'advocate or carer',
    'no-digital-access': 'no digital access',
    'longer-appointment': 'longer appointment',
    'home-visit-required': 'home visit required',
    'attendance-adjustment': 'adjustment when attending',
    'easy-read': 'easy read',
    'large-print': 'large print',
    braille: 'braille',
    audio: 'audio format',
    'information-verbally': 'information verbally',
    'contact-text-relay': 'text relay',
    'contact-written-only': 'written contact only',
    'contact-via-carer': 'contact via carer',
    'reasonable-adjustment': 'reasonable adjustment',
  },
  cy: {
    interpreter: 'dehonglydd iaith lafar',
    'bsl-interpreter': 'dehonglydd BSL',
    deafblind: 'byddar-ddall',
    'hearing-impairment': 'nam ar y clyw',
    'sight-impairment': 'nam ar y golwg',
    'communication-support': 'cymorth cyfathrebu',
    'learning-disability': 'anabledd dysgu',
    'cognitive-impairment': 'nam gwybyddol',
    'advocate-or-carer': 'eiriolwr neu ofalwr',
    'no-digital-access': 'dim mynediad digidol',
    'longer-appointment': 'apwyntiad hirach',
    'home-visit-required': 'angen ymweliad cartref',
    'attendance-adjustment': 'addasiad wrth fynychu',
    'easy-read': 'hawdd ei ddarllen',
    'large-print': 'print bras',
    braille: 'braille',
    audio: 'fformat sain',
    'information-verbally': 'gwybodaeth ar lafar',
    'contact-text-relay': 'cyfnewid testun',
    'contact-written-only': 'cyswllt ysgrifenedig yn unig',
    'contact-via-carer': 'cysylltu drwy ofalwr',
    'reasonable-adjustment': 'addasiad rhesymol',
  },
};

/** Mid-sentence, "remote (telephone or video)" reads better as just "telephone or video". */
const MID_SENTENCE_CHANNEL: Partial<Record<Channel, Record<Lang, string>>> = {
  remote: { en: 'telephone or video', cy: 'ffôn neu fideo' },
};

/** Fixed phrases the engine writes itself (not taken from a rule). */
const PHRASES: Record<
  Lang,
  { languageNotRecorded: string; slotType: string; rulesLabel: string; and: string }
> = {
  en: {
    languageNotRecorded: 'language not recorded',
    slotType: 'Slot type',
    rulesLabel: 'Practice equity rules',
    and: 'and',
  },
  cy: {
    languageNotRecorded: 'iaith heb ei chofnodi',
    slotType: 'Math o apwyntiad',
    rulesLabel: 'Rheolau tegwch y practis',
    and: 'a',
  },
};

export function needLabel(category: NeedCategory, lang: Lang): string {
  return NEED_LABELS[lang][category];
}

export function channelLabel(channel: Channel, lang: Lang): string {
  return MID_SENTENCE_CHANNEL[channel]?.[lang] ?? CHANNEL_LABELS[channel][lang];
}

export function phrase(key: keyof (typeof PHRASES)['en'], lang: Lang): string {
  return PHRASES[lang][key];
}

/** "a", "a and b", "a, b and c" (Welsh "a, b a c"). */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  const head = items.slice(0, -1).join(', ');
  const last = items[items.length - 1] ?? '';
  // Welsh "a" becomes "ac" before a vowel (mutations after "a" are not attempted).
  const and = lang === 'cy' && /^[aeiouwyâêîôûŵŷ]/i.test(last) ? 'ac' : PHRASES[lang].and;
  return `${head} ${and} ${last}`;
}

export function capitalise(text: string): string {
  const first = text.charAt(0);
  return first.toUpperCase() + text.slice(1);
}

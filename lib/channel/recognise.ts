/**
 * Recognises the appointment channel from a slot's option value, label or free text. The
 * manager's confirmed mapping is tried first, then the generic words. When unsure, or when the
 * text names two channels that cannot both be true, the answer is `unknown`: a wrong channel
 * would raise (or hide) a prompt, so the recogniser never guesses.
 */
import type { Channel } from '../model';
import { evidenceText } from '../needs/evidence';
import { PhraseIndex } from '../needs/phrase-index';
import type { Tokens } from '../needs/tokenize';
import { matchMapping } from './mapping';
import type { ChannelMappingEntry } from './mapping-schema';
import { CHANNEL_WORDS, type ChannelWord } from './words';
import { channelWords, wordsOnly } from './words-only';

export const MAX_CHANNEL_EVIDENCE = 200;

export interface ChannelRecognition {
  readonly channel: Channel;
  /** The text read, whitespace collapsed, at most 200 characters. Empty when there was none. */
  readonly evidence: string;
}

/** "No video", "not F2F": a negated channel word is not evidence for that channel. */
const NEGATORS = new Set(['no', 'not', 'non', 'without']);

let generic: PhraseIndex<ChannelWord> | undefined;
function genericIndex(): PhraseIndex<ChannelWord> {
  if (generic === undefined) {
    generic = new PhraseIndex<ChannelWord>();
    for (const word of CHANNEL_WORDS) generic.add(channelWords(word.phrase), word);
  }
  return generic;
}

/**
 * Folds the channels mentioned into one. Home visit refines face-to-face; telephone or video
 * refines remote; telephone and video together are exactly "remote". Anything else is a conflict.
 */
export function combineChannels(found: ReadonlySet<Channel>): Channel {
  const set = new Set(found);
  if (set.has('home-visit')) set.delete('face-to-face');
  if (set.has('telephone') && set.has('video')) {
    set.delete('telephone');
    set.delete('video');
    set.add('remote');
  } else if (set.has('remote') && (set.has('telephone') || set.has('video'))) {
    set.delete('remote');
  }
  const [only, ...rest] = [...set];
  return only !== undefined && rest.length === 0 ? only : 'unknown';
}

interface GenericResult {
  readonly channel: Channel;
  /** Offset of the first channel word, for the evidence window. */
  readonly at: number;
}

function genericChannel(tokens: Tokens): GenericResult {
  const index = genericIndex();
  const strong = new Set<Channel>();
  const weak = new Set<Channel>();
  let at = -1;
  let t = 0;
  while (t < tokens.count) {
    const match = index.longestAt(tokens, t, tokens.count);
    if (match === undefined) {
      t++;
      continue;
    }
    const negated = t > 0 && NEGATORS.has(tokens.text[t - 1] ?? '');
    const word = match.payloads[0];
    if (!negated && word !== undefined) {
      (word.weak === true ? weak : strong).add(word.channel);
      if (at < 0) at = tokens.start[t] ?? 0;
    }
    t = match.endToken;
  }
  const channels = strong.size > 0 ? strong : weak;
  return { channel: channels.size === 0 ? 'unknown' : combineChannels(channels), at: Math.max(at, 0) };
}

function evidence(text: string, at: number): string {
  return evidenceText(text, 0, text.length, at, MAX_CHANNEL_EVIDENCE);
}

export function recogniseChannel(
  text: string,
  mapping: readonly ChannelMappingEntry[] = [],
): ChannelRecognition {
  if (typeof text !== 'string' || text.length === 0) return { channel: 'unknown', evidence: '' };
  const tokens = wordsOnly(text);
  if (tokens.count === 0) return { channel: 'unknown', evidence: evidence(text, 0) };
  const mapped = matchMapping(tokens, mapping);
  if (mapped.kind === 'match') {
    return { channel: mapped.channel, evidence: evidence(text, tokens.start[mapped.startToken] ?? 0) };
  }
  if (mapped.kind === 'conflict') return { channel: 'unknown', evidence: evidence(text, 0) };
  const found = genericChannel(tokens);
  return { channel: found.channel, evidence: evidence(text, found.at) };
}

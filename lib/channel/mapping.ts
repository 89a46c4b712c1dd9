/**
 * The practice manager's confirmed list of slot labels and what channel each means. It wins over
 * the generic words: an exact label first, then the longest label found inside the text.
 */
import type { Channel } from '../domain';
import { PhraseIndex } from '../needs/phrase-index';
import type { Tokens } from '../needs/tokenize';
import type { ChannelMappingEntry } from './mapping-schema';
import { channelWords } from './words-only';

interface CompiledMapping {
  readonly index: PhraseIndex<ChannelMappingEntry>;
}

// Profiles pass the same array on every read; compile it once per array.
const compiled = new WeakMap<readonly ChannelMappingEntry[], CompiledMapping>();

function compile(mapping: readonly ChannelMappingEntry[]): CompiledMapping {
  let found = compiled.get(mapping);
  if (found === undefined) {
    const index = new PhraseIndex<ChannelMappingEntry>();
    for (const entry of mapping) index.add(channelWords(entry.label), entry);
    found = { index };
    compiled.set(mapping, found);
  }
  return found;
}

export type MappingResult =
  | { readonly kind: 'match'; readonly channel: Channel; readonly startToken: number }
  /** Two confirmed labels of equal length disagree: report unknown rather than pick one. */
  | { readonly kind: 'conflict' }
  | { readonly kind: 'none' };

/** `tokens` must be words only (see wordsOnly), so punctuation never splits a label. */
export function matchMapping(tokens: Tokens, mapping: readonly ChannelMappingEntry[]): MappingResult {
  if (mapping.length === 0) return { kind: 'none' };
  const { index } = compile(mapping);
  let best: { words: number; channels: Set<Channel>; startToken: number } | undefined;
  let t = 0;
  while (t < tokens.count) {
    const match = index.longestAt(tokens, t, tokens.count);
    if (match === undefined) {
      t++;
      continue;
    }
    const words = match.endToken - t;
    // The manager's first entry wins among identical labels, so only look at payloads[0].
    const channel = match.payloads[0]?.channel;
    if (channel !== undefined) {
      if (words === tokens.count) return { kind: 'match', channel, startToken: t };
      if (best === undefined || words > best.words)
        best = { words, channels: new Set([channel]), startToken: t };
      else if (words === best.words) best.channels.add(channel);
    }
    t = match.endToken;
  }
  if (best === undefined) return { kind: 'none' };
  const [only, ...rest] = [...best.channels];
  if (only === undefined || rest.length > 0) return { kind: 'conflict' };
  return { kind: 'match', channel: only, startToken: best.startToken };
}

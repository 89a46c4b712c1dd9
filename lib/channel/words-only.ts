/**
 * Channel text is a label or option value, where punctuation is decoration: "Face to Face (Surgery)",
 * "Video (with audio)". Matching runs on the words alone.
 */
import { keywordWords, type Tokens, tokenize, WORD } from '../needs/tokenize';
import { CHANNEL_TOKENS } from './mapping';

export function wordsOnly(text: string): Tokens {
  const all = tokenize(text, CHANNEL_TOKENS);
  const kind = new Uint8Array(all.count);
  const start = new Int32Array(all.count);
  const end = new Int32Array(all.count);
  const words: string[] = [];
  let n = 0;
  for (let t = 0; t < all.count; t++) {
    if (all.kind[t] !== WORD) continue;
    kind[n] = WORD;
    start[n] = all.start[t] ?? 0;
    end[n] = all.end[t] ?? 0;
    words.push(all.text[t] ?? '');
    n++;
  }
  return { count: n, kind, start, end, text: words };
}

export const channelWords = (phrase: string): string[] => keywordWords(phrase, CHANNEL_TOKENS);

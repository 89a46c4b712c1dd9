/**
 * Channel text is a label or option value, where punctuation is decoration: "Face to Face (Surgery)",
 * "Video (with audio)". Matching runs on the words alone, with camelCase split ("WalkIn").
 */
import { keywordWords, type Tokens, tokenize } from '../needs/tokenize';

export const CHANNEL_TOKENS = { splitCamelCase: true, wordsOnly: true } as const;

export const wordsOnly = (text: string): Tokens => tokenize(text, CHANNEL_TOKENS);

export const channelWords = (phrase: string): string[] => keywordWords(phrase, CHANNEL_TOKENS);

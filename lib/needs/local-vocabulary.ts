/**
 * Practice-local additions to the need vocabulary: keywords and codes a practice uses in its own
 * alerts, e.g. "DIGEX" or local code "LOC001" for no digital access (no national code exists).
 * Keywords are plain text matched as whole words, never regular expressions, so an imported
 * settings file cannot make recognition slow.
 */
import { z } from 'zod';
import { NeedCategory } from '../model';
import { MAX_PHRASE_WORDS } from './phrase-index';
import { keywordWords } from './tokenize';

export const MAX_LOCAL_ENTRIES = 500;

function hasNoControlCharacters(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c === 127) return false;
  }
  return true;
}

function wordCountOk(s: string): boolean {
  const n = keywordWords(s).length;
  return n >= 1 && n <= MAX_PHRASE_WORDS;
}

export const LocalVocabularyEntry = z.object({
  category: NeedCategory,
  keyword: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .refine(hasNoControlCharacters, 'Keyword must be plain text on one line')
    .refine(wordCountOk, `Keyword must contain 1 to ${MAX_PHRASE_WORDS} words (letters or digits)`),
  code: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .refine(hasNoControlCharacters, 'Code must be plain text on one line')
    .refine(wordCountOk, 'Code must contain letters or digits')
    .optional(),
});
export type LocalVocabularyEntry = z.infer<typeof LocalVocabularyEntry>;

export const LocalVocabulary = z.object({
  entries: z.array(LocalVocabularyEntry).max(MAX_LOCAL_ENTRIES),
});
export type LocalVocabulary = z.infer<typeof LocalVocabulary>;

/**
 * The built-in vocabulary, compiled once, and the recogniser with it as the default. Not for the
 * booking-page bundle: importing this module brings the vocabulary data with it.
 */
import { compileVocabulary, type Vocabulary } from './compile';
import { type RecogniseOptions, recogniseCodesIn, recogniseNeedsIn } from './recognise';
import type { NeedMatch } from './types';
import { BUILT_IN_VOCABULARY } from './vocabulary';

let cached: Vocabulary | undefined;

/** The built-in vocabulary, compiled on first use and shared. */
export function defaultVocabulary(): Vocabulary {
  cached ??= compileVocabulary(BUILT_IN_VOCABULARY);
  return cached;
}

/**
 * Needs stated in `text`, one per category and evidence, in order of appearance.
 * "Interpreter needed - Polish" → interpreter (Polish); "Interpreter: N" → nothing.
 */
export function recogniseNeeds(
  text: string,
  vocabulary: Vocabulary = defaultVocabulary(),
  options: RecogniseOptions = {},
): NeedMatch[] {
  return recogniseNeedsIn(text, vocabulary, options);
}

/** Only the findings that come from a code written in the text ("204331000000107", "LOC001"). */
export function recogniseCodes(text: string, vocabulary: Vocabulary = defaultVocabulary()): NeedMatch[] {
  return recogniseCodesIn(text, vocabulary);
}

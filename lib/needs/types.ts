/** Types shared by the need vocabulary and the recogniser. */
import type { Coding, NeedCategory, NeedKind } from '../model';

/** Everything the product knows about one need category: names, words to look for, codes. */
export interface NeedDefinition {
  readonly category: NeedCategory;
  readonly kind: NeedKind;
  readonly names: { readonly en: string; readonly cy: string };
  /** Words and phrases that state the need, matched as whole words, case-insensitive. */
  readonly keywords: readonly string[];
  /** Short forms staff type in alerts ("BSL", "HoH", "LD"). Matched like keywords. */
  readonly abbreviations: readonly string[];
  /**
   * Things whose absence is the need: "internet" in "no internet" or "Internet access: N". They
   * raise the need only when negated, and raise nothing when mentioned plainly.
   */
  readonly absentKeywords: readonly string[];
  /** Coded concepts (SNOMED CT from RA-FlagCode, or practice-local codes) that mean this need. */
  readonly codes: readonly Coding[];
}

/**
 * English is listed among the languages so that "Interpreter: English" and "Interpreter: en" are
 * recognised and then dropped: an English interpreter is not a need in this product.
 */
export const ENGLISH = 'English';

/** A spoken language an interpreter may be needed for. */
export interface LanguageDefinition {
  /** English name, reported as NeedMatch.language, e.g. "Polish". */
  readonly name: string;
  /** Other names and spellings, matched as whole words, case-insensitive. */
  readonly aliases: readonly string[];
  /** ISO 639-1 and ISO 639-2/3 codes, accepted only as the whole value of an interpreter field. */
  readonly iso: readonly string[];
  /** RA-FlagCode "interpreter needed" concepts for this language; the first is the preferred one. */
  readonly codes: readonly Coding[];
}

/**
 * The whole vocabulary as plain, cloneable data. The background hands the built-in one to content
 * scripts in their page configuration, so the booking-page bundle carries the compiler, not the data.
 */
export interface VocabularyData {
  readonly version: string;
  readonly definitions: readonly NeedDefinition[];
  /** Phrases that contain a need word but mean something else ("phone number"). */
  readonly ignoredPhrases: readonly string[];
  readonly languages: readonly LanguageDefinition[];
  /** Languages also named by a code that is not their main one. */
  readonly extraLanguageCodes: readonly { readonly language: string; readonly code: Coding }[];
}

/** One need recognised in a piece of text. */
export interface NeedMatch {
  readonly category: NeedCategory;
  /**
   * The clause (line or sentence) holding the match, whitespace collapsed and cut to at most
   * 300 characters around the match, e.g. "Interpreter needed - Polish".
   */
  readonly evidence: string;
  /** Offsets in the input of the words or code that were recognised (`text.slice(start, end)`). */
  readonly start: number;
  readonly end: number;
  /** English name of the spoken language, interpreter needs only. */
  readonly language?: string;
  /** The code shown in the text, or the code the vocabulary maps the wording to. */
  readonly code?: string;
}

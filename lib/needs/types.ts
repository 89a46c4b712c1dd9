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

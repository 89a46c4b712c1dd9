/**
 * Finds the spoken language an interpreter mention refers to: "Polish interpreter",
 * "Interpreter needed - Polish", "Interp req (Arabic)", "Interpreter: pl", or a language named
 * nearby in the same clause ("Main language: Polish, interpreter required"). A language on its own
 * is never a need; this only runs for interpreter mentions. All scans are bounded.
 */
import type { NeedCategory } from '../model';
import type { ClauseView } from './clause';
import { PUNCT, WORD } from './tokenize';
import { ENGLISH, type LanguageDefinition } from './types';

export type LanguageResolution =
  /** `direct`: written right next to the mention, so "English interpreter" can be dropped. */
  | { readonly kind: 'spoken'; readonly language: LanguageDefinition; readonly direct: boolean }
  /** "Interpreter: BSL": the interpreter is a sign-language one, reported by its own category. */
  | { readonly kind: 'sign' }
  | { readonly kind: 'none' };

const SIGN_CATEGORIES: readonly NeedCategory[] = ['bsl-interpreter', 'deafblind'];
const DIRECT_SKIP_WORDS = new Set([
  'needed',
  'required',
  'requested',
  'req',
  'reqd',
  'yes',
  'y',
  'true',
  'language',
  'lang',
  'need',
  'needs',
  'is',
  'for',
  'in',
  'a',
  'an',
]);
const FIELD_MARKS = new Set([':', '-', '(', '=', '[']);
const DIRECT_SKIP_PUNCT = new Set([':', '-', '(', '=', '[', '?', '/']);
/** An ISO code counts only as a whole field value, so "Interpreter: so she…" is not Somali. */
const VALUE_ENDS = new Set([')', ',', '/', ']']);
const MAX_DIRECT_STEPS = 6;
const NEAR_WINDOW = 12;

function isWordAt(clause: ClauseView, t: number): boolean {
  return t >= clause.from && t < clause.to && clause.tokens.kind[t] === WORD;
}

function languageStartingAt(
  clause: ClauseView,
  t: number,
): { language: LanguageDefinition; end: number } | undefined {
  if (!isWordAt(clause, t)) return undefined;
  const match = clause.vocabulary.languages.byName.longestAt(clause.tokens, t, clause.to);
  const language = match?.payloads[0];
  return match === undefined || language === undefined ? undefined : { language, end: match.endToken };
}

function isoValueAt(clause: ClauseView, t: number): LanguageDefinition | undefined {
  const word = clause.tokens.text[t] ?? '';
  if (word.length < 2 || word.length > 3) return undefined;
  const language = clause.vocabulary.languages.byIso.get(word);
  if (language === undefined) return undefined;
  const next = t + 1;
  const endsValue =
    next >= clause.to ||
    (clause.tokens.kind[next] === PUNCT && VALUE_ENDS.has(clause.tokens.text[next] ?? ''));
  return endsValue ? language : undefined;
}

function directAfter(clause: ClauseView, index: number): LanguageResolution | undefined {
  const { tokens } = clause;
  const self = clause.candidates[index];
  if (self === undefined) return undefined;
  let fieldMark = false;
  let t = self.endToken;
  for (let steps = 0; t < clause.to && steps < MAX_DIRECT_STEPS; steps++) {
    const text = tokens.text[t] ?? '';
    if (tokens.kind[t] === PUNCT) {
      if (!DIRECT_SKIP_PUNCT.has(text)) return undefined;
      if (FIELD_MARKS.has(text)) fieldMark = true;
      t++;
      continue;
    }
    const named = languageStartingAt(clause, t);
    if (named !== undefined) return { kind: 'spoken', language: named.language, direct: true };
    const next = clause.candidates[index + 1];
    if (
      next?.startToken === t &&
      next.concepts.some((c) => c.role !== 'ignore' && SIGN_CATEGORIES.includes(c.category))
    ) {
      return { kind: 'sign' };
    }
    const iso = fieldMark ? isoValueAt(clause, t) : undefined;
    if (iso !== undefined) return { kind: 'spoken', language: iso, direct: true };
    if (!DIRECT_SKIP_WORDS.has(text)) return undefined;
    t++;
  }
  return undefined;
}

function directBefore(clause: ClauseView, index: number): LanguageResolution | undefined {
  const self = clause.candidates[index];
  if (self === undefined) return undefined;
  let last = self.startToken - 1;
  const skipped = clause.tokens.text[last];
  if (isWordAt(clause, last) && (skipped === 'language' || skipped === 'lang')) last--;
  // Language names are at most three words ("Pahari Pothwari", "Scottish Gaelic").
  for (let s = Math.max(clause.from, last - 2); s <= last; s++) {
    const named = languageStartingAt(clause, s);
    if (named !== undefined && named.end === last + 1)
      return { kind: 'spoken', language: named.language, direct: true };
  }
  return undefined;
}

function spokenAt(clause: ClauseView, t: number): LanguageDefinition | undefined {
  const word = clause.tokens.text[t];
  // Cheap pre-check: most words start no language name.
  if (word === undefined || !clause.vocabulary.languages.byName.startsWith(word)) return undefined;
  const named = languageStartingAt(clause, t);
  return named === undefined || named.language.name === ENGLISH ? undefined : named.language;
}

/** Nearest non-English language within a few words, either side; after wins a tie. */
function nearby(clause: ClauseView, index: number): LanguageResolution | undefined {
  const self = clause.candidates[index];
  if (self === undefined) return undefined;
  for (let d = 1; d <= NEAR_WINDOW; d++) {
    const named = spokenAt(clause, self.endToken - 1 + d) ?? spokenAt(clause, self.startToken - d);
    if (named !== undefined) return { kind: 'spoken', language: named, direct: false };
  }
  return undefined;
}

export function resolveLanguage(clause: ClauseView, index: number): LanguageResolution {
  return (
    directAfter(clause, index) ?? directBefore(clause, index) ?? nearby(clause, index) ?? { kind: 'none' }
  );
}

/**
 * The patient's language stated elsewhere in the text: a "Language: Polish" / "Main language:
 * Polish" field, "speaks Polish" or "Polish speaker". Used when an interpreter mention names no
 * language in its own clause. English is not reported.
 */
export function languageField(clause: ClauseView): LanguageDefinition | undefined {
  const { tokens } = clause;
  for (let t = clause.from; t < clause.to; t++) {
    if (tokens.kind[t] !== WORD) continue;
    const found = statedLanguageAt(clause, t);
    if (found !== undefined && found.name !== ENGLISH) return found;
  }
  return undefined;
}

function statedLanguageAt(clause: ClauseView, t: number): LanguageDefinition | undefined {
  const { tokens } = clause;
  const word = tokens.text[t];
  if (word === 'language' || word === 'lang') {
    const mark = t + 1;
    if (mark >= clause.to || tokens.kind[mark] !== PUNCT || !FIELD_MARKS.has(tokens.text[mark] ?? ''))
      return undefined;
    return languageStartingAt(clause, mark + 1)?.language;
  }
  if (word === 'speaks') return languageStartingAt(clause, t + 1)?.language;
  if (word === undefined || !clause.vocabulary.languages.byName.startsWith(word)) return undefined;
  const named = languageStartingAt(clause, t);
  const after = named === undefined ? undefined : tokens.text[named.end];
  return after === 'speaker' || after === 'speaking' ? named?.language : undefined;
}

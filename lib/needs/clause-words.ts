/**
 * Small readers over a clause's tokens, shared by the context checks (person, occupation, history,
 * collision). Each looks at a fixed number of tokens, so a check costs the same on a 1 MB clause.
 */
import type { Candidate, ClauseView } from './clause';
import { WORD } from './tokenize';

/** The word at token `t`, or '' for punctuation and tokens outside the clause. */
export function wordAt(clause: ClauseView, t: number): string {
  if (t < clause.from || t >= clause.to || clause.tokens.kind[t] !== WORD) return '';
  return clause.tokens.text[t] ?? '';
}

/** The punctuation mark at token `t`, or '' for a word or a token outside the clause. */
export function punctAt(clause: ClauseView, t: number): string {
  if (t < clause.from || t >= clause.to || clause.tokens.kind[t] === WORD) return '';
  return clause.tokens.text[t] ?? '';
}

/** "daughter's" → "daughter": a possessive names the same person. */
export function baseWord(word: string): string {
  return word.endsWith("'s") ? word.slice(0, -2) : word;
}

/** The words of a candidate phrase, joined by spaces ("read out"). */
export function candidateWords(clause: ClauseView, candidate: Candidate): string {
  const words: string[] = [];
  for (let t = candidate.startToken; t < candidate.endToken; t++) words.push(wordAt(clause, t));
  return words.join(' ');
}

export function isNumber(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A four-digit year between 1900 and 2099. */
export function yearOf(word: string): number | undefined {
  if (word.length !== 4 || !isNumber(word)) return undefined;
  const year = Number(word);
  return year >= 1900 && year <= 2099 ? year : undefined;
}

/** True when the words `sequence` start at token `t` (word tokens only, consecutive). */
export function wordsAt(clause: ClauseView, t: number, sequence: readonly string[]): boolean {
  for (let i = 0; i < sequence.length; i++) {
    if (wordAt(clause, t + i) !== sequence[i]) return false;
  }
  return true;
}

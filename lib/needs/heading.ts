/**
 * Field labels that are headings, not needs. "Communication needs" heads a panel whose value says
 * what the need is, or that there is none; a label alone on its line is answered on the next line
 * ("Reasonable adjustments\nNone recorded"). Both looks are bounded, so the cost stays constant.
 */
import type { ClauseView } from './clause';
import { candidateWords, punctAt, wordAt } from './clause-words';
import { BREAK, type Tokens, WORD } from './tokenize';

/**
 * Phrases that, opening a line, only label a panel ("Communication needs: see notes",
 * "Communication needs assessed 2024: none"); later in a sentence they state a need ("requires
 * support for receptive communication needs").
 */
const LABEL_ONLY = new Set(['communication needs']);
const MAX_LEADING_MARKS = 4;

/** True for a label-only phrase that opens its clause. */
export function isLabelOnly(clause: ClauseView, index: number): boolean {
  const self = clause.candidates[index];
  if (self === undefined || !LABEL_ONLY.has(candidateWords(clause, self))) return false;
  // Only a few marks may come first ("* Communication needs:"); the look stays bounded.
  const start = self.startToken - MAX_LEADING_MARKS;
  if (start > clause.from) return false;
  for (let t = clause.from; t < self.startToken; t++) if (wordAt(clause, t) !== '') return false;
  return true;
}

/** Whether the mention is all its clause holds, apart from punctuation: a heading line. */
export function standsAlone(clause: ClauseView, index: number): boolean {
  const self = clause.candidates[index];
  if (self === undefined || clause.candidates.length !== 1) return false;
  for (let t = clause.from; t < clause.to; t++) {
    if (t >= self.startToken && t < self.endToken) continue;
    if (punctAt(clause, t) === '') return false;
  }
  return true;
}

/** Answers that mean "none" when they make up a whole line. */
const NO_ANSWER_LINES = new Set([
  'none',
  'none recorded',
  'none identified',
  'none known',
  'no',
  'nil',
  'n a',
  'na',
  'not known',
  'not recorded',
  'nothing recorded',
  'no needs identified',
  'not applicable',
  'dim',
]);
const MAX_ANSWER_WORDS = 3;

/** Whether the clause starting at token `from` is a short "None"/"Not recorded" answer line. */
export function nextLineSaysNone(tokens: Tokens, from: number): boolean {
  const words: string[] = [];
  let start = from;
  // A blank line or two between the heading and its answer.
  while (start < Math.min(tokens.count, from + 2) && tokens.kind[start] === BREAK) start++;
  for (let t = start; t < tokens.count && tokens.kind[t] !== BREAK; t++) {
    if (tokens.kind[t] !== WORD) continue;
    if (words.length === MAX_ANSWER_WORDS) return false;
    words.push(tokens.text[t] ?? '');
  }
  return words.length > 0 && NO_ANSWER_LINES.has(words.join(' '));
}

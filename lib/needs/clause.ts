/**
 * One clause (a line or sentence) of page text and the vocabulary phrases found in it. Negation,
 * field values and language all stay inside a clause: "No interpreter.\nBSL user" is two clauses.
 */
import type { Concept, Vocabulary } from './compile';
import { type Tokens, WORD } from './tokenize';

export interface Candidate {
  readonly startToken: number;
  /** One past the last token. */
  readonly endToken: number;
  /** Usually one; more when a phrase belongs to several categories (e.g. a shared local keyword). */
  readonly concepts: readonly Concept[];
}

export interface ClauseView {
  readonly tokens: Tokens;
  /** Token range [from, to). */
  readonly from: number;
  readonly to: number;
  /** Phrases found, in order, not overlapping. Ignored phrases are left out. */
  readonly candidates: readonly Candidate[];
  readonly vocabulary: Vocabulary;
}

/** Finds the phrases of a clause, longest first at each position, left to right. */
export function findCandidates(
  tokens: Tokens,
  from: number,
  to: number,
  vocabulary: Vocabulary,
): Candidate[] {
  const found: Candidate[] = [];
  let t = from;
  while (t < to) {
    if (tokens.kind[t] !== WORD) {
      t++;
      continue;
    }
    const match = vocabulary.phrases.longestAt(tokens, t, to);
    if (match === undefined) {
      t++;
      continue;
    }
    if (!match.payloads.some((c) => c.role === 'ignore')) {
      found.push({ startToken: t, endToken: match.endToken, concepts: match.payloads });
    }
    t = match.endToken;
  }
  return found;
}

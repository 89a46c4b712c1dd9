/**
 * Mentions whose words collide with other clinical meanings and mean the need only in some forms:
 * short forms next to a result ("LD 245 U/L" is lactate dehydrogenase, "BSL 6.4" blood sugar,
 * "NGT in situ" a nasogastric tube, "TDD 42 units" a total daily dose), "ECG interp", "results
 * read out", "Down's syndrome screening", "extra time given", "no calls before 10am".
 */
import type { Candidate, ClauseView } from './clause';
import { candidateWords, isNumber, punctAt, wordAt, yearOf } from './clause-words';

/**
 * Words of results and procedures: a short form among them is not a need. Kept to words that only
 * results carry; a value right after the short form ("BSL 7.1", "VRS 3") is caught on its own.
 */
const CLINICAL_WORDS = new Set([
  // Units and tests that only results carry ("LD" beside them is lactate dehydrogenase).
  'mmol',
  'nmol',
  'umol',
  'iu',
  'mg',
  'bloods',
  'lipids',
  'cholesterol',
  'hdl',
  'ldl',
  'ldh',
  'lft',
  'lfts',
  'enzymes',
  'ck',
  'troponin',
  'glucose',
  'hba1c',
  'insulin',
  'dose',
  'ph',
  // A nasogastric tube ("NGT in situ", "NGT aspirate").
  'aspirate',
  'situ',
  'tube',
  'feed',
  'feeds',
  'feeding',
  'inserted',
  'insertion',
  'removed',
]);

/** Words of a test whose reading is "interpreted": "ECG interp", "CXR interpreting". */
const TEST_WORDS = new Set([
  'ecg',
  'ekg',
  'cxr',
  'xray',
  'ray',
  'scan',
  'mri',
  'ct',
  'echo',
  'spirometry',
  'bloods',
  'result',
  'results',
]);
const INTERPRETING_OBJECTS = new Set(['results', 'result', 'of']);
/** A diagnosis word followed by these is a test, not a condition. */
const SCREENING = new Set(['screening', 'screen']);
/** A request followed by these is an event that happened, not a standing need. */
const DONE = new Set(['given', 'completed', 'done']);
/** "no calls before 10am": a time limit on contact, not an absence. */
const TIME_LIMITS = new Set(['before', 'after', 'between', 'until', 'during']);
const READ_OUT_EVENTS = new Set(['results', 'result', 'was', 'were']);

/** Whether any word of the clause belongs to a result or procedure. Computed once per clause. */
export function hasClinicalWords(clause: ClauseView): boolean {
  for (let t = clause.from; t < clause.to; t++) if (CLINICAL_WORDS.has(wordAt(clause, t))) return true;
  return false;
}

/** A short form followed by a value within two words: "LD 310", "LD: 198", "SSE score 12". */
function followedByValue(clause: ClauseView, candidate: Candidate): boolean {
  let words = 0;
  const stop = Math.min(clause.to, candidate.endToken + 4);
  for (let t = candidate.endToken; t < stop && words < 2; t++) {
    const mark = punctAt(clause, t);
    if (mark === ':' || mark === '=') continue;
    if (mark !== '') return false;
    const word = wordAt(clause, t);
    if (isNumber(word)) return yearOf(word) === undefined;
    words++;
  }
  return false;
}

export interface CollisionFacts {
  /** Whether the mention's phrase is one of the vocabulary's short forms ("LD", "BSL"). */
  readonly abbreviation: boolean;
  readonly role: 'need' | 'absent';
  readonly category: string;
  /** hasClinicalWords for the clause, computed once by the caller. */
  readonly clinicalClause: () => boolean;
}

/** True when the mention at `index` is in a form that means something other than the need. */
export function collidesWithOtherMeaning(clause: ClauseView, index: number, facts: CollisionFacts): boolean {
  const self = clause.candidates[index];
  if (self === undefined) return false;
  const before = wordAt(clause, self.startToken - 1);
  const after = wordAt(clause, self.endToken);
  if (facts.abbreviation && (followedByValue(clause, self) || facts.clinicalClause())) return true;
  if (SCREENING.has(after) || DONE.has(after)) return true;
  if (facts.role === 'absent' && TIME_LIMITS.has(after)) return true;
  const phrase = candidateWords(clause, self);
  if (facts.category === 'interpreter' && (phrase === 'interp' || phrase === 'interpreting')) {
    return TEST_WORDS.has(before) || INTERPRETING_OBJECTS.has(after);
  }
  if (phrase === 'read out') return READ_OUT_EVENTS.has(before);
  if (phrase === 'signer') return before === 'co' || punctAt(clause, self.endToken) === ':';
  if (phrase === 'advocate') return after === 'of';
  return false;
}

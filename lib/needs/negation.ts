/**
 * Decides whether a mention states a need, its absence, or nothing, from the words around it in
 * the same clause. Two shapes cover what booking screens show:
 *  - prose, where a trigger comes first: "no interpreter required", "does not need easy read",
 *    "no need for BSL", "can't do video";
 *  - fields, where a value comes after: "Interpreter: N", "Interpreter needed? No",
 *    "interpreter - none", "Easy read: not required", "Interpreter (Y/N): Y".
 * Both scans are bounded by a fixed number of tokens, so the cost per mention is constant.
 */
import type { ClauseView } from './clause';
import { PUNCT, WORD } from './tokenize';

/** Words that negate a mention a few words later ("no", "doesn't", "unable to"). */
const PRE_TRIGGERS = new Set([
  'no',
  'not',
  'never',
  'without',
  'nil',
  'neither',
  'nor',
  "doesn't",
  'doesnt',
  "don't",
  'dont',
  "didn't",
  "isn't",
  'isnt',
  "wasn't",
  "won't",
  'wont',
  "can't",
  'cant',
  'cannot',
  'unable',
  'denies',
  'declined',
  'declines',
  'refused',
  'refuses',
  // Ended or struck off: "previously needed an interpreter", "removed from dementia register".
  'previously',
  'formerly',
  'historically',
  'removed',
  // Welsh "dim" = no, as in "Dim cyfieithydd"; "nid oes angen" = there is no need; "heb" = without;
  // "methu" = cannot; "ddim" = not.
  'dim',
  'nid',
  'heb',
  'methu',
  'ddim',
]);

/** Words a negation reaches across: "no [need for] BSL", "does not [need] easy read". */
const FILLERS = new Set([
  'a',
  'an',
  'the',
  'any',
  'for',
  'of',
  'to',
  'in',
  'on',
  'or',
  'need',
  'needs',
  'needed',
  'require',
  'requires',
  'required',
  'want',
  'wants',
  'use',
  'uses',
  'using',
  'have',
  'has',
  'had',
  'got',
  'own',
  'owns',
  'do',
  'does',
  'did',
  'is',
  'are',
  'be',
  'been',
  'currently',
  'longer',
  'further',
  'access',
  'able',
  'go',
  'get',
  'know',
  'how',
  'information',
  'info',
  'suitable',
  'her',
  'his',
  'their',
  'from',
  // Welsh: "dim angen cyfieithydd", "nid oes angen", "ar y".
  'angen',
  'oes',
  'y',
  'yr',
]);

/** Words joining two mentions so that one negation covers both: "no BSL or interpreter". */
const COORDINATORS = new Set(['or', 'nor']);

const MAX_PRE_STEPS = 6;
const MAX_POST_STEPS = 8;

/** Field separators after a label: "Interpreter:", "Interpreter needed?", "Interpreter =". */
const SEPARATORS = new Set([':', '?', '=']);
/** Punctuation a field value may sit behind: "Interpreter - none", "Interp req (Arabic)". */
const VALUE_PUNCTUATION = new Set(['-', '(', ')', '[', ']', '/', '"', "'", '*']);
/** Words that belong to a field label, not its value: "Interpreter required: N". */
const LABEL_WORDS = new Set([
  'need',
  'needs',
  'needed',
  'required',
  'require',
  'requires',
  'req',
  'reqd',
  'requirement',
  'requirements',
  'status',
  'flag',
  'language',
  'lang',
  'is',
  'preferred',
]);
const POSITIVE_AFTER_SEPARATOR = new Set(['needed', 'required', 'req', 'reqd', 'requested']);
// Welsh answers: "oes"/"ydy"/"ie" = yes, "na"/"nac (oes)"/"dim" = no.
const POSITIVE_VALUES = new Set(['yes', 'y', 'true', 'oes', 'ydy', 'ydi', 'ie']);
const NEGATIVE_VALUES = new Set([
  'no',
  'n',
  'none',
  'nil',
  'false',
  'nr',
  'nope',
  'declined',
  'refused',
  'na',
  'nac',
  'dim',
]);
const UNKNOWN_VALUES = new Set(['unknown', 'unk', 'tbc', 'tbd', 'unsure', 'unclear']);
/** "not required", "not needed" … negate; "not known", "not recorded" … mean no answer. */
const NOT_NEGATIVE = new Set([
  'required',
  'needed',
  'necessary',
  'applicable',
  'req',
  'reqd',
  'wanted',
  'suitable',
  'appropriate',
  'relevant',
  'possible',
  'diagnosed',
]);
const NOT_UNKNOWN = new Set(['known', 'recorded', 'asked', 'stated', 'specified', 'checked', 'documented']);

/**
 * The value written after a mention:
 * `positive` (Y, yes, required), `negative` (N, no, none, not required), `unknown` (unknown,
 * not recorded), `empty` (a label with nothing after it: "Interpreter:"), `heading` (a label whose
 * value is another need: "Communication support: Requires lipspeaker"), or undefined (no value).
 */
export type FieldValue = 'positive' | 'negative' | 'unknown' | 'empty' | 'heading' | undefined;

export function isPreNegated(clause: ClauseView, index: number): boolean {
  const { tokens, candidates } = clause;
  const self = candidates[index];
  if (self === undefined) return false;
  let t = self.startToken - 1;
  let previous = index - 1;
  let lastWord = '';
  for (let steps = 0; t >= clause.from && steps < MAX_PRE_STEPS; steps++) {
    const before = candidates[previous];
    if (before !== undefined && before.endToken - 1 === t) {
      // Hop over an earlier mention only when joined by "or"/"nor": "no BSL or interpreter".
      if (!COORDINATORS.has(lastWord)) return false;
      t = before.startToken - 1;
      previous--;
      lastWord = '';
      continue;
    }
    if (tokens.kind[t] !== WORD) return false;
    const word = tokens.text[t] ?? '';
    if (PRE_TRIGGERS.has(word)) return true;
    if (!FILLERS.has(word) && !clause.vocabulary.languages.words.has(word)) return false;
    lastWord = word;
    t--;
  }
  return false;
}

/** True when the mention at `index + 1` starts at token `t`, and is not itself a field label. */
function nextMentionStartsAt(clause: ClauseView, index: number, t: number): boolean {
  const next = clause.candidates[index + 1];
  if (next === undefined || next.startToken !== t) return false;
  return !isLabel(clause, next.endToken);
}

function isLanguageWord(clause: ClauseView, t: number): boolean {
  const { tokens } = clause;
  return (
    t < clause.to && tokens.kind[t] === WORD && clause.vocabulary.languages.words.has(tokens.text[t] ?? '')
  );
}

/** A mention followed by ":" or "?" is a field label ("Easy read: Y"). */
function isLabel(clause: ClauseView, t: number): boolean {
  const { tokens } = clause;
  return t < clause.to && tokens.kind[t] === PUNCT && SEPARATORS.has(tokens.text[t] ?? '');
}

/** Skips a "Y/N" or "yes/no" template: "Interpreter (Y/N): Y". Returns the token after it. */
function skipTemplate(clause: ClauseView, t: number): number {
  const { tokens } = clause;
  const first = tokens.text[t];
  if (first !== 'y' && first !== 'yes') return t;
  let u = t + 1;
  if (u < clause.to && tokens.kind[u] === PUNCT && tokens.text[u] === '/') u++;
  const second = u < clause.to && tokens.kind[u] === WORD ? tokens.text[u] : undefined;
  return second === 'n' || second === 'no' ? u + 1 : t;
}

export function fieldValue(clause: ClauseView, index: number): FieldValue {
  const { tokens } = clause;
  const self = clause.candidates[index];
  if (self === undefined) return undefined;
  let sawSeparator = false;
  let sawWord = false;
  let t = self.endToken;
  for (let steps = 0; t < clause.to && steps < MAX_POST_STEPS; steps++) {
    const text = tokens.text[t] ?? '';
    if (tokens.kind[t] === PUNCT) {
      if (SEPARATORS.has(text)) sawSeparator = true;
      else if (!VALUE_PUNCTUATION.has(text)) return sawSeparator && !sawWord ? 'empty' : undefined;
      t++;
      continue;
    }
    // The value is itself a need: this mention is the heading of an AIS or flag panel.
    if (sawSeparator && clause.candidates[index + 1]?.startToken === t) return 'heading';
    const afterTemplate = skipTemplate(clause, t);
    if (afterTemplate !== t) {
      t = afterTemplate;
      continue;
    }
    if (POSITIVE_VALUES.has(text)) return 'positive';
    if (NEGATIVE_VALUES.has(text)) {
      // "BSL - no phone calls": the "no" negates what follows, not the BSL before it.
      if (PRE_TRIGGERS.has(text) && nextMentionStartsAt(clause, index, t + 1)) return undefined;
      // "Interpreter: no English" describes the patient's English, not the interpreter field.
      if (isLanguageWord(clause, t + 1)) return undefined;
      return 'negative';
    }
    if (text === 'not') {
      const next = tokens.kind[t + 1] === WORD && t + 1 < clause.to ? (tokens.text[t + 1] ?? '') : '';
      if (NOT_NEGATIVE.has(next)) return 'negative';
      if (NOT_UNKNOWN.has(next)) return 'unknown';
      return undefined;
    }
    if (UNKNOWN_VALUES.has(text)) return 'unknown';
    if (sawSeparator && POSITIVE_AFTER_SEPARATOR.has(text)) return 'positive';
    if (LABEL_WORDS.has(text)) {
      t++;
      continue;
    }
    if (clause.vocabulary.languages.words.has(text)) {
      // "Interpreter: Polish - not required": look past the language for the value.
      sawWord = true;
      t++;
      continue;
    }
    return undefined;
  }
  return t >= clause.to && sawSeparator && !sawWord ? 'empty' : undefined;
}

/**
 * Whether the mention raises its need. A field value, when present, decides; otherwise a
 * preceding negation does. For `absent` mentions ("internet") the answer is reversed.
 */
export function raisesNeed(clause: ClauseView, index: number, role: 'need' | 'absent'): boolean {
  const value = fieldValue(clause, index);
  let present: boolean;
  if (value === 'unknown' || value === 'empty' || value === 'heading') return false;
  if (value === 'positive') present = true;
  else if (value === 'negative') present = false;
  else present = !isPreNegated(clause, index);
  return role === 'need' ? present : !present;
}
